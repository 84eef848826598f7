# Convocatorias de ideas: la página de inicio de una ciudad y la página de una convocatoria.

tenant-home-title = Convocatorias de ideas
open-calls = Convocatorias abiertas
open-calls-none = En este momento no hay ninguna convocatoria abierta.
other-calls = Convocatorias en curso y anteriores
other-calls-none = Todavía no hay convocatorias anteriores.
back-to-calls = Todas las convocatorias de esta ciudad

call-phase-draft = Borrador
call-phase-open = Abierta a propuestas
call-phase-review = En evaluación
call-phase-results = Resultados publicados
call-phase-implementation = En implantación
call-phase-archived = Archivada

call-deadline = Propuestas hasta el { $date }
call-results-on = Resultados el { $date }
call-proposals-submitted = { $count ->
    [one] Una propuesta presentada
   *[other] { $count } propuestas presentadas
}

call-facts = Datos clave
call-opens = Apertura
call-closes = Fin del plazo de presentación
call-results = Resultados
call-team = Equipo
call-team-size = { $size ->
    [one] Una sola persona, sin equipo
   *[other] De forma individual o en equipos de hasta { $size } personas
}
call-eligibility = Quién puede participar
eligibility-everyone = Todo el personal del ayuntamiento
eligibility-all-except = Todo el personal, excepto las personas cuya { $attribute } sea { $values }
eligibility-only = Solo el personal cuya { $attribute } sea { $values }
attribute-grade = categoría profesional
attribute-division = dirección
call-headcount = Personal con derecho a participar
call-headcount-value = { $count ->
    [one] Una persona
   *[other] { $count } personas
}
call-awards = Premios
call-awards-value = { $count ->
    [0] No hay premios previstos
    [one] Un premio
   *[other] { $count } premios
}
call-budget = Presupuesto para la implantación
call-timezone-note = Las fechas y horas corresponden a la zona horaria { $zone }.
call-categories = Categorías
call-figures = En cifras
call-figure-submitted = propuestas presentadas
call-figure-awarded = propuestas premiadas

network-category-service-quality = Calidad del servicio
network-category-new-services = Nuevos servicios
network-category-environment = Medio ambiente
network-category-organisational-development = Desarrollo organizativo
network-category-employee-welfare = Bienestar del personal
network-category-informatics = Informática
network-category-operative-efficiency = Eficiencia operativa
