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

call-title = Título
call-description = Descrição
call-phase = Fase
call-take-part = Participar
call-not-accepting = Este concurso não está a aceitar propostas.
call-sign-in-to-propose = Inicie sessão para escrever uma proposta
call-role-cannot-propose = As propostas são escritas pelos trabalhadores do município.
call-propose = Escrever uma proposta
eligibility-refused = Não pode participar neste concurso: a participação depende da sua { $attribute }, que é «{ $yours }».

admin-calls-title = Concursos
admin-calls-new = Novo concurso
admin-calls-none = A cidade ainda não tem concursos.
admin-call-scheduled = (publicado: abre automaticamente na data prevista)
admin-call-edit = Editar o concurso
admin-call-texts = Título e descrição, em cada idioma da cidade (o idioma predefinido é obrigatório)
admin-call-dates = Datas
admin-call-rules = Regras
admin-call-team-size = Dimensão máxima da equipa, em pessoas
admin-eligibility-all-except = Todos, exceto aqueles cujo atributo tenha um dos valores
admin-eligibility-only = Apenas aqueles cujo atributo tenha um dos valores
admin-eligibility-attribute = Atributo
admin-eligibility-values = Valores, separados por vírgulas
admin-call-reviews = Avaliações por proposta
admin-call-budget = Orçamento para a implementação, em euros
admin-call-authors-public = Mostrar os nomes dos autores após os resultados
admin-call-criteria = Critérios de avaliação
admin-criterion-name = Critério
admin-criterion-weight = Peso
admin-criterion-scale = Escala (pontuação máxima)
admin-award-name = Prémio
admin-award-sponsor = Patrocinador
admin-award-prize = Recompensa
admin-call-actions = Gestão do concurso
admin-call-publish = Publicar: abrir na data de abertura
admin-call-new-deadline = Novo prazo de apresentação
admin-call-extend = Prorrogar o prazo
admin-call-close = Encerrar já a apresentação de propostas

call-error-title-length = Um título tem, no máximo, 200 caracteres e uma descrição, no máximo, 10 000.
call-error-title = Uma descrição requer um título no mesmo idioma.
call-error-default-title = Indique o título no idioma predefinido da cidade.
call-error-categories = Disponibilize pelo menos uma categoria.
call-error-date = Introduza uma data e uma hora, por exemplo 2026-12-31 12:00.
call-error-time-gap = Esta hora não existe no fuso horário da cidade (os relógios saltam-na). Escolha outra.
call-error-order = O concurso tem de abrir antes do fim do prazo, e o prazo tem de terminar antes dos resultados.
call-error-team = A dimensão da equipa tem de estar entre 1 e 10.
call-error-reviews = O número de avaliações tem de estar entre 1 e 10.
call-error-headcount = O número de trabalhadores elegíveis tem de estar entre 1 e 10 000 000.
call-error-budget = O orçamento tem de ser um número inteiro de euros, no máximo 100 000 000.
call-error-eligibility = Escolha uma regra, um atributo e pelo menos um valor (ou todos).
call-error-criterion = Cada critério requer um nome, um peso de 1 a 100 e uma escala de 2 a 10.
call-error-criteria = Indique pelo menos um critério de avaliação.
call-error-award = Cada prémio requer um nome (no máximo, 120 caracteres).
call-error-extension = O novo prazo tem de ser posterior ao atual e anterior aos resultados.
call-kind-ideas = Concurso aberto de ideias
call-kind-cocreation = Cocriação a partir de desafios
