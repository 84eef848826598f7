# Propuestas: redacción, equipos y lista para la administración.

proposal-untitled = Propuesta sin título
proposal-heading = La propuesta
proposal-title = Título
proposal-summary = Resumen
proposal-problem = El problema
proposal-solution = La solución propuesta
proposal-benefits = Beneficios esperados (ahorro en euros, horas, energía…)
proposal-resources = Recursos necesarios
proposal-category = Categoría
proposal-language = Idioma de la propuesta
proposal-divisions = Direcciones implicadas
proposal-save = Guardar
proposal-saved-at = Guardada el { $time }.
proposal-limit = { $max ->
    [one] Como máximo, un carácter.
   *[other] Como máximo, { $max } caracteres.
}
proposal-error-too-long = { $max ->
    [one] Este texto es demasiado largo: como máximo, un carácter.
   *[other] Este texto es demasiado largo: como máximo, { $max } caracteres.
}
proposal-error-category = Elija una de las categorías de la convocatoria.
proposal-error-divisions = Elija como máximo 20 direcciones del ayuntamiento.
proposal-error-required = Rellene este campo antes de presentar la propuesta.
proposal-submission = Presentación
proposal-submit = Presentar la propuesta
proposal-withdraw = Retirar la propuesta

status-draft = Borrador
status-submitted = Presentada
status-withdrawn = Retirada
status-in-review = En evaluación
status-shortlisted = Preseleccionada
status-awarded = Premiada
status-not-selected = No seleccionada
status-in-implementation = En implantación
status-implemented = Implantada
status-stopped = Interrumpida

mine-title = Mis propuestas
mine-none = Todavía no hay propuestas. Para redactar una, se puede abrir una convocatoria.

team-title = Equipo
team-role = Rol
team-lead = Responsable
team-co-author = Coautor
team-pending = invitación pendiente de respuesta
team-invited = Invitación recibida
team-invited-heading = Invitación para unirse a este equipo
team-accept = Unirse al equipo
team-decline = Rechazar
team-invite-label = Correo electrónico o nombre completo de la persona
team-invite = Invitar
team-error-who = Introduzca el correo electrónico o el nombre completo de la persona.
team-error-ineligible = { $name } no puede participar en esta convocatoria.
team-error-unknown = No se ha encontrado a nadie del personal de esta ciudad que coincida con «{ $who }».
team-error-ambiguous = Hay varias personas que se llaman «{ $who }»: utilice el correo electrónico.
team-error-already = { $name } ya forma parte del equipo.
team-error-full = { $size ->
    [one] El equipo está completo: esta convocatoria admite una sola persona por propuesta.
   *[other] El equipo está completo: esta convocatoria admite como máximo { $size } personas por propuesta.
}

admin-proposals-title = Propuestas
admin-proposals-none = Ninguna propuesta coincide.
admin-proposals-csv = Descargar en CSV
csv-proposal-id = Número
csv-proposal-title = Título
csv-proposal-status = Estado
csv-proposal-category = Categoría
csv-proposal-divisions = Direcciones
csv-proposal-submitted-at = Fecha de presentación
csv-proposal-team = Equipo


attachment-title = Archivos adjuntos
attachment-none = No hay archivos adjuntos.
attachment-delete = Eliminar
attachment-choose = Adjuntar un archivo (PDF, PNG, JPEG o documento ofimático)
attachment-upload = Adjuntar
attachment-hint = Hasta { $count } archivos de { $mb } MB como máximo cada uno. Las evaluaciones son anónimas: el jurado recibe una copia sin los datos que podrían identificar a una persona (propiedades del documento, datos EXIF de las fotos, autores de comentarios y de cambios registrados).
attachment-size = { $kib ->
    [one] { $kib } KB
   *[other] { $kib } KB
}
attachment-error-type = No se admite este tipo de archivo
    .detail = Adjunte un archivo PDF, PNG o JPEG, o un documento de Word, Excel, PowerPoint u OpenDocument. El tipo se determina por el contenido del archivo, no por su nombre.
attachment-error-malformed = El archivo está dañado
    .detail = No se ha podido leer el archivo, así que no se pueden quitar los datos que podrían indicar su autor (las evaluaciones son anónimas). Guárdelo de nuevo desde el programa con el que se creó y vuelva a adjuntarlo.
attachment-error-encrypted = El archivo está protegido con contraseña o cifrado
    .detail = Las evaluaciones son anónimas y los datos que podrían indicar el autor no se pueden quitar de un archivo cifrado. Guárdelo sin protección y vuelva a adjuntarlo.
attachment-error-empty = No se ha elegido ningún archivo
    .detail = Elija un archivo para adjuntar.
attachment-error-count = La propuesta ya tiene el número máximo de archivos
    .detail = Elimine un archivo antes de adjuntar otro.
attachment-error-macros = No se admiten documentos con macros
    .detail = Guarde el documento sin macros (por ejemplo, como .docx en lugar de .docm) y vuelva a adjuntarlo.
attachment-error-history = El libro guarda un registro de sus cambios
    .detail = Las evaluaciones son anónimas, y el registro de un libro compartido indica quién cambió cada celda y qué contenía antes. Acepte o rechace los cambios registrados (o deje de compartir el libro), guárdelo y vuelva a adjuntarlo.
attachment-error-expands = El archivo es demasiado grande para comprobarlo
    .detail = Las evaluaciones son anónimas, por lo que se quitan de los documentos los nombres de quienes los comentaron o modificaron; el texto de este archivo, descomprimido, supera lo que se puede comprobar. Divídalo o adjúntelo como PDF.
proposal-error-key-reused = Esta clave de idempotencia ya se ha usado
    .detail = Se envió para otra convocatoria o con otro contenido: use una clave nueva para cada propuesta.

proposal-names-team = Las evaluaciones son anónimas, y estas partes de su propuesta nombran a alguien de su equipo. Puede guardar y enviar igualmente, pero quite los nombres:
proposal-names-team-in = Estas partes nombran a alguien de su equipo: { $fields }. Las evaluaciones son anónimas: quite los nombres.

# Employees know where they stand (issue 20): My proposals' columns, the page after submitting
mine-col-proposal = Propuesta
mine-col-call = Convocatoria
submitted-title = Propuesta presentada
submitted-lead = Su propuesta «{ $title }» se presentó el { $date }.
submitted-told = Usted y su equipo reciben un aviso en las notificaciones, y por correo electrónico si el ayuntamiento los envía.
submitted-next = Próximos pasos
submitted-edit = Hasta el { $date } todavía puede modificarla y guardarla: el jurado lee la propuesta tal como esté al cierre de la presentación.
submitted-review = A partir del { $date }, al cerrarse la presentación, el jurado evalúa las propuestas sin saber quién las escribió.
submitted-review-now = El jurado está evaluando las propuestas, sin saber quién las escribió.
submitted-results = Los resultados están previstos para el { $date }: recibirá una notificación cuando se publiquen.
submitted-results-later = Recibirá una notificación cuando se publiquen los resultados.
submitted-back = Volver a la propuesta
