# A consola dos operadores: cidades, estado, criação e suspensão.

operator-new-city = Nova cidade
operator-open-calls = Concursos abertos
operator-sso = Início de sessão da cidade
operator-sso-configured = Configurado
operator-sso-missing = Ainda não configurado
operator-suspend = Suspender
operator-resume = Reativar
operator-create = Criar a cidade
operator-created = A cidade foi criada:
operator-created-admin = Envie esta ligação ao primeiro administrador da cidade; funciona uma única vez, durante 14 dias, e permite-lhe escolher uma palavra-passe:
operator-field-slug = Nome no endereço
operator-hint-slug = De 2 a 40 letras minúsculas, algarismos ou hífenes, começando por uma letra; as páginas da cidade ficam em /t/nome-endereco/.
operator-field-name = Nome da cidade
operator-field-hosts = Nomes de anfitrião próprios da cidade (opcional)
operator-hint-hosts = Separados por espaços, por exemplo ideias.porto.example; sem https:// nem porta.
operator-field-locales = Idiomas
operator-field-default-locale = Idioma predefinido
operator-field-timezone = Fuso horário
operator-hint-timezone = Tal como a IANA o designa, por exemplo Europe/Rome.
operator-field-headcount = Número de trabalhadores
operator-field-colour = Cor das páginas da cidade
operator-hint-colour = No formato #rrggbb; o texto branco tem de continuar legível sobre esta cor.
operator-field-admin-email = Endereço de e-mail do primeiro administrador
operator-hint-admin = É convidado através de uma ligação e configura o início de sessão próprio da cidade.
operator-field-admin-name = Nome do primeiro administrador

tenant-error-slug = Utilize de 2 a 40 letras minúsculas, algarismos ou hífenes, começando por uma letra.
tenant-error-reserved = Este nome no endereço está reservado pela plataforma; escolha outro.
tenant-error-duplicate-slug = Já existe uma cidade com este nome no endereço.
tenant-error-name = Introduza o nome da cidade (no máximo, 120 caracteres).
tenant-error-host = Introduza nomes de anfitrião como ideias.porto.example, sem https:// nem porta.
tenant-error-duplicate-host = Um destes nomes de anfitrião já pertence a uma cidade.
tenant-error-no-locales = Escolha pelo menos um idioma.
tenant-error-default-locale = O idioma predefinido tem de ser um dos idiomas escolhidos.
tenant-error-timezone = Introduza um fuso horário, por exemplo Europe/Rome.
tenant-error-headcount = Introduza um número inteiro de trabalhadores, no máximo 10 000 000.
tenant-error-colour = Escreva a cor no formato #rrggbb, por exemplo #1f4e8c.
tenant-error-admin-email = Introduza o endereço de e-mail do primeiro administrador, por exemplo nome@exemplo.pt.

operator-last-sign-in = Último início de sessão
operator-never = Nunca
operator-check-sso = Verificar
operator-sso-none = { $city } não configurou um início de sessão próprio.
operator-sso-ok = O fornecedor de identidade de { $city } responde.
operator-sso-failed = O fornecedor de identidade de { $city } não responde como devia: { $reason }
tenant-error-unknown-locale = Só podem ser ativados os idiomas da plataforma: it, en, fr, pt, nl, ro, es, hu.
