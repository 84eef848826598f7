# Os números da rede para as chamadas de cocriação a partir de desafios.

kpi-co-figures = Chamadas de cocriação de { $year }
kpi-co-figures-rule = As chamadas de cocriação a partir de desafios são contadas aqui, à parte dos números das chamadas abertas acima. Só os membros das equipas e os facilitadores são pessoas: fora de uma cidade, menos de 5 lê-se «menos de 5». Desafios, equipas, organizações e soluções são mostrados tal como são.
kpi-co-challenges-proposed = Desafios propostos
kpi-co-challenges-selected = Desafios selecionados
kpi-co-teams = Equipas que entregaram um plano
kpi-co-mean-divisions = Divisões por equipa (média)
kpi-co-teams-divisions = { $divisions ->
    [0] Equipas sem divisão registada
    [one] Equipas de uma só divisão
   *[other] Equipas que abrangem { $divisions } divisões
}
kpi-co-members = Membros das equipas
kpi-co-facilitators = Facilitadores
kpi-co-stakeholders = Organizações externas
kpi-co-piloted = Soluções pilotadas
kpi-co-implemented = Soluções pilotadas implementadas
kpi-co-unit-challenges = desafios
kpi-co-unit-teams = equipas
kpi-co-unit-divisions-per-team = divisões por equipa
kpi-co-unit-organisations = organizações
kpi-co-unit-solutions = soluções
