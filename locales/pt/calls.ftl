# Concursos de ideias: a página inicial de uma cidade e a página de um concurso.

tenant-home-title = Concursos de ideias
open-calls = Concursos abertos
open-calls-none = De momento, não há nenhum concurso aberto.
other-calls = Concursos em curso e anteriores
other-calls-none = Ainda não existem concursos anteriores.
back-to-calls = Todos os concursos desta cidade

call-phase-draft = Rascunho
call-phase-open = Aberto a propostas
call-phase-review = Em avaliação
call-phase-results = Resultados divulgados
call-phase-implementation = Em implementação
call-phase-archived = Arquivado

call-deadline = Propostas até { $date }
call-results-on = Resultados a { $date }
call-proposals-submitted = { $count ->
    [one] { $count } proposta apresentada
   *[other] { $count } propostas apresentadas
}

call-facts = Informações essenciais
call-opens = Abertura
call-closes = Prazo de apresentação
call-results = Resultados
call-team = Equipa
call-team-size = { $size ->
    [one] Uma só pessoa, sem equipa
   *[other] Individualmente ou em equipa de até { $size } pessoas
}
call-eligibility = Quem pode participar
eligibility-everyone = Todos os trabalhadores do município
eligibility-all-except = Todos os trabalhadores, exceto aqueles cuja { $attribute } seja { $values }
eligibility-only = Apenas os trabalhadores cuja { $attribute } seja { $values }
attribute-grade = categoria
attribute-division = divisão
call-headcount = Trabalhadores elegíveis
call-headcount-value = { $count ->
    [one] { $count } trabalhador
   *[other] { $count } trabalhadores
}
call-awards = Prémios
call-awards-value = { $count ->
    [0] Nenhum prémio previsto
    [one] Um prémio
   *[other] { $count } prémios
}
call-budget = Orçamento para a implementação
call-timezone-note = As datas e horas referem-se ao fuso horário { $zone }.
call-categories = Categorias
call-figures = Em números
call-figure-submitted = propostas apresentadas
call-figure-awarded = propostas premiadas

network-category-service-quality = Qualidade dos serviços
network-category-new-services = Novos serviços
network-category-environment = Ambiente
network-category-organisational-development = Desenvolvimento organizacional
network-category-employee-welfare = Bem-estar dos trabalhadores
network-category-informatics = Informática
network-category-operative-efficiency = Eficiência operacional
