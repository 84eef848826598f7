# Textos comunes de la interfaz: estructura de la página, errores, números y fechas.

app-name = Innovato
skip-link = Saltar al contenido
language-switcher = Idioma
demo-banner = Sitio de demostración: todas las personas, propuestas y cifras que aparecen aquí son ficticias y tienen fines demostrativos, salvo las cifras publicadas de las ediciones de Innova.TO de Turín.
suspended-banner = El sitio de esta ciudad está suspendido: se puede consultar, pero no se puede modificar nada.
footer-platform = Innovato, convocatorias de ideas para administraciones municipales
footer-all-cities = Todas las ciudades

platform-title = Convocatorias de ideas en las ciudades de la red
platform-intro = El personal municipal propone innovaciones, un jurado elige las mejores sin saber quién las ha escrito y las propuestas ganadoras reciben acompañamiento hasta su implantación.
platform-cities = Ciudades
platform-no-cities = Todavía no se ha unido ninguna ciudad a la plataforma.
platform-city-languages = Idiomas:
platform-city-demo = Datos de demostración
platform-city-suspended = Suspendida

error-status = Código de error
error-back-home = Volver a la página de inicio
error-not-found = Página no encontrada
    .detail = No hay ninguna página en esta dirección. Es posible que se haya trasladado o que el enlace contenga un error.
error-unknown-tenant = Ciudad no encontrada
    .detail = Ninguna ciudad de esta plataforma utiliza esta dirección. Conviene comprobar el enlace o elegir una ciudad de la lista de todas las ciudades.
error-unavailable = Servicio no disponible temporalmente
    .detail = En este momento el servicio no puede acceder a sus datos. No se ha perdido nada de lo que se había guardado; se puede volver a intentar dentro de un minuto.
error-internal = Se ha producido un error en nuestro sistema
    .detail = El error ha quedado registrado y se revisará. No se ha perdido nada de lo que se había guardado; se puede volver a intentar.

# $amount ya viene formateado con la agrupación de dígitos propia del idioma.
money-eur = { $amount } €
# $day y $year son números; $month es el nombre del mes, tomado de month-1 … month-12.
date-long = { $day } de { $month } de { $year }
date-time = { $date }, a las { $time }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

session-unavailable-banner = En este momento no se ha podido comprobar la sesión. Es necesario volver a iniciar sesión; no se ha perdido nada de lo que se había guardado.
account-menu = Mi cuenta
menu = Menú
sign-in = Iniciar sesión
sign-out = Cerrar sesión
save = Guardar
search = Buscar
field-email = Correo electrónico
field-password = Contraseña
field-name = Nombre
field-role = Rol
field-new-password = Nueva contraseña
field-confirm-password = Repetir la nueva contraseña

error-sign-in-required = Es necesario iniciar sesión
    .detail = Esta página está reservada a personas que han iniciado sesión. Después de iniciar sesión, se volverá a esta misma página.
error-forbidden = Acción no permitida
    .detail = El rol asignado no permite esta acción. Si se considera que debería permitirla, conviene consultar al administrador de la ciudad.
error-csrf = Este formulario ha caducado
    .detail = Por seguridad, no se ha podido aceptar el formulario. Conviene volver atrás, recargar la página y enviarlo de nuevo.
error-bad-request = No se ha podido interpretar la solicitud
    .detail = Falta parte de los datos enviados o su formato no es válido. Conviene volver atrás y revisar el formulario.
error-invitation-invalid = Este enlace ya no funciona
    .detail = El enlace es desconocido, ya se ha utilizado o ha caducado. Se puede pedir uno nuevo a la persona que envió la invitación.
error-session-store = El inicio de sesión no está disponible temporalmente
    .detail = En este momento no se pueden comprobar las sesiones. Se puede volver a intentar dentro de un minuto.
error-session-lost = Es necesario volver a iniciar sesión
    .detail = En este momento no se puede comprobar la sesión. No se ha perdido nada de lo que se había guardado; se puede volver a iniciar sesión dentro de un minuto. Si se estaba enviando un formulario, no se ha guardado: al volver atrás en el navegador se recupera el texto escrito.

form-has-errors = Algunos campos requieren atención; no se ha perdido nada de lo escrito.
form-errors-heading = Revisa lo siguiente:
error-locked = No es posible en esta fase
    .detail = La convocatoria o la propuesta ha pasado a una fase en la que esto ya no se puede hacer.
error-deadline = El plazo ha terminado
    .detail = El plazo terminaba el { $deadline }. A partir de ese momento ya no se pueden crear, modificar, presentar ni retirar propuestas.

notifications-title = Notificaciones
notifications-none = No hay novedades.
notifications-new = Nuevas:
notification-submitted = Se ha presentado la propuesta «{ $title }», de cuyo equipo forma parte.
notification-team-invitation = { $name } le invita a formar parte del equipo de la propuesta «{ $title }».

audit-title = Registro de auditoría
audit-none = No hay entradas.
audit-when = Cuándo
audit-who = Quién
audit-what = Qué
audit-system = La plataforma (se alcanzó una fecha)


api-invalid = Algunos campos no son válidos
error-bad-token = El token de API no es válido
    .detail = El token es desconocido o se ha revocado. Se puede pedir uno nuevo al administrador de la ciudad.


error-too-large = El archivo es demasiado grande
    .detail = El archivo supera el tamaño que admite esta plataforma. Conviene reducir su tamaño y enviarlo de nuevo.
notification-in-review = La propuesta «{ $title }» está ahora en evaluación por el jurado.


error-suspended = El sitio de esta ciudad está suspendido
    .detail = Sus páginas se pueden consultar, pero no se puede modificar nada hasta que los operadores de la plataforma lo reactiven.
audit-from = Desde (fecha)
audit-to = Hasta (fecha)
audit-csv = Descargar en CSV
audit-checkpoint = Descargar un punto de control firmado del registro
audit-broken = El registro de auditoría no está íntegro: no se puede firmar un punto de control. Avise a los operadores de la plataforma.
audit-seq = N.º
error-rate-limited = Demasiadas solicitudes
    .detail = Ha enviado muchas solicitudes en poco tiempo. Espere un minuto y vuelva a intentarlo; no se ha perdido nada de lo que había guardado.

error-method-not-allowed = Esta dirección no acepta este método
    .detail = La solicitud usó un método HTTP que esta dirección no ofrece; la cabecera Allow indica los que acepta.
error-unsupported-media-type = El cuerpo de la solicitud no es JSON
    .detail = Esta dirección solo lee JSON: envíe el cuerpo con el Content-Type application/json.

# The console (issue 20, rule 1): the admin home, its side navigation, the header's admin link.
console-title = Administración
console-nav = Herramientas de administración
console-group-calls = Convocatorias y evaluación
console-group-implementation = Implementación
console-group-people = Personas y acceso
console-group-city = Ajustes de la ciudad
console-group-network = Red
console-attention = Requiere atención ahora
console-attention-none = Ahora mismo nada requiere su atención.
console-closing = las propuestas se cierran en { $days ->
        [one] 1 día
       *[other] { $days } días
    }
console-reviews = evaluaciones hechas: { $done } de { $expected }; jurados que aún no han puntuado nada: { $idle }
console-stalled = { $count ->
        [one] 1 proyecto estancado
       *[other] { $count } proyectos estancados
    }
console-opening = un administrador pidió revelar las identidades selladas; un segundo administrador debe confirmarlo
console-section-closing = Convocatorias a punto de cerrar
console-section-reviews = Evaluaciones atrasadas
console-section-stalled = Proyectos estancados
console-section-openings = Revelaciones de identidad pendientes de un segundo administrador
console-platform-tools = Sus herramientas
# issue 20, rule 3: confirmations before irreversible or far-reaching actions (confirm helper)
confirm-cancel = Cancelar
confirm-do = Confirmar
confirm-cannot-undo = Esta acción no se puede deshacer.
confirm-close-call-title = ¿Cerrar antes de plazo la convocatoria «{ $call }»?
confirm-close-call-eligible = { $count ->
    [one] { $count } empleado con derecho a participar ya no podrá presentar propuestas.
   *[other] { $count } empleados con derecho a participar ya no podrán presentar propuestas.
}
confirm-close-call-drafts = { $count ->
    [0] No queda ningún borrador sin presentar.
    [one] { $count } borrador no se ha presentado y ya no se presentará.
   *[other] { $count } borradores no se han presentado y ya no se presentarán.
}
confirm-close-call-button = Cerrar la convocatoria ahora
confirm-close-scoring-title = ¿Cerrar la evaluación de «{ $call }»?
confirm-close-scoring-final = Las puntuaciones pasan a ser definitivas: el jurado ya no podrá evaluar ni cambiar sus evaluaciones.
confirm-close-scoring-button = Cerrar la evaluación
confirm-publish-title = ¿Publicar los resultados de «{ $call }»?
confirm-publish-short = { $count ->
    [one] { $count } propuesta tiene menos de { $required } evaluaciones completas.
   *[other] { $count } propuestas tienen menos de { $required } evaluaciones completas.
}
confirm-publish-button = Publicar los resultados
confirm-withdraw-title = ¿Retirar esta propuesta?
confirm-withdraw-consequence = La propuesta sale definitivamente de la convocatoria: ya no podrá presentarse y el jurado no la leerá.
confirm-withdraw-button = Retirar la propuesta
confirm-grant-title = ¿Dar a { $person } el rol «{ $role }»?
confirm-grant-consequence = { $person } podrá hacer todo lo que permite el rol «{ $role }» desde la próxima página que abra.
confirm-grant-button = Dar el rol
confirm-revoke-role-title = ¿Quitar a { $person } el rol «{ $role }»?
confirm-revoke-role-consequence = { $person } ya no podrá hacer lo que permite el rol «{ $role }» desde la próxima página que abra.
confirm-revoke-role-button = Quitar el rol
confirm-deactivate-title = ¿Desactivar a { $person }?
confirm-deactivate-consequence = { $person } queda desconectado al instante en todas partes y ya no podrá iniciar sesión.
confirm-deactivate-button = Desactivar
confirm-erase-title = ¿Borrar a { $person }?
confirm-erase-consequence = El nombre, la dirección de correo y los atributos de { $person } se borran para siempre; sus propuestas se conservan, sin su nombre.
confirm-erase-button = Borrar para siempre
confirm-suspend-title = ¿Suspender { $city }?
confirm-suspend-consequence = { $count ->
    [one] { $count } persona activa ya no podrá cambiar nada en el sitio de la ciudad.
   *[other] { $count } personas activas ya no podrán cambiar nada en el sitio de la ciudad.
}
confirm-suspend-dialog = Nadie podrá cambiar nada en el sitio de la ciudad hasta que se reactive.
confirm-suspend-button = Suspender la ciudad
confirm-token-title = ¿Revocar el token «{ $token }»?
confirm-token-consequence = Todo programa que use este token queda rechazado al instante.
confirm-token-button = Revocar el token
# Audit log in sentences (issue 20, rule 5)
audit-platform = La plataforma
audit-anyone = Cualquiera
audit-any-action = Cualquier acción
audit-details = Detalles
audit-code = Código de la acción
audit-sentence = Qué ocurrió
audit-pages = Páginas del registro
audit-newer = ← Entradas más recientes
audit-older = Entradas más antiguas →
audit-page = Página { $page }
audit-group-call = Convocatorias
audit-group-review = Evaluación y puntuaciones
audit-group-jury = Jurados
audit-group-proposal = Propuestas
audit-group-identities = Identidades selladas
audit-group-project = Proyectos
audit-group-practice = Biblioteca de la red
audit-group-person = Personas
audit-group-role = Roles
audit-group-invitation = Invitaciones
audit-group-api-token = Tokens de API
audit-group-city = Ajustes de la ciudad
audit-group-category = Categorías
audit-do-unknown = { $actor } realizó la acción «{ $code }» sobre { $subject }.
audit-do-api-token-create = { $actor } creó el token de API «{ $name }».
audit-do-api-token-revoke = { $actor } revocó un token de API.
audit-do-call-announce = { $actor } envió el aviso ‘{ $name }’ { $count ->
    [one] a la única persona con derecho a participar
   *[other] a las { $count } personas con derecho a participar
} en la convocatoria ‘{ $call }’.
audit-do-call-close-early = { $days ->
    [0] { $actor } cerró antes de tiempo la convocatoria ‘{ $call }’, { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } antes de su plazo.
    [one] { $actor } cerró antes de tiempo la convocatoria ‘{ $call }’, { $days } día antes de su plazo.
   *[other] { $actor } cerró antes de tiempo la convocatoria ‘{ $call }’, { $days } días antes de su plazo.
}
audit-do-call-create = { $actor } creó la convocatoria ‘{ $call }’.
audit-do-call-extend = { $actor } prorrogó la convocatoria ‘{ $call }’ hasta el { $deadline }.
audit-do-call-phase = { $actor } pasó la convocatoria ‘{ $call }’ de la fase «{ $from }» a la fase «{ $to }».
audit-do-call-proposals-export = { $actor } exportó en CSV { $count ->
    [one] { $count } propuesta
   *[other] { $count } propuestas
} de la convocatoria ‘{ $call }’.
audit-do-call-publish = { $actor } publicó la convocatoria ‘{ $call }’.
audit-do-call-results = { $actor } publicó los resultados de la convocatoria ‘{ $call }’: { $count } { $total ->
    [one] premiada de { $total } propuesta
   *[other] premiadas de { $total } propuestas
}.
audit-do-call-update = { $actor } modificó la convocatoria ‘{ $call }’.
audit-do-category-create = { $actor } creó la categoría «{ $name }».
audit-do-category-update = { $actor } modificó la categoría «{ $name }».
audit-do-city-divisions = { $actor } importó las direcciones: { $added } añadidas, { $renamed } renombradas.
audit-do-city-logo = { $actor } cambió el logotipo de la ciudad.
audit-do-city-mail = { $actor } modificó los ajustes de correo de la ciudad.
audit-do-city-resume = El operador de la plataforma { $operator } reactivó la ciudad.
audit-do-city-settings = { $actor } modificó los ajustes de la ciudad.
audit-do-city-sign-in = { $actor } modificó los ajustes de acceso de la ciudad.
audit-do-city-stalled-after-days = { $actor } estableció que un proyecto está estancado tras { $days ->
    [one] { $days } día
   *[other] { $days } días
} sin novedades.
audit-do-city-suspend = El operador de la plataforma { $operator } suspendió la ciudad.
audit-do-identities-open = { $actor } abrió las identidades selladas de la convocatoria ‘{ $call }’.
audit-do-identities-open-request = { $actor } pidió abrir las identidades selladas de la convocatoria ‘{ $call }’ (motivo: { $reason }).
audit-do-invitation-accept = { $actor } aceptó una invitación como { $role }.
audit-do-invitation-revoke = { $actor } revocó una invitación como { $role }.
audit-do-invitation-send = { $actor } envió una invitación como { $role }.
audit-do-jury-add = { $actor } añadió a { $person } al jurado de la convocatoria ‘{ $call }’.
audit-do-jury-remove = { $actor } retiró a { $person } del jurado de la convocatoria ‘{ $call }’.
audit-do-mail-retry = { $actor } volvió a poner en cola un correo fallido para { $person }.
audit-do-person-attributes = { $actor } ha cambiado la división o la categoría de { $person }.
audit-do-person-deactivate = { $actor } desactivó a { $person }.
audit-do-person-erase = { $actor } borró los datos personales de { $person }.
audit-do-person-export = { $actor } exportó los datos personales de { $person }.
audit-do-person-reactivate = { $actor } reactivó a { $person }.
audit-do-practice-adopt = { $actor } adoptó una práctica de la biblioteca de la red para el proyecto ‘{ $project }’.
audit-do-practice-publish = { $actor } publicó la propuesta ‘{ $proposal }’ en la biblioteca de la red.
audit-do-project-budget = { $actor } modificó el presupuesto del proyecto ‘{ $project }’.
audit-do-project-mentor = { $actor } cambió el mentor del proyecto ‘{ $project }’.
audit-do-project-milestone = { $actor } añadió un hito al proyecto ‘{ $project }’.
audit-do-project-milestone-done = { $actor } marcó como alcanzado un hito del proyecto ‘{ $project }’.
audit-do-project-outcome = { $actor } registró el resultado del proyecto ‘{ $project }’.
audit-do-project-status = { $actor } cambió el estado del proyecto ‘{ $project }’.
audit-do-project-update = { $actor } publicó una novedad del proyecto ‘{ $project }’.
audit-do-proposal-decision = { $actor } decidió sobre la propuesta ‘{ $proposal }’: { $status }.
audit-do-proposal-comment-hide = { $actor } ocultó el comentario de un compañero a la propuesta ‘{ $proposal }’.
audit-do-proposal-redact = { $actor } ocultó un pasaje de la propuesta ‘{ $proposal }’.
audit-do-proposal-link = { $actor } vinculó la propuesta ‘{ $proposal }’ con una propuesta afín de la misma convocatoria.
audit-do-review-assign = { $actor } asignó { $count ->
    [one] { $count } evaluación más
   *[other] { $count } evaluaciones más
} para la convocatoria ‘{ $call }’.
audit-do-review-close = { $actor } cerró las puntuaciones de la convocatoria ‘{ $call }’.
audit-do-review-conflict = { $actor } declaró un conflicto de intereses sobre la propuesta ‘{ $proposal }’.
audit-do-review-reassign = { $actor } reasignó { $count ->
    [one] { $count } evaluación
   *[other] { $count } evaluaciones
} de la convocatoria ‘{ $call }’.
audit-do-review-score = { $actor } puntuó la propuesta ‘{ $proposal }’.
audit-do-review-start = { $actor } inició la evaluación de la convocatoria ‘{ $call }’ y asignó { $count ->
    [one] { $count } evaluación
   *[other] { $count } evaluaciones
}.
audit-do-role-grant = { $actor } otorgó a { $person } el rol { $role }.
audit-do-role-revoke = { $actor } retiró a { $person } el rol { $role }.
audit-do-call-copy = { $actor } inició la convocatoria ‘{ $call }’ a partir de otra convocatoria.
audit-do-call-template = { $actor } ofreció la convocatoria ‘{ $call }’ a la red como plantilla.
audit-do-call-template-withdraw = { $actor } retiró la convocatoria ‘{ $call }’ de las plantillas de la red.
audit-do-challenge-propose = { $actor } propuso el reto ‘{ $challenge }’.
audit-do-challenge-select = { $actor } seleccionó el reto ‘{ $challenge }’.
audit-do-challenge-decline = { $actor } descartó el reto ‘{ $challenge }’.
audit-do-challenge-merge = { $actor } unió el reto ‘{ $challenge }’ con otro.
audit-do-challenge-translate = { $actor } tradujo el reto ‘{ $challenge }’.
audit-do-facilitator-add = { $actor } nombró a { $person } facilitador de la convocatoria ‘{ $call }’.
audit-do-facilitator-remove = { $actor } retiró a { $person } el papel de facilitador de la convocatoria ‘{ $call }’.
audit-do-team-workshop = { $actor } registró un taller del equipo ‘{ $proposal }’.
