# As definições de uma cidade: idiomas, nomes, cor, efetivos, divisões.

settings-title = Definições da cidade
settings-names = O nome da cidade em cada idioma (opcional; caso contrário, é utilizado o nome indicado na criação)
settings-grades = Trabalhadores por categoria (para os números de participação dos concursos limitados a uma categoria)
settings-employees = Trabalhadores
settings-error-contrast = O texto branco é difícil de ler sobre esta cor: escolha uma mais escura (contraste de, pelo menos, 4,5 para 1).
settings-error-grade = Cada categoria precisa de um nome (no máximo, 80 caracteres, sem repetições) e de um número inteiro de trabalhadores.

divisions-title = Divisões
divisions-current = Divisões atuais
divisions-none = A cidade ainda não tem divisões.
divisions-csv = Divisões a importar, em CSV: uma linha por divisão, primeiro o código e depois o nome
divisions-csv-hint = Por exemplo: AMB,Divisão de Ambiente. Uma primeira linha "code,name" é ignorada. As divisões cujo código já existe mudam de nome e as novas são acrescentadas; nada é eliminado.
divisions-check-button = Verificar a lista
divisions-preview = Pré-visualização
divisions-line = Linha
divisions-code = Código
divisions-check = Verificação
divisions-import = Importar estas divisões
divisions-error-columns = Indique exatamente duas colunas: código e nome.
divisions-error-code = O código está vazio, tem mais de 40 caracteres ou contém caracteres que não são letras, algarismos, pontos, hífenes ou sublinhados.
divisions-error-name = O nome está vazio ou tem mais de 200 caracteres.
divisions-error-duplicate = Este código já aparece numa linha anterior.
divisions-error-empty = A lista está vazia.
divisions-error-too-many = Pode importar, no máximo, 2 000 divisões de cada vez.
divisions-rows-wrong = { $count ->
    [one] Há uma linha a corrigir; nada foi importado.
   *[other] Há { $count } linhas a corrigir; nada foi importado.
}
divisions-imported = Importação concluída. Divisões acrescentadas: { $added }; com novo nome: { $renamed }.

categories-title = Categorias
categories-intro = As categorias oferecidas pelos concursos do município. Cada uma corresponde a uma das categorias comuns da rede, para que os municípios possam ser comparados.
categories-network = Categoria da rede
categories-new = Nova categoria
categories-add = Adicionar a categoria
category-error-name = Dê à categoria um nome com, no máximo, 120 caracteres.
category-error-taken = Outra categoria já tem este nome.
category-error-network = Escolha uma das categorias da rede.

settings-logo = Logótipo
settings-logo-file = O logótipo do município (PNG ou JPEG, no máximo 512 KB), mostrado junto ao nome
settings-mail = Servidor de correio próprio do município (opcional)
settings-smtp-url = Servidor SMTP
settings-smtp-hint = Por exemplo smtp://utilizador:palavra-passe@correio.exemplo.pt:587?tls=required. Guardado selado e nunca mostrado; deixe os dois campos vazios para usar o servidor da plataforma.
settings-mail-from = Remetente, por exemplo Ideias <ideias@exemplo.pt>
settings-error-logo = O logótipo tem de ser uma imagem PNG ou JPEG
    .detail = Escolha um ficheiro PNG ou JPEG com, no máximo, 512 KB.
settings-error-mail = As definições de correio não são válidas
    .detail = Indique um URL SMTP como smtp://correio.exemplo.pt:587?tls=required e um remetente como Ideias <ideias@exemplo.pt>, ou deixe os dois vazios.
