# Colleagues who support and comment, and moderation.

colleagues-call-setting = Los compañeros pueden apoyar y comentar las propuestas presentadas mientras la convocatoria está abierta
colleagues-call-setting-hint = Los empleados del ayuntamiento que pueden participar, si no forman parte del equipo de la propuesta ni del jurado, apoyan una propuesta una vez y la comentan hasta el plazo; los miembros del jurado solo ven cuántos compañeros apoyan una propuesta.
colleagues-admin-title = Comentarios de los compañeros
colleagues-admin-intro = Todos los comentarios a las propuestas de esta convocatoria, de los más recientes a los más antiguos. Un comentario ocultado sigue en esta página y sus lectores ven el motivo en lugar del texto.
colleagues-list-title = Apoya las propuestas de tus compañeros
colleagues-list-intro = Las propuestas presentadas hasta ahora, sin sus autores. Apoya las que te convencen y coméntalas para ayudarlas a mejorar, hasta el plazo.
colleagues-list-empty = Todavía no se ha presentado ninguna propuesta.
colleagues-back-to-call = Volver a la convocatoria
colleagues-back-to-list = Volver a las propuestas
colleagues-back-to-proposal = Volver a tu propuesta
colleagues-supporters = { $count ->
    [0] Ningún compañero apoya todavía esta propuesta.
    [one] Un compañero apoya esta propuesta.
   *[other] { $count } compañeros apoyan esta propuesta.
}
colleagues-comments-count = { $count ->
    [0] ningún comentario
    [one] un comentario
   *[other] { $count } comentarios
}
colleagues-by-team = El equipo de la propuesta
colleagues-former-colleague = Un antiguo compañero
colleagues-hidden = Ocultado por el administrador: { $reason }
colleagues-support-heading = Apoyo
colleagues-you-support = Apoyas esta propuesta. Solo tú lo ves.
colleagues-support = Apoyar esta propuesta
colleagues-unsupport = Retirar mi apoyo
colleagues-team-note = Es la propuesta de tu equipo: la apoyan tus compañeros, tú no.
colleagues-closed = La convocatoria ya no está abierta: los apoyos y comentarios están cerrados.
colleagues-comments-heading = Comentarios
colleagues-no-comments = Todavía no hay comentarios.
colleagues-comment-label = Tu comentario
colleagues-comment-hint = { $max ->
    [one] Como máximo un carácter. Tu nombre lo ven el equipo y los compañeros, nunca el jurado.
   *[other] Como máximo { $max } caracteres. Tu nombre lo ven el equipo y los compañeros, nunca el jurado.
}
colleagues-comment-send = Enviar el comentario
colleagues-error-body = { $max ->
    [one] Escribe un comentario de como máximo un carácter.
   *[other] Escribe un comentario de 1 a { $max } caracteres.
}
colleagues-error-reason = { $max ->
    [one] Indica un motivo de como máximo un carácter.
   *[other] Indica un motivo de 1 a { $max } caracteres.
}
colleagues-error-own = Formas parte del equipo de esta propuesta: solo tus compañeros pueden apoyarla.
colleagues-hide-confirm-title = ¿Ocultar este comentario?
colleagues-hide-consequence = El comentario a «{ $proposal }» dejará de mostrarse al equipo y a los compañeros; verán que el administrador lo ocultó, y el motivo. La acción queda en el registro de auditoría.
colleagues-hide = Ocultar el comentario
colleagues-hide-reason = Motivo que verán los lectores
colleagues-team-link = Lo que dicen los compañeros de esta propuesta

# The API documentation of colleagues' feedback.
api-docs-field-ColleagueComment-author = El compañero que lo escribió; vacío si lo escribió el equipo o si el autor fue borrado.
api-docs-field-ColleagueComment-body = El texto; vacío una vez que un administrador lo ocultó.
api-docs-field-ColleagueComment-by-team = Escrito por un miembro del equipo de la propuesta.
api-docs-field-ColleagueComment-hidden-reason = Por qué lo ocultó un administrador.
api-docs-field-ColleagueFeedback-comments = Del más antiguo al más reciente.
api-docs-field-ColleagueFeedback-may-comment = Quien llama puede comentar ahora.
api-docs-field-ColleagueFeedback-may-support = Quien llama puede apoyarla ahora.
api-docs-field-ColleagueFeedback-supported-by-caller = Quien llama la apoya.
api-docs-field-ColleagueFeedback-supporters = Cuántos compañeros apoyan la propuesta.
api-docs-op-get-proposal-comments = El número de apoyos de una propuesta y sus comentarios, para su equipo, los administradores del ayuntamiento y los compañeros mientras la convocatoria está abierta.
api-docs-param-get-proposal-comments-id = El id de la propuesta
api-docs-reply-get-proposal-comments-200 = El número de apoyos y los comentarios
api-docs-reply-get-proposal-comments-403 = Quien llama no puede participar en la convocatoria como compañero
api-docs-reply-get-proposal-comments-404 = Ninguna propuesta presentada del ayuntamiento con este id cuya convocatoria deje participar a los compañeros y que quien llama pueda leer
api-docs-schema-ColleagueComment = Un comentario a una propuesta.
api-docs-schema-ColleagueFeedback = Lo que dicen los compañeros de una propuesta.
