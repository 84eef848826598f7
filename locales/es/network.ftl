# Paneles de la red: ciudades comparadas, una ciudad frente a la red y sus exportaciones.

network-title = Panel de la red
network-city-title = Nuestra ciudad en la red
network-year = Año
network-show = Mostrar
network-privacy = Fuera de la ciudad a la que se refiere, toda cifra que cuente menos de 5 personas (o propuestas, ya que cada propuesta equivale a su equipo) se muestra como «< 5», para que no se pueda identificar a nadie.
network-csv = Descargar en CSV
network-json = Descargar en JSON
network-no-figures = Ninguna ciudad tiene cifras para este año.
network-kpis = Cifras de { $year }
network-charts = Gráficos
network-series = A lo largo de las ediciones
network-calls = Cada convocatoria del año
network-implementation = Implantación en la red
network-median = Mediana de la red
kpi-label = Indicador
kpi-hidden = < 5
kpi-percent = { $value } %
kpi-eligible = Personal con derecho a participar
kpi-participants = Personas participantes
kpi-participation-rate = Tasa de participación
kpi-submitted = Propuestas presentadas
kpi-per-thousand = Propuestas por cada 1000 personas con derecho a participar
kpi-team-size = { $size ->
    [one] Propuestas de una sola persona
   *[other] Propuestas de { $size } personas
}
kpi-category = Propuestas de la categoría { $category }
kpi-awarded = Propuestas premiadas
kpi-award-rate = Tasa de propuestas premiadas
kpi-implemented = Propuestas implantadas
kpi-implementation-rate = Tasa de implantación
kpi-median-days = Mediana de días desde el premio hasta la implantación
kpi-allocated = Presupuesto asignado
kpi-spent = Presupuesto gastado
kpi-series-per-thousand = Propuestas por cada 1000 personas con derecho a participar, por año
kpi-series-participation = Tasa de participación (porcentaje), por año
kpi-projects = Proyectos: { $status }
kpi-barrier = Obstáculo: { $barrier }
kpi-practices-published = Prácticas publicadas en la biblioteca
kpi-practices-adopted = Prácticas adoptadas de otras ciudades
