# Las cifras de la red para las convocatorias de cocreación a partir de retos.

kpi-co-figures = Convocatorias de cocreación de { $year }
kpi-co-figures-rule = Las convocatorias de cocreación a partir de retos se cuentan aquí, aparte de las cifras de las convocatorias abiertas de arriba. Solo los miembros de los equipos y los facilitadores son personas: fuera de una ciudad, menos de 5 se lee «menos de 5». Retos, equipos, organizaciones y soluciones se muestran tal cual.
kpi-co-challenges-proposed = Retos propuestos
kpi-co-challenges-selected = Retos seleccionados
kpi-co-teams = Equipos que entregaron un plan
kpi-co-mean-divisions = Áreas por equipo (media)
kpi-co-teams-divisions = { $divisions ->
    [0] Equipos sin área registrada
    [one] Equipos de una sola área
   *[other] Equipos que abarcan { $divisions } áreas
}
kpi-co-members = Miembros de los equipos
kpi-co-facilitators = Facilitadores
kpi-co-stakeholders = Organizaciones externas
kpi-co-piloted = Soluciones piloto
kpi-co-implemented = Soluciones piloto implantadas
kpi-co-unit-challenges = retos
kpi-co-unit-teams = equipos
kpi-co-unit-divisions-per-team = áreas por equipo
kpi-co-unit-organisations = organizaciones
kpi-co-unit-solutions = soluciones
