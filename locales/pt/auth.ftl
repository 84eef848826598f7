# Início e fim de sessão, contas, convites e página das pessoas.

signin-title = Iniciar sessão
signin-sso-heading = Trabalhadores do município
signin-sso-button = Iniciar sessão com a sua conta do município
signin-local-heading = Especialistas convidados
signin-platform-heading = Operadores e coordenadores da rede
signin-demo-link = Demonstração: iniciar sessão como uma pessoa de exemplo
signin-failed = O endereço de e-mail ou a palavra-passe não estão corretos.
signin-throttled = Demasiadas tentativas. Aguarde 15 minutos antes de tentar novamente.
sso-error-not-configured = Esta cidade ainda não configurou o início de sessão com as suas próprias contas.
sso-error-state = O início de sessão demorou demasiado tempo ou foi interrompido. Comece novamente.
sso-error-unavailable = De momento, não é possível contactar o serviço de autenticação da cidade. Tente novamente mais tarde.
sso-error-refused = O serviço de autenticação da cidade não confirmou a sua identidade. Comece novamente.

account-title = A sua conta
account-roles = Funções

role-operator = Operador da plataforma
role-coordinator = Coordenador da rede
role-tenant-admin = Administrador da cidade
role-juror = Membro do júri
role-mentor = Mentor
role-employee = Trabalhador

demo-signin-title = Início de sessão de demonstração
demo-signin-intro = Esta página só existe no site de demonstração. Escolha uma pessoa de exemplo para ver a plataforma do ponto de vista da sua função.
demo-signin-as = Iniciar sessão como esta pessoa

accept-title = Escolha a sua palavra-passe
accept-submit = Guardar a palavra-passe e iniciar sessão
password-hint = Pelo menos 12 caracteres. Uma frase curta é fácil de memorizar e difícil de adivinhar.
password-too-short = A palavra-passe tem de ter pelo menos 12 caracteres.
password-too-long = A palavra-passe pode ter, no máximo, 256 caracteres.
password-mismatch = As duas palavras-passe não coincidem.

invitations-title = Convidar especialistas externos
invitation-created = O convite está pronto. Envie esta ligação à pessoa; funciona uma única vez, durante 14 dias:
invite-submit = Criar o convite
invitations-sent = Convites
invitations-none = Ainda não foi convidado ninguém.
invitation-state = Estado
invitation-accepted = Aceite
invitation-expired = Expirado
invitation-pending = Pendente, válido até { $date }
invitation-revoked = Revogado
invitation-actions = Ações
invitation-revoke = Revogar
invitation-revoke-title = Revogar o convite?
invitation-revoke-consequence = O link enviado para { $email } deixará de funcionar; a pessoa não será avisada. Não é possível anular.
invitation-revoke-confirm = Sim, revogar o convite
invitation-revoke-cancel = Cancelar
invitation-revoke-accepted = Este convite já foi aceite e já não pode ser revogado. Para retirar a função, use a página das pessoas.
invitation-revoke-revoked = Este convite já foi revogado.
invitation-revoke-expired = Este convite expirou: o seu link já não funciona.
invite-error-email = Introduza um endereço de e-mail como nome@exemplo.pt.
invite-error-name = Introduza o nome da pessoa (no máximo, 200 caracteres).
invite-error-role = Escolha membro do júri ou mentor.

sso-title = Início de sessão com as contas da cidade
sso-saved = As definições foram guardadas.
sso-redirect-uri = Registe este endereço de redirecionamento no seu fornecedor de identidade:
sso-issuer = URL do emissor (issuer)
sso-client-id = ID de cliente
sso-client-secret = Segredo do cliente
sso-secret-kept = Está guardado um segredo, que nunca é mostrado. Deixe este campo vazio para o manter.
sso-secret-needed = Cole o segredo que o seu fornecedor de identidade atribuiu a este cliente.
sso-scopes = Âmbitos (scopes)
sso-email-claim = Atributo (claim) com o endereço de e-mail
sso-name-claim = Atributo com o nome a apresentar
sso-division-claim = Atributo com a divisão
sso-grade-claim = Atributo com a categoria
sso-error-issuer = Introduza o endereço do emissor, por exemplo https://login.exemplo.pt.
sso-error-issuer-https = O endereço do emissor tem de começar por https://.
sso-error-client-id = Introduza o ID de cliente (no máximo, 255 caracteres).
sso-error-secret = Introduza o segredo do cliente (no máximo, 1024 caracteres).
sso-error-scopes = Os âmbitos têm de incluir openid.
sso-error-claim = Utilize um nome de atributo composto por letras, algarismos, pontos, hífenes ou sublinhados.
sso-error-discovery = Não foi possível ler o documento de descoberta (discovery) do fornecedor de identidade neste endereço.

people-title = Pessoas
people-search = Pesquisar por nome ou e-mail
people-none = Nenhum resultado.
people-status = Estado
people-local = convidado, inicia sessão com palavra-passe
people-active = Ativo
people-inactive = Desativado
people-deactivate = Desativar
people-activate = Reativar

operator-title = Consola do operador
operator-slug = Nome no endereço
operator-active = Ativa


tokens-title = Tokens da API
tokens-intro = Um token permite que outro sistema utilize a API da cidade em nome do administrador que o criou. Mantenha-o secreto; revogue-o quando já não for necessário.
tokens-created = O token está pronto. Copie-o agora: não voltará a ser mostrado.
tokens-name = Nome (para que serve o token)
tokens-create = Criar um token
tokens-prefix = Começa por
tokens-created-on = Criado em
tokens-last-used = Última utilização
tokens-revoked = Revogado
tokens-revoke = Revogar
token-error-name = Dê ao token um nome com, no máximo, 120 caracteres.
sso-extra-claims = Outros atributos a guardar para as regras de elegibilidade (nomes separados por espaços)
sso-error-extra-claims = Indique nomes de atributos com letras, algarismos, pontos, hífenes ou sublinhados, separados por espaços (nem categoria nem divisão).

account-preferences = Preferências
account-language = Idioma das páginas
account-language-browser = O que o meu navegador pedir
account-notify-by-email = Enviar-me também as notificações por email
account-data = Os seus dados
account-export = Descarregar tudo o que a plataforma guarda sobre si (JSON)
account-erasure-explained = Pode pedir o apagamento: o nome, o endereço de email e a identidade são removidos, e as suas propostas ficam sem o seu nome. Um administrador da câmara confirma o pedido.
account-erasure-request = Pedir o apagamento
account-erasure-pending = Pediu o apagamento; um administrador da câmara irá confirmá-lo.
people-erasure-requested = Pediu o apagamento
people-erase = Apagar agora
person-erased = Antigo participante n.º { $id }
sso-test = Testar a ligação
sso-test-ok = O fornecedor de identidade respondeu: o documento de descoberta e as chaves foram lidos.
sso-test-private = O endereço do emissor { $host } é um endereço de rede privada ou local, que este servidor não contacta.
sso-test-failed = Não foi possível contactar o fornecedor de identidade, ou este não respondeu como devia. Detalhe técnico: { $reason }

# The API's documentation page (/api/v1/docs).
api-docs-title = A API da cidade
api-docs-intro = Outros sistemas podem ler as chamadas da cidade e escrever propostas através desta interface JSON. Abaixo estão as suas operações e a forma dos dados que trocam.
api-docs-server = Endereço da interface
api-docs-auth = Autenticação
api-docs-auth-detail = Envie “Authorization: Bearer” seguido de um token de API desta cidade. Os administradores da cidade criam os tokens na página de tokens de API; um token age em nome do administrador que o criou. Um navegador com sessão iniciada pode usar antes a sua sessão, enviando o token CSRF da página no cabeçalho X-CSRF-Token em cada alteração.
api-docs-errors = Erros
api-docs-errors-detail = Cada erro é um documento de problema (RFC 9457, application/problem+json) com type, title, status e detail; title e detail vêm na língua do cabeçalho Accept-Language. Os campos inválidos são indicados em errors.
api-docs-document = Descrição legível por máquinas
api-docs-operations = Operações
api-docs-needs-token = Requer um token de API (ou uma sessão iniciada).
api-docs-public = Aberta a todos; o token é opcional.
api-docs-parameters = Parâmetros
api-docs-name = Nome
api-docs-location = Onde
api-docs-type = Tipo
api-docs-required = Obrigatório
api-docs-description = Descrição
api-docs-yes = sim
api-docs-no = não
api-docs-request-body = Corpo do pedido
api-docs-responses = Respostas
api-docs-status = Estado
api-docs-content-type = Tipo de conteúdo
api-docs-schemas = Forma dos dados
api-docs-one-of = Uma destas formas:
api-docs-values = Valores possíveis
api-docs-fields = Campos
api-docs-in-path = caminho
api-docs-in-query = cadeia de consulta
api-docs-in-header = cabeçalho
api-docs-op-get-openapi = Esta descrição, em OpenAPI 3.1
api-docs-op-get-docs = Esta página
api-docs-op-list-calls = Todas as chamadas publicadas da cidade
api-docs-op-get-call = Uma chamada publicada
api-docs-op-list-call-proposals = Todas as propostas de uma chamada, para os administradores da cidade
api-docs-op-create-proposal = Iniciar um rascunho de proposta numa chamada aberta
api-docs-op-list-my-proposals = As propostas em cuja equipa está quem faz o pedido
api-docs-op-get-proposal = Uma das próprias propostas
api-docs-op-save-proposal = Guardar os campos de uma proposta, até ao prazo da chamada
api-docs-op-submit-proposal = Submeter uma proposta à chamada, até ao prazo
api-docs-op-withdraw-proposal = Retirar uma proposta, até ao prazo da chamada
api-docs-op-get-me = A pessoa em nome de quem o pedido age
api-docs-op-list-people = As pessoas da cidade, para os seus administradores
tokens-docs-link = Como usar a API: a sua documentação
sso-post-logout-uri = Registe também este endereço de regresso após terminar a sessão, para que sair aqui também termine a sessão no fornecedor:
sso-test-end-session = Também anuncia o fim de sessão (end_session_endpoint): sair aqui também termina a sessão no fornecedor.
sso-test-no-end-session = Não anuncia fim de sessão (end_session_endpoint): quem sair aqui continua com sessão iniciada no fornecedor.
accept-role-title = Aceitar o convite
accept-role-offered = Função oferecida: { $role }
accept-role-submit = Aceitar a função
accept-role-sign-in-first = Já existe uma conta com este endereço de email. Inicie sessão nessa conta e abra de novo esta ligação: a função é acrescentada à conta e a palavra-passe não muda.
accept-role-sign-in = Iniciar sessão
people-error-admin-on-jury = Esta pessoa faz parte de um júri
    .detail = Um administrador vê quem escreveu cada proposta e por isso não as pode avaliar: retire primeiro a pessoa do júri dos concursos ainda por avaliar.

## Issue 20, people page: filters, paging, role badges, attributes
people-filters = Filtrar pessoas
people-filter-role = Função
people-filter-any = Qualquer
people-division = Divisão
people-grade = Categoria
people-filter-clear = Limpar filtros
people-found =
    { $count ->
    [one] { $count } pessoa
   *[other] { $count } pessoas
    }
people-no-role = Nenhuma função
people-juror-of-call = Jurado de um concurso
people-grant = Atribuir: { $role }
people-revoke = Retirar: { $role }
people-pages = Páginas da lista
people-previous = Anterior
people-next = Seguinte
people-back = Voltar às pessoas
people-attributes-saved = Atributos guardados.
people-attributes = Divisão e categoria
people-attributes-intro = Os concursos podem ser restritos a uma divisão ou categoria. Defina-as aqui quando o início de sessão da cidade não as envia.
people-attribute-none = Nenhuma
people-from-sso = da claim SSO `{ $claim }`: altere-a no fornecedor de identidade
people-grade-hint = Uma das categorias da cidade, ou outro nome.
people-error-division = Escolha uma das divisões da cidade.
people-error-sso-owned = Este atributo vem do início de sessão da cidade (SSO) e não pode ser alterado aqui.
people-error-grade = Escreva uma categoria com no máximo { $max } caracteres, numa só linha.
