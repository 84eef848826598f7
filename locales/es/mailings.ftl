# Mailings: announcements, deadline and draft reminders, reach.

notification-call-opened = La convocatoria «{ $title }» está abierta: participe con una propuesta propia, solo o en equipo.
notification-deadline-near = { $days ->
    [one] La convocatoria «{ $title }» cierra dentro de un día: presente su propuesta antes del plazo.
   *[other] La convocatoria «{ $title }» cierra dentro de { $days } días: presente su propuesta antes del plazo.
}
notification-draft-unsubmitted = Su borrador «{ $title }» aún no se ha presentado, y la convocatoria cierra dentro de { $days } días.
notification-announcement = Aviso sobre la convocatoria «{ $title }» — { $subject }: { $body }
notification-review-due = Algunas de sus evaluaciones de la convocatoria «{ $title }» no están completas, y los resultados se esperan dentro de { $days } días.
notification-milestone-due = { $days ->
    [0] El hito «{ $milestone }» del proyecto «{ $title }» vence hoy.
    [one] El hito «{ $milestone }» del proyecto «{ $title }» vence mañana.
   *[other] El hito «{ $milestone }» del proyecto «{ $title }» vence dentro de { $days } días.
}
notification-division-wanted = El equipo del reto «{ $title }» busca a un compañero del servicio { $division }: ofrézcase en el buscador de equipos.

mailings-title = Envíos
mailings-intro = Lo que la plataforma envió por sí misma a las personas de esta convocatoria y los avisos redactados aquí: para cada uno, a cuántas personas iba dirigido y en qué estado están sus correos.
mailings-none = Todavía no se ha enviado nada para esta convocatoria.
mailings-table = Envíos de la convocatoria
mailings-what = Envío
mailings-when = Enviado el
mailings-audience = Destinatarios
mailings-people = { $count ->
    [one] una persona
   *[other] { $count } personas
}
mailings-state-queued = En cola
mailings-state-held = Guardados para un resumen
mailings-state-sent = Enviados
mailings-state-skipped = No enviados
mailings-state-failed = Fallidos
mailings-state-bounced = Rechazados
mailings-emails-hint = Un correo no se envía cuando la persona eligió no recibir nunca ese tipo de mensaje o cuando no hay un servidor de correo configurado; todos encuentran igualmente el mensaje entre sus notificaciones en la aplicación.
mailings-what-call-opened = Apertura de la convocatoria
mailings-what-deadline = { $days ->
    [one] Recordatorio del plazo, un día antes
   *[other] Recordatorio del plazo, { $days } días antes
}
mailings-what-draft = Borrador no presentado, dos días antes del plazo
mailings-what-review-due = Evaluaciones pendientes
mailings-what-milestone = Hito de proyecto a punto de vencer
mailings-what-division = Un equipo busca un servicio
mailings-what-announcement = Aviso: { $subject }
mailings-announce-heading = Enviar un aviso
mailings-reach = { $count ->
    [0] Hoy nadie puede participar en esta convocatoria: un aviso no llegaría a nadie.
    [one] Un aviso llegará a la única persona que hoy puede participar en esta convocatoria.
   *[other] Un aviso llegará a las { $count } personas que hoy pueden participar en esta convocatoria.
}
mailings-subject = Asunto
mailings-body = Texto
mailings-body-hint = Hasta 5.000 caracteres. Cada persona con derecho a participar lo encuentra en la aplicación y, si lo desea, por correo.
mailings-review = Comprobar los destinatarios y enviar
mailings-send = Enviar el aviso
mailings-confirm-title = ¿Enviar el aviso «{ $subject }»?
mailings-confirm-reach = { $count ->
    [0] Hoy nadie puede participar en esta convocatoria: el aviso no llegará a nadie.
    [one] Va a la única persona con derecho a participar en la convocatoria, en la aplicación y por correo si lo desea.
   *[other] Va a las { $count } personas con derecho a participar en la convocatoria, en la aplicación y por correo a quien lo desee.
}
mailings-confirm-final = Una vez enviado, no se puede retirar.
mailings-sent = El aviso se ha enviado.
mailings-closed = Los avisos van a las personas con derecho a participar en una convocatoria publicada y no archivada.
mailings-error-required = Rellene este campo.
mailings-error-too-long = Como máximo { $max } caracteres.
mailings-error-one-line = El asunto debe caber en una sola línea.
mailings-error-token = Este formulario ya no se puede enviar: vuelva a cargar la página y envíe el aviso de nuevo.
mailings-error-draft = Una convocatoria en borrador solo la ve usted: publíquela antes de anunciar nada.
mailings-error-archived = Esta convocatoria está archivada: ya no se pueden enviar avisos.
