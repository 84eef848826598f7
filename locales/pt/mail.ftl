# Email: the queue, a person's choices per kind, unsubscribing, digests, delivery failures.

## The kinds of email a person chooses about
mail-kind-call-opened = Abre um concurso em que posso participar
mail-kind-deadline = O prazo de um concurso está próximo
mail-kind-draft = O meu rascunho ainda não foi submetido
mail-kind-announcement = Comunicados sobre um concurso
mail-kind-proposal = As minhas propostas e as suas equipas
mail-kind-review = As minhas avaliações como jurado
mail-kind-results = Os resultados das minhas propostas
mail-kind-project = Os projetos de implementação de que faço parte
mail-kind-cocreation = Desafios e equipas que procuram alguém da minha direção

mail-cadence-now = De imediato
mail-cadence-daily = Num resumo diário
mail-cadence-weekly = Num resumo semanal
mail-cadence-never = Nunca

## The email itself
mail-open = Abrir no site
mail-footer-why = Recebe este e-mail porque participa nos concursos de ideias de { $city }.
mail-footer-choices = Escolher os e-mails que recebe
mail-footer-unsubscribe = Cancelar a subscrição destes e-mails
mail-digest-subject = { $city } · { $count ->
    [one] { $count } notificação
   *[other] { $count } notificações
}

## The choices page
mail-choices-link = Escolher as notificações que chegam também por e-mail
mail-choices-title = Notificações por e-mail
mail-choices-intro = Para cada tipo de notificação, escolha se chega também por e-mail de imediato, num resumo ou nunca. Encontra sempre todas as notificações no site.
mail-choices-email-off = Desativou os e-mails de todas as notificações na página da sua conta, por isso nenhum destes é enviado.
mail-choices-saved = As suas escolhas foram guardadas.
mail-choice-required = A sua função exige estes e-mails: escolha de imediato ou um resumo.
mail-choice-required-hint = A sua função exige estes e-mails, por isso não podem ser desativados; pode recebê-los num resumo.
mail-choices-digest-time = Os resumos são enviados às { $hour }:00, hora da cidade: o diário todas as manhãs, o semanal à segunda-feira.

## Unsubscribing from an email's link
mail-unsubscribe-title = Cancelar a subscrição
mail-unsubscribe-kind = E-mails
mail-unsubscribe-now = Recebe-os
mail-unsubscribe-button = Deixar de receber estes e-mails
mail-unsubscribe-done = Feito: deixará de receber estes e-mails. As notificações continuam no site.
mail-unsubscribe-required = «{ $kind }»: a sua função exige estes e-mails, por isso não podem ser interrompidos. Pode recebê-los num resumo.
mail-unsubscribe-choices = Escolher para cada tipo de e-mail

## The admin's view of the queue
mail-queue-title = E-mails
mail-queue-intro = As notificações seguem por e-mail através do servidor de correio da cidade ou do da plataforma. Os e-mails recusados por um servidor aparecem aqui com a sua resposta.
mail-queue-counts = E-mails por estado
mail-queue-state = Estado
mail-queue-emails = E-mails
mail-queue-failures = E-mails falhados e devolvidos
mail-queue-no-failures = Nenhum e-mail falhou nem foi devolvido.
mail-queue-person = Para
mail-queue-kind = Tipo
mail-queue-when = Escrito em
mail-queue-error = A resposta do servidor de correio
mail-state-queued = À espera de envio
mail-state-held = Retido para um resumo
mail-state-sent = Enviado
mail-state-failed = Falhou após várias tentativas
mail-state-bounced = Recusado pelo servidor de correio
mail-state-skipped = Não enviado (sem servidor de correio, ou não desejado)
mail-retry = Tentar de novo
mail-retry-title = Enviar este e-mail de novo?
mail-retry-consequence = O e-mail volta para a fila e segue dentro de poucos segundos; a pessoa pode recebê-lo com atraso.
