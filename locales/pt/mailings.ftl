# Mailings: announcements, deadline and draft reminders, reach.

notification-call-opened = O concurso «{ $title }» está aberto: participe com uma proposta sua, sozinho ou em equipa.
notification-deadline-near = { $days ->
    [one] O concurso «{ $title }» fecha dentro de um dia: submeta a sua proposta antes do prazo.
   *[other] O concurso «{ $title }» fecha dentro de { $days } dias: submeta a sua proposta antes do prazo.
}
notification-draft-unsubmitted = O seu rascunho «{ $title }» ainda não foi submetido, e o concurso fecha dentro de { $days } dias.
notification-announcement = Aviso sobre o concurso «{ $title }» — { $subject }: { $body }
notification-review-due = Algumas das suas avaliações do concurso «{ $title }» não estão concluídas, e os resultados são esperados dentro de { $days } dias.
notification-milestone-due = { $days ->
    [0] O marco «{ $milestone }» do projeto «{ $title }» termina hoje.
    [one] O marco «{ $milestone }» do projeto «{ $title }» termina amanhã.
   *[other] O marco «{ $milestone }» do projeto «{ $title }» termina dentro de { $days } dias.
}
notification-division-wanted = A equipa do desafio «{ $title }» procura um colega da divisão { $division }: ofereça-se na pesquisa de equipas.

mailings-title = Envios
mailings-intro = O que a plataforma enviou por si às pessoas deste concurso e os avisos escritos aqui: para cada um, a quantas pessoas se destinava e em que ponto estão os seus emails.
mailings-none = Ainda não foi enviado nada para este concurso.
mailings-table = Envios do concurso
mailings-what = Envio
mailings-when = Enviado em
mailings-audience = Destinatários
mailings-people = { $count ->
    [one] uma pessoa
   *[other] { $count } pessoas
}
mailings-state-queued = Em fila
mailings-state-held = Guardados para um resumo
mailings-state-sent = Enviados
mailings-state-skipped = Não enviados
mailings-state-failed = Falhados
mailings-state-bounced = Devolvidos
mailings-emails-hint = Um email não é enviado quando a pessoa escolheu nunca receber esse tipo de mensagem ou quando não há servidor de correio configurado; todos encontram a mensagem nas suas notificações na aplicação.
mailings-what-call-opened = Abertura do concurso
mailings-what-deadline = { $days ->
    [one] Lembrete do prazo, um dia antes
   *[other] Lembrete do prazo, { $days } dias antes
}
mailings-what-draft = Rascunho não submetido, dois dias antes do prazo
mailings-what-review-due = Avaliações a terminar
mailings-what-milestone = Marco de projeto a terminar
mailings-what-division = Uma equipa procura uma divisão
mailings-what-announcement = Aviso: { $subject }
mailings-announce-heading = Enviar um aviso
mailings-reach = { $count ->
    [0] Hoje ninguém pode participar neste concurso: um aviso não chegaria a ninguém.
    [one] Um aviso chegará à única pessoa que hoje pode participar neste concurso.
   *[other] Um aviso chegará às { $count } pessoas que hoje podem participar neste concurso.
}
mailings-subject = Assunto
mailings-body = Texto
mailings-body-hint = Até 5.000 caracteres. Cada pessoa elegível encontra-o na aplicação e, se quiser, por email.
mailings-review = Verificar os destinatários e enviar
mailings-send = Enviar o aviso
mailings-confirm-title = Enviar o aviso «{ $subject }»?
mailings-confirm-reach = { $count ->
    [0] Hoje ninguém pode participar neste concurso: o aviso não chegará a ninguém.
    [one] Segue para a única pessoa elegível neste concurso, na aplicação e por email se quiser.
   *[other] Segue para as { $count } pessoas elegíveis neste concurso, na aplicação e por email a quem quiser.
}
mailings-confirm-final = Depois de enviado, não pode ser retirado.
mailings-sent = O aviso foi enviado.
mailings-closed = Os avisos destinam-se às pessoas elegíveis de um concurso publicado e não arquivado.
mailings-error-required = Preencha este campo.
mailings-error-too-long = No máximo { $max } caracteres.
mailings-error-one-line = O assunto tem de caber numa só linha.
mailings-error-token = Este formulário já não pode ser enviado: recarregue a página e envie o aviso de novo.
mailings-error-draft = Um concurso em rascunho só é visível para si: publique-o antes de anunciar o que quer que seja.
mailings-error-archived = Este concurso está arquivado: já não se podem enviar avisos.
