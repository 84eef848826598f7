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
