# Painéis da rede: cidades comparadas, uma cidade face à rede e as respetivas exportações.

network-title = Painel da rede
network-city-title = A nossa cidade na rede
network-year = Ano
network-show = Mostrar
network-privacy = Fora da cidade a que diz respeito, qualquer número que conte menos de 5 pessoas (ou propostas, já que cada proposta corresponde à respetiva equipa) é apresentado como «< 5», para que ninguém possa ser identificado.
network-csv = Descarregar em CSV
network-json = Descarregar em JSON
network-no-figures = Nenhuma cidade tem dados para este ano.
network-kpis = Dados de { $year }
network-charts = Gráficos
network-series = Ao longo das edições
network-calls = Cada concurso do ano
network-implementation = Implementação na rede
network-median = Mediana da rede
kpi-label = Indicador
kpi-hidden = < 5
kpi-percent = { $value }%
kpi-eligible = Trabalhadores elegíveis
kpi-participants = Participantes
kpi-participation-rate = Taxa de participação
kpi-submitted = Propostas apresentadas
kpi-per-thousand = Propostas por 1000 trabalhadores elegíveis
kpi-team-size = { $size ->
    [one] Propostas de um só autor
   *[other] Propostas de { $size } autores
}
kpi-category = Propostas na categoria { $category }
kpi-awarded = Propostas premiadas
kpi-award-rate = Taxa de propostas premiadas
kpi-implemented = Propostas implementadas
kpi-implementation-rate = Taxa de implementação
kpi-median-days = Mediana de dias entre a atribuição do prémio e a implementação
kpi-allocated = Orçamento atribuído
kpi-spent = Orçamento gasto
kpi-series-per-thousand = Propostas por 1000 trabalhadores elegíveis, por ano
kpi-series-participation = Taxa de participação (percentagem), por ano
kpi-projects = Projetos: { $status }
kpi-barrier = Obstáculo: { $barrier }
kpi-practices-published = Práticas publicadas na biblioteca
kpi-practices-adopted = Práticas adotadas de outras cidades
