# Email: the queue, a person's choices per kind, unsubscribing, digests, delivery failures.

## The kinds of email a person chooses about
mail-kind-call-opened = Se abre una convocatoria en la que puedo participar
mail-kind-deadline = Se acerca el plazo de una convocatoria
mail-kind-draft = Mi borrador aún no está enviado
mail-kind-announcement = Avisos sobre una convocatoria
mail-kind-proposal = Mis propuestas y sus equipos
mail-kind-review = Mis evaluaciones como miembro del jurado
mail-kind-results = Los resultados de mis propuestas
mail-kind-project = Los proyectos de implantación en los que participo
mail-kind-cocreation = Retos y equipos que buscan a alguien de mi servicio

mail-cadence-now = Al momento
mail-cadence-daily = En un resumen diario
mail-cadence-weekly = En un resumen semanal
mail-cadence-never = Nunca

## The email itself
mail-open = Abrir en el sitio
mail-footer-why = Recibe este correo porque participa en las convocatorias de ideas de { $city }.
mail-footer-choices = Elegir qué correos recibe
mail-footer-unsubscribe = Darse de baja de estos correos
mail-digest-subject = { $city } · { $count ->
    [one] { $count } notificación
   *[other] { $count } notificaciones
}

## The choices page
mail-choices-link = Elegir qué notificaciones llegan también por correo
mail-choices-title = Notificaciones por correo
mail-choices-intro = Para cada tipo de notificación, elija si llega también por correo al momento, en un resumen o nunca. En el sitio encontrará siempre todas las notificaciones.
mail-choices-email-off = Ha desactivado el correo para todas las notificaciones en la página de su cuenta, así que no se envía ninguno de estos.
mail-choices-saved = Sus preferencias se han guardado.
mail-choice-required = Su función exige estos correos: elija al momento o un resumen.
mail-choice-required-hint = Su función exige estos correos, así que no se pueden desactivar; puede recibirlos en un resumen.
mail-choices-digest-time = Los resúmenes se envían a las { $hour }:00, hora de la ciudad: el diario cada mañana y el semanal los lunes.

## Unsubscribing from an email's link
mail-unsubscribe-title = Darse de baja
mail-unsubscribe-kind = Correos
mail-unsubscribe-now = Los recibe
mail-unsubscribe-button = Dejar de recibir estos correos
mail-unsubscribe-done = Hecho: ya no recibirá estos correos. Las notificaciones siguen en el sitio.
mail-unsubscribe-required = «{ $kind }»: su función exige estos correos, así que no se pueden detener. Puede recibirlos en un resumen.
mail-unsubscribe-choices = Elegir para cada tipo de correo

## The admin's view of the queue
mail-queue-title = Correos
mail-queue-intro = Las notificaciones salen por correo a través del servidor de correo de la ciudad o del de la plataforma. Los correos que un servidor rechazó aparecen aquí con su respuesta.
mail-queue-counts = Correos por estado
mail-queue-state = Estado
mail-queue-emails = Correos
mail-queue-failures = Correos fallidos y rechazados
mail-queue-no-failures = Ningún correo ha fallado ni ha sido rechazado.
mail-queue-person = Para
mail-queue-kind = Tipo
mail-queue-when = Escrito el
mail-queue-error = La respuesta del servidor de correo
mail-state-queued = Pendiente de envío
mail-state-held = Retenido para un resumen
mail-state-sent = Enviado
mail-state-failed = Fallido tras varios intentos
mail-state-bounced = Rechazado por el servidor de correo
mail-state-skipped = No enviado (sin servidor de correo, o no deseado)
mail-retry = Reintentar
mail-retry-title = ¿Enviar este correo de nuevo?
mail-retry-consequence = El correo vuelve a la cola y sale en pocos segundos; la persona puede recibirlo con retraso.
