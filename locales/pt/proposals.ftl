# Propostas: redação, equipas e lista para o administrador.

proposal-untitled = Proposta sem título
proposal-heading = A proposta
proposal-title = Título
proposal-summary = Resumo
proposal-problem = O problema
proposal-solution = A solução proposta
proposal-benefits = Benefícios esperados (poupanças em euros, horas, energia…)
proposal-resources = Recursos necessários
proposal-category = Categoria
proposal-language = Idioma da proposta
proposal-divisions = Divisões envolvidas
proposal-save = Guardar
proposal-saved-at = Guardada a { $time }.
proposal-limit = { $max ->
    [one] No máximo, { $max } carácter.
   *[other] No máximo, { $max } caracteres.
}
proposal-error-too-long = { $max ->
    [one] Este texto é demasiado longo: no máximo, { $max } carácter.
   *[other] Este texto é demasiado longo: no máximo, { $max } caracteres.
}
proposal-error-category = Escolha uma das categorias do concurso.
proposal-error-divisions = Escolha, no máximo, 20 divisões do município.
proposal-error-required = Preencha este campo antes de apresentar a proposta.
proposal-submission = Apresentação
proposal-submit = Apresentar a proposta
proposal-withdraw = Retirar a proposta

status-draft = Rascunho
status-submitted = Apresentada
status-withdrawn = Retirada
status-in-review = Em avaliação
status-shortlisted = Pré-selecionada
status-awarded = Premiada
status-not-selected = Não selecionada
status-in-implementation = Em implementação
status-implemented = Implementada
status-stopped = Interrompida

mine-title = As minhas propostas
mine-none = Ainda não tem propostas. Abra um concurso para escrever uma.

team-title = Equipa
team-role = Função
team-lead = Responsável
team-co-author = Coautor
team-pending = convite ainda sem resposta
team-invited = Foi convidado
team-invited-heading = Foi convidado para integrar esta equipa
team-accept = Integrar a equipa
team-decline = Recusar
team-invite-label = Endereço de e-mail ou nome completo do colega
team-invite = Convidar
team-error-who = Introduza o endereço de e-mail ou o nome completo de um colega.
team-error-ineligible = { $name } não pode participar neste concurso.
team-error-unknown = Nenhum colega deste município corresponde a «{ $who }».
team-error-ambiguous = Há vários colegas com o nome «{ $who }»: utilize o endereço de e-mail.
team-error-already = { $name } já faz parte da equipa.
team-error-full = { $size ->
    [one] A equipa está completa: este concurso aceita uma só pessoa por proposta.
   *[other] A equipa está completa: este concurso aceita, no máximo, { $size } pessoas por proposta.
}

admin-proposals-title = Propostas
admin-proposals-none = Nenhuma proposta corresponde aos critérios.
admin-proposals-csv = Descarregar em CSV
csv-proposal-id = Número
csv-proposal-title = Título
csv-proposal-status = Estado
csv-proposal-category = Categoria
csv-proposal-divisions = Divisões
csv-proposal-submitted-at = Data de apresentação
csv-proposal-team = Equipa


attachment-title = Anexos
attachment-none = Nenhum ficheiro anexado.
attachment-delete = Remover
attachment-choose = Anexar um ficheiro (PDF, PNG, JPEG ou documento de escritório)
attachment-upload = Anexar
attachment-hint = Até { $count } ficheiros com, no máximo, { $mb } MB cada. As avaliações são anónimas: o júri recebe uma cópia sem os dados que possam indicar uma pessoa (propriedades do documento, dados EXIF das fotografias, autores de comentários e de alterações registadas).
attachment-size = { $kib ->
    [one] { $kib } KB
   *[other] { $kib } KB
}
attachment-error-type = Este tipo de ficheiro não é aceite
    .detail = Anexe um ficheiro PDF, PNG ou JPEG, ou um documento Word, Excel, PowerPoint ou OpenDocument. O tipo é determinado pelo conteúdo do ficheiro e não pelo nome.
attachment-error-malformed = O ficheiro está danificado
    .detail = Não foi possível ler o ficheiro, pelo que os dados que poderiam indicar o seu autor (as avaliações são anónimas) não podem ser retirados. Guarde-o novamente a partir do programa em que foi criado e volte a anexá-lo.
attachment-error-encrypted = O ficheiro está protegido por palavra-passe ou cifrado
    .detail = As avaliações são anónimas e os dados que poderiam indicar o autor não podem ser retirados de um ficheiro cifrado. Guarde-o sem proteção e volte a anexá-lo.
attachment-error-empty = Não foi escolhido nenhum ficheiro
    .detail = Escolha um ficheiro para anexar.
attachment-error-count = A proposta já tem o número máximo de ficheiros
    .detail = Remova um ficheiro antes de anexar outro.
attachment-error-macros = Não são aceites documentos com macros
    .detail = Guarde o documento sem macros (por exemplo, em .docx em vez de .docm) e anexe-o novamente.
attachment-error-history = O livro guarda um registo das suas alterações
    .detail = As avaliações são anónimas, e o registo de um livro partilhado indica quem alterou cada célula e o que continha antes. Aceite ou rejeite as alterações registadas (ou deixe de partilhar o livro), guarde-o e anexe-o novamente.
attachment-error-expands = O ficheiro é demasiado grande para ser verificado
    .detail = As avaliações são anónimas, por isso retiram-se dos documentos os nomes de quem os comentou ou alterou; o texto deste ficheiro, descomprimido, excede o que se pode verificar. Divida-o ou anexe-o em PDF.
proposal-error-key-reused = Esta chave de idempotência já foi usada
    .detail = Foi enviada para outro concurso ou com outro conteúdo: use uma chave nova para cada proposta.

proposal-names-team = As avaliações são anónimas, e estas partes da sua proposta nomeiam alguém da sua equipa. Pode guardar e submeter na mesma, mas retire os nomes:
proposal-names-team-in = Estas partes nomeiam alguém da sua equipa: { $fields }. As avaliações são anónimas: retire os nomes.

# Employees know where they stand (issue 20): My proposals' columns, the page after submitting
mine-col-proposal = Proposta
mine-col-call = Concurso
submitted-title = Proposta apresentada
submitted-lead = A sua proposta «{ $title }» foi apresentada a { $date }.
submitted-told = A equipa e o próprio são avisados nas notificações e, se a câmara os enviar, por e-mail.
submitted-next = O que acontece a seguir
submitted-edit = Até { $date } ainda pode alterá-la e guardá-la: o júri lê a proposta tal como estiver no fecho das candidaturas.
submitted-review = A partir de { $date }, com o fecho das candidaturas, o júri avalia as propostas sem saber quem as escreveu.
submitted-review-now = O júri está a avaliar as propostas, sem saber quem as escreveu.
submitted-results = Os resultados estão previstos para { $date }: receberá uma notificação quando forem publicados.
submitted-results-later = Receberá uma notificação quando os resultados forem publicados.
submitted-back = Voltar à proposta
