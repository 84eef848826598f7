# Textos comuns da interface: estrutura das páginas, erros, números e datas.

app-name = Innovato
skip-link = Saltar para o conteúdo
language-switcher = Idioma
demo-banner = Site de demonstração: todas as pessoas, propostas e números aqui apresentados são fictícios e servem apenas para demonstração, à exceção dos dados publicados das edições do Innova.TO de Turim.
suspended-banner = O site desta cidade está suspenso: pode consultá-lo, mas não é possível fazer alterações.
footer-platform = Innovato, concursos de ideias para administrações municipais
footer-all-cities = Todas as cidades

platform-title = Concursos de ideias nas cidades da rede
platform-intro = Os trabalhadores municipais propõem inovações, um júri escolhe as melhores sem saber quem as escreveu e as propostas vencedoras são acompanhadas até à sua implementação.
platform-cities = Cidades
platform-no-cities = Ainda nenhuma cidade aderiu à plataforma.
platform-city-languages = Idiomas:
platform-city-demo = Dados de demonstração
platform-city-suspended = Suspensa

error-status = Código de erro
error-back-home = Voltar à página inicial
error-not-found = Página não encontrada
    .detail = Não existe nenhuma página neste endereço. Pode ter sido movida ou a ligação pode conter um erro.
error-unknown-tenant = Cidade não encontrada
    .detail = Nenhuma cidade desta plataforma utiliza este endereço. Verifique a ligação ou escolha uma cidade na lista de todas as cidades.
error-unavailable = Serviço temporariamente indisponível
    .detail = De momento, o serviço não consegue aceder aos seus dados. Nada do que guardou se perdeu; tente novamente dentro de um minuto.
error-internal = Ocorreu um erro do nosso lado
    .detail = O erro foi registado e será analisado. Nada do que guardou se perdeu; tente novamente.

# $amount já vem formatado com o agrupamento de dígitos próprio do idioma.
money-eur = { $amount } €
# $day e $year são números; $month é o nome do mês, obtido de month-1 … month-12.
date-long = { $day } de { $month } de { $year }
date-time = { $date }, às { $time }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

session-unavailable-banner = De momento, não foi possível verificar a sua sessão. Inicie sessão novamente; nada do que guardou se perdeu.
account-menu = A sua conta
menu = Menu
sign-in = Iniciar sessão
sign-out = Terminar sessão
save = Guardar
search = Pesquisar
field-email = Endereço de e-mail
field-password = Palavra-passe
field-name = Nome
field-role = Função
field-new-password = Nova palavra-passe
field-confirm-password = Repita a nova palavra-passe

error-sign-in-required = Inicie sessão
    .detail = Esta página destina-se a pessoas com sessão iniciada. Inicie sessão e voltará a esta página.
error-forbidden = Operação não permitida
    .detail = A sua função não permite esta operação. Se considera que deveria permitir, contacte o administrador da sua cidade.
error-csrf = Este formulário expirou
    .detail = Por motivos de segurança, o formulário não pôde ser aceite. Volte atrás, recarregue a página e envie-o novamente.
error-bad-request = Não foi possível compreender o pedido
    .detail = Parte dos dados enviados está em falta ou tem um formato inválido. Volte atrás e verifique o formulário.
error-invitation-invalid = Esta ligação já não funciona
    .detail = A ligação é desconhecida, já foi utilizada ou expirou. Peça uma nova à pessoa que lhe enviou o convite.
error-session-store = O início de sessão está temporariamente indisponível
    .detail = De momento, não é possível verificar as sessões. Tente novamente dentro de um minuto.
error-session-lost = Inicie sessão novamente
    .detail = De momento, não conseguimos verificar a sua sessão. Nada do que guardou se perdeu; inicie sessão novamente dentro de um minuto. Se estava a enviar um formulário, este não foi guardado: volte atrás no navegador para recuperar o seu texto.

form-has-errors = Alguns campos precisam da sua atenção; nada do que escreveu se perdeu.
form-errors-heading = Verifique o seguinte:
error-locked = Não é possível nesta fase
    .detail = O concurso ou a proposta passou a uma fase em que isto já não é possível.
error-deadline = O prazo terminou
    .detail = O prazo terminava a { $deadline }. A partir daí, as propostas já não podem ser criadas, alteradas, apresentadas nem retiradas.

notifications-title = Notificações
notifications-none = Nada de novo.
notifications-new = Novas:
notification-submitted = Foi apresentada a proposta «{ $title }», de cuja equipa faz parte.
notification-team-invitation = { $name } convida-o para a equipa da proposta «{ $title }».

audit-title = Registo de auditoria
audit-none = Nenhum registo.
audit-when = Quando
audit-who = Quem
audit-what = O quê
audit-system = A plataforma (foi atingida uma data)


api-invalid = Alguns campos não são válidos
error-bad-token = O token da API não é válido
    .detail = O token é desconhecido ou foi revogado. Peça um novo ao administrador da cidade.


error-too-large = O ficheiro é demasiado grande
    .detail = O ficheiro excede o tamanho aceite por esta plataforma. Reduza o tamanho do ficheiro e envie-o novamente.
notification-in-review = A proposta «{ $title }» está agora a ser avaliada pelo júri.


error-suspended = O site desta cidade está suspenso
    .detail = As páginas podem ser consultadas, mas não é possível alterar nada até que os operadores da plataforma o reativem.
audit-from = De (data)
audit-to = Até (data)
audit-csv = Descarregar em CSV
audit-checkpoint = Descarregar um ponto de controlo assinado do registo
audit-broken = O registo de auditoria não está íntegro: não é possível assinar um ponto de controlo. Avise os operadores da plataforma.
audit-seq = N.º
error-rate-limited = Demasiados pedidos
    .detail = Enviou muitos pedidos em pouco tempo. Aguarde um minuto e tente de novo; nada do que tinha guardado se perdeu.

error-method-not-allowed = Este endereço não aceita este método
    .detail = O pedido usou um método HTTP que este endereço não oferece; o cabeçalho Allow indica os que aceita.
error-unsupported-media-type = O corpo do pedido não é JSON
    .detail = Este endereço só lê JSON: envie o corpo com o Content-Type application/json.

# The console (issue 20, rule 1): the admin home, its side navigation, the header's admin link.
console-title = Administração
console-nav = Ferramentas de administração
console-group-calls = Concursos e avaliação
console-group-implementation = Implementação
console-group-people = Pessoas e acessos
console-group-city = Definições da cidade
console-group-network = Rede
console-attention = Requer atenção agora
console-attention-none = Neste momento nada requer a sua atenção.
console-closing = as candidaturas fecham dentro de { $days ->
        [one] 1 dia
       *[other] { $days } dias
    }
console-reviews = avaliações concluídas: { $done } de { $expected }; jurados que ainda não avaliaram nada: { $idle }
console-stalled = { $count ->
        [one] 1 projeto parado
       *[other] { $count } projetos parados
    }
console-opening = um administrador pediu para revelar as identidades seladas; um segundo administrador tem de confirmar
console-section-closing = Concursos a fechar em breve
console-section-reviews = Avaliações em atraso
console-section-stalled = Projetos parados
console-section-openings = Revelações de identidade à espera de um segundo administrador
console-platform-tools = As suas ferramentas
# issue 20, rule 3: confirmations before irreversible or far-reaching actions (confirm helper)
confirm-cancel = Cancelar
confirm-do = Confirmar
confirm-cannot-undo = Esta ação não pode ser desfeita.
confirm-close-call-title = Encerrar antecipadamente o concurso «{ $call }»?
confirm-close-call-eligible = { $count ->
    [one] { $count } funcionário elegível deixará de poder submeter propostas.
   *[other] { $count } funcionários elegíveis deixarão de poder submeter propostas.
}
confirm-close-call-drafts = { $count ->
    [0] Não fica nenhum rascunho por submeter.
    [one] { $count } rascunho não foi submetido e assim ficará.
   *[other] { $count } rascunhos não foram submetidos e assim ficarão.
}
confirm-close-call-button = Encerrar o concurso agora
confirm-close-scoring-title = Encerrar a avaliação de «{ $call }»?
confirm-close-scoring-final = As pontuações tornam-se definitivas: os jurados deixam de poder avaliar ou alterar as suas avaliações.
confirm-close-scoring-button = Encerrar a avaliação
confirm-publish-title = Publicar os resultados de «{ $call }»?
confirm-publish-short = { $count ->
    [one] { $count } proposta tem menos de { $required } avaliações completas.
   *[other] { $count } propostas têm menos de { $required } avaliações completas.
}
confirm-publish-button = Publicar os resultados
confirm-withdraw-title = Retirar esta proposta?
confirm-withdraw-consequence = A proposta sai definitivamente do concurso: não poderá voltar a ser submetida e o júri não a lerá.
confirm-withdraw-button = Retirar a proposta
confirm-grant-title = Atribuir a { $person } a função «{ $role }»?
confirm-grant-consequence = { $person } poderá fazer tudo o que a função «{ $role }» permite, a partir da próxima página que abrir.
confirm-grant-button = Atribuir a função
confirm-revoke-role-title = Retirar a { $person } a função «{ $role }»?
confirm-revoke-role-consequence = { $person } deixará de poder fazer o que a função «{ $role }» permite, a partir da próxima página que abrir.
confirm-revoke-role-button = Retirar a função
confirm-deactivate-title = Desativar { $person }?
confirm-deactivate-consequence = { $person } é desligado de imediato em todo o lado e deixa de poder iniciar sessão.
confirm-deactivate-button = Desativar
confirm-erase-title = Apagar { $person }?
confirm-erase-consequence = O nome, o endereço de email e os atributos de { $person } são apagados para sempre; as suas propostas ficam, sem o seu nome.
confirm-erase-button = Apagar para sempre
confirm-suspend-title = Suspender { $city }?
confirm-suspend-consequence = { $count ->
    [one] { $count } pessoa ativa deixará de poder alterar o que quer que seja no site da cidade.
   *[other] { $count } pessoas ativas deixarão de poder alterar o que quer que seja no site da cidade.
}
confirm-suspend-dialog = Ninguém poderá alterar nada no site da cidade até que seja reativada.
confirm-suspend-button = Suspender a cidade
confirm-token-title = Revogar o token «{ $token }»?
confirm-token-consequence = Todos os programas que usam este token são recusados de imediato.
confirm-token-button = Revogar o token
# Audit log in sentences (issue 20, rule 5)
audit-platform = A plataforma
audit-anyone = Qualquer pessoa
audit-any-action = Qualquer ação
audit-details = Detalhes
audit-code = Código da ação
audit-sentence = O que aconteceu
audit-pages = Páginas do registo
audit-newer = ← Entradas mais recentes
audit-older = Entradas mais antigas →
audit-page = Página { $page }
audit-group-call = Concursos
audit-group-review = Avaliação e pontuações
audit-group-jury = Júris
audit-group-proposal = Propostas
audit-group-identities = Identidades seladas
audit-group-project = Projetos
audit-group-practice = Biblioteca da rede
audit-group-person = Pessoas
audit-group-role = Funções
audit-group-invitation = Convites
audit-group-api-token = Tokens de API
audit-group-city = Definições da cidade
audit-group-category = Categorias
audit-do-unknown = { $actor } realizou a ação «{ $code }» sobre { $subject }.
audit-do-api-token-create = { $actor } criou o token de API «{ $name }».
audit-do-api-token-revoke = { $actor } revogou um token de API.
audit-do-call-announce = { $actor } enviou o aviso ‘{ $name }’ { $count ->
    [one] à única pessoa elegível
   *[other] às { $count } pessoas elegíveis
} no concurso ‘{ $call }’.
audit-do-call-close-early = { $days ->
    [0] { $actor } encerrou antecipadamente o concurso ‘{ $call }’, { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } antes do prazo.
    [one] { $actor } encerrou antecipadamente o concurso ‘{ $call }’, { $days } dia antes do prazo.
   *[other] { $actor } encerrou antecipadamente o concurso ‘{ $call }’, { $days } dias antes do prazo.
}
audit-do-call-create = { $actor } criou o concurso ‘{ $call }’.
audit-do-call-extend = { $actor } prorrogou o concurso ‘{ $call }’ até { $deadline }.
audit-do-call-phase = { $actor } passou o concurso ‘{ $call }’ da fase «{ $from }» para a fase «{ $to }».
audit-do-call-proposals-export = { $actor } exportou em CSV { $count ->
    [one] { $count } proposta
   *[other] { $count } propostas
} do concurso ‘{ $call }’.
audit-do-call-publish = { $actor } publicou o concurso ‘{ $call }’.
audit-do-call-results = { $actor } publicou os resultados do concurso ‘{ $call }’: { $count } { $total ->
    [one] premiada de { $total } proposta
   *[other] premiadas de { $total } propostas
}.
audit-do-call-update = { $actor } alterou o concurso ‘{ $call }’.
audit-do-category-create = { $actor } criou a categoria «{ $name }».
audit-do-category-update = { $actor } alterou a categoria «{ $name }».
audit-do-city-divisions = { $actor } importou as divisões: { $added } adicionadas, { $renamed } renomeadas.
audit-do-city-logo = { $actor } mudou o logótipo da cidade.
audit-do-city-mail = { $actor } alterou as definições de correio da cidade.
audit-do-city-resume = O operador da plataforma { $operator } reativou a cidade.
audit-do-city-settings = { $actor } alterou as definições da cidade.
audit-do-city-sign-in = { $actor } alterou as definições de início de sessão da cidade.
audit-do-city-stalled-after-days = { $actor } definiu que um projeto está parado após { $days ->
    [one] { $days } dia
   *[other] { $days } dias
} sem novidades.
audit-do-city-suspend = O operador da plataforma { $operator } suspendeu a cidade.
audit-do-identities-open = { $actor } abriu as identidades seladas do concurso ‘{ $call }’.
audit-do-identities-open-request = { $actor } pediu para abrir as identidades seladas do concurso ‘{ $call }’ (motivo: { $reason }).
audit-do-invitation-accept = { $actor } aceitou um convite como { $role }.
audit-do-invitation-revoke = { $actor } revogou um convite como { $role }.
audit-do-invitation-send = { $actor } enviou um convite como { $role }.
audit-do-jury-add = { $actor } juntou { $person } ao júri do concurso ‘{ $call }’.
audit-do-jury-remove = { $actor } retirou { $person } do júri do concurso ‘{ $call }’.
audit-do-mail-retry = { $actor } voltou a pôr na fila um e-mail falhado para { $person }.
audit-do-person-attributes = { $actor } alterou a divisão ou a categoria de { $person }.
audit-do-person-deactivate = { $actor } desativou { $person }.
audit-do-person-erase = { $actor } apagou os dados pessoais de { $person }.
audit-do-person-export = { $actor } exportou os dados pessoais de { $person }.
audit-do-person-reactivate = { $actor } reativou { $person }.
audit-do-practice-adopt = { $actor } adotou uma prática da biblioteca da rede para o projeto ‘{ $project }’.
audit-do-practice-publish = { $actor } publicou a proposta ‘{ $proposal }’ na biblioteca da rede.
audit-do-project-budget = { $actor } alterou o orçamento do projeto ‘{ $project }’.
audit-do-project-mentor = { $actor } mudou o mentor do projeto ‘{ $project }’.
audit-do-project-milestone = { $actor } acrescentou uma etapa ao projeto ‘{ $project }’.
audit-do-project-milestone-done = { $actor } marcou como cumprida uma etapa do projeto ‘{ $project }’.
audit-do-project-outcome = { $actor } registou o resultado do projeto ‘{ $project }’.
audit-do-project-status = { $actor } mudou o estado do projeto ‘{ $project }’.
audit-do-project-update = { $actor } publicou uma atualização do projeto ‘{ $project }’.
audit-do-proposal-decision = { $actor } decidiu sobre a proposta ‘{ $proposal }’: { $status }.
audit-do-proposal-comment-hide = { $actor } ocultou o comentário de um colega à proposta ‘{ $proposal }’.
audit-do-proposal-redact = { $actor } ocultou uma passagem da proposta ‘{ $proposal }’.
audit-do-proposal-link = { $actor } ligou a proposta ‘{ $proposal }’ a uma proposta relacionada do mesmo concurso.
audit-do-review-assign = { $actor } atribuiu mais { $count ->
    [one] { $count } avaliação
   *[other] { $count } avaliações
} no concurso ‘{ $call }’.
audit-do-review-close = { $actor } encerrou as pontuações do concurso ‘{ $call }’.
audit-do-review-conflict = { $actor } declarou um conflito de interesses na proposta ‘{ $proposal }’.
audit-do-review-reassign = { $actor } reatribuiu { $count ->
    [one] { $count } avaliação
   *[other] { $count } avaliações
} do concurso ‘{ $call }’.
audit-do-review-score = { $actor } pontuou a proposta ‘{ $proposal }’.
audit-do-review-start = { $actor } iniciou a avaliação do concurso ‘{ $call }’ e atribuiu { $count ->
    [one] { $count } avaliação
   *[other] { $count } avaliações
}.
audit-do-role-grant = { $actor } atribuiu a { $person } a função { $role }.
audit-do-role-revoke = { $actor } retirou a { $person } a função { $role }.
audit-do-call-copy = { $actor } iniciou o concurso ‘{ $call }’ a partir de outro concurso.
audit-do-call-template = { $actor } ofereceu o concurso ‘{ $call }’ à rede como modelo.
audit-do-call-template-withdraw = { $actor } retirou o concurso ‘{ $call }’ dos modelos da rede.
audit-do-challenge-propose = { $actor } propôs o desafio ‘{ $challenge }’.
audit-do-challenge-select = { $actor } selecionou o desafio ‘{ $challenge }’.
audit-do-challenge-decline = { $actor } recusou o desafio ‘{ $challenge }’.
audit-do-challenge-merge = { $actor } juntou o desafio ‘{ $challenge }’ a outro.
audit-do-challenge-translate = { $actor } traduziu o desafio ‘{ $challenge }’.
audit-do-facilitator-add = { $actor } nomeou { $person } facilitador do concurso ‘{ $call }’.
audit-do-facilitator-remove = { $actor } retirou a { $person } o papel de facilitador do concurso ‘{ $call }’.
audit-do-team-workshop = { $actor } registou uma oficina da equipa ‘{ $proposal }’.
