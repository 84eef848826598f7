# Inicio y cierre de sesión, cuentas, invitaciones y página de personas.

signin-title = Iniciar sesión
signin-sso-heading = Personal del ayuntamiento
signin-sso-button = Iniciar sesión con la cuenta del ayuntamiento
signin-local-heading = Personas expertas invitadas
signin-platform-heading = Operadores y coordinadores de la red
signin-demo-link = Demostración: iniciar sesión como persona de ejemplo
signin-failed = La dirección de correo electrónico o la contraseña no son correctas.
signin-throttled = Demasiados intentos. Es necesario esperar 15 minutos antes de volver a intentarlo.
sso-error-not-configured = Esta ciudad todavía no ha configurado el inicio de sesión con sus propias cuentas.
sso-error-state = El inicio de sesión ha tardado demasiado o se ha interrumpido. Es necesario volver a empezar.
sso-error-unavailable = En este momento no se puede acceder al servicio de inicio de sesión de la ciudad. Se puede volver a intentar más tarde.
sso-error-refused = El servicio de inicio de sesión de la ciudad no ha confirmado la identidad. Es necesario volver a empezar.

account-title = Mi cuenta
account-roles = Roles

role-operator = Operador de la plataforma
role-coordinator = Coordinador de la red
role-tenant-admin = Administrador de la ciudad
role-juror = Miembro del jurado
role-mentor = Mentor
role-employee = Personal municipal

demo-signin-title = Inicio de sesión de demostración
demo-signin-intro = Esta página solo existe en el sitio de demostración. Al elegir una persona de ejemplo se puede ver la plataforma desde su rol.
demo-signin-as = Iniciar sesión como esta persona

accept-title = Elegir la contraseña
accept-submit = Guardar la contraseña e iniciar sesión
password-hint = Al menos 12 caracteres. Una frase corta es fácil de recordar y difícil de adivinar.
password-too-short = La contraseña debe tener al menos 12 caracteres.
password-too-long = La contraseña puede tener como máximo 256 caracteres.
password-mismatch = Las dos contraseñas no coinciden.

invitations-title = Invitar a personas expertas externas
invitation-created = La invitación está lista. Este enlace debe enviarse a la persona invitada; funciona una sola vez, durante 14 días:
invite-submit = Crear la invitación
invitations-sent = Invitaciones
invitations-none = Todavía no se ha invitado a nadie.
invitation-state = Estado
invitation-accepted = Aceptada
invitation-expired = Caducada
invitation-pending = Pendiente, válida hasta el { $date }
invitation-revoked = Revocada
invitation-actions = Acciones
invitation-revoke = Revocar
invitation-revoke-title = ¿Revocar la invitación?
invitation-revoke-consequence = El enlace enviado a { $email } dejará de funcionar; la persona no recibirá ningún aviso. No se puede deshacer.
invitation-revoke-confirm = Sí, revocar la invitación
invitation-revoke-cancel = Cancelar
invitation-revoke-accepted = Esta invitación ya ha sido aceptada y ya no se puede revocar. Para retirar el rol, use la página de personas.
invitation-revoke-revoked = Esta invitación ya ha sido revocada.
invitation-revoke-expired = Esta invitación ha caducado: su enlace ya no funciona.
invite-error-email = Introduzca una dirección de correo electrónico como nombre@ejemplo.es.
invite-error-name = Introduzca el nombre de la persona (200 caracteres como máximo).
invite-error-role = Elija miembro del jurado o mentor.

sso-title = Inicio de sesión con las cuentas de la ciudad
sso-saved = La configuración se ha guardado.
sso-redirect-uri = Registre esta dirección de redirección en su proveedor de identidad:
sso-issuer = URL del emisor (issuer)
sso-client-id = ID de cliente
sso-client-secret = Secreto de cliente
sso-secret-kept = Hay un secreto guardado que nunca se muestra. Para conservarlo, deje este campo vacío.
sso-secret-needed = Pegue el secreto que el proveedor de identidad ha asignado a este cliente.
sso-scopes = Ámbitos (scopes)
sso-email-claim = Atributo (claim) con la dirección de correo electrónico
sso-name-claim = Atributo con el nombre visible
sso-division-claim = Atributo con la dirección (unidad organizativa)
sso-grade-claim = Atributo con la categoría profesional
sso-error-issuer = Introduzca la dirección del emisor, por ejemplo https://login.ejemplo.es.
sso-error-issuer-https = La dirección del emisor debe empezar por https://.
sso-error-client-id = Introduzca el ID de cliente (255 caracteres como máximo).
sso-error-secret = Introduzca el secreto de cliente (1024 caracteres como máximo).
sso-error-scopes = Los ámbitos deben incluir openid.
sso-error-claim = Utilice un nombre de atributo formado por letras, dígitos, puntos, guiones o guiones bajos.
sso-error-discovery = No se ha podido leer el documento de descubrimiento (discovery) del proveedor de identidad en esta dirección.

people-title = Personas
people-search = Buscar por nombre o correo electrónico
people-none = No hay resultados.
people-status = Estado
people-local = persona invitada, inicia sesión con contraseña
people-active = Activo
people-inactive = Desactivado
people-deactivate = Desactivar
people-activate = Reactivar

operator-title = Consola del operador
operator-slug = Nombre en la dirección
operator-active = Activa


tokens-title = Tokens de API
tokens-intro = Un token permite que otro sistema utilice la API de la ciudad en nombre del administrador que lo creó. Debe mantenerse en secreto y revocarse cuando ya no sea necesario.
tokens-created = El token está listo. Cópielo ahora: no se volverá a mostrar.
tokens-name = Nombre (para qué sirve el token)
tokens-create = Crear un token
tokens-prefix = Empieza por
tokens-created-on = Creado el
tokens-last-used = Último uso
tokens-revoked = Revocado
tokens-revoke = Revocar
token-error-name = Asigne al token un nombre de 120 caracteres como máximo.
sso-extra-claims = Otros atributos que se conservan para las reglas de admisión (nombres separados por espacios)
sso-error-extra-claims = Indique nombres de atributos formados por letras, cifras, puntos, guiones o guiones bajos, separados por espacios (ni categoría profesional ni dirección).

account-preferences = Preferencias
account-language = Idioma de las páginas
account-language-browser = El que pida mi navegador
account-notify-by-email = Enviarme también las notificaciones por correo electrónico
account-data = Sus datos
account-export = Descargar todo lo que la plataforma conserva sobre usted (JSON)
account-erasure-explained = Puede solicitar la supresión: se eliminan el nombre, la dirección de correo y la identidad, y sus propuestas se conservan sin su nombre. Una persona administradora del ayuntamiento confirma la solicitud.
account-erasure-request = Solicitar la supresión
account-erasure-pending = Ha solicitado la supresión; una persona administradora del ayuntamiento la confirmará.
people-erasure-requested = Ha solicitado la supresión
people-erase = Suprimir ahora
person-erased = Antiguo participante n.º { $id }
sso-test = Probar la conexión
sso-test-ok = El proveedor de identidad ha respondido: se han podido leer su documento de descubrimiento y sus claves.
sso-test-private = La dirección del emisor { $host } es una dirección de red privada o local, con la que este servidor no se comunica.
sso-test-failed = No se ha podido contactar con el proveedor de identidad o no ha respondido como debería. Detalle técnico: { $reason }

# The API's documentation page (/api/v1/docs).
api-docs-title = La API de la ciudad
api-docs-intro = Otros sistemas pueden leer las convocatorias de la ciudad y redactar propuestas mediante esta interfaz JSON. A continuación figuran sus operaciones y la forma de los datos que intercambian.
api-docs-server = Dirección de la interfaz
api-docs-auth = Autenticación
api-docs-auth-detail = Envíe «Authorization: Bearer» seguido de un token de API de esta ciudad. Los administradores de la ciudad crean los tokens en la página de tokens de API; un token actúa en nombre del administrador que lo creó. Un navegador con la sesión iniciada puede usar su sesión en su lugar, enviando el token CSRF de la página en la cabecera X-CSRF-Token con cada cambio.
api-docs-errors = Errores
api-docs-errors-detail = Cada error es un documento de problema (RFC 9457, application/problem+json) con type, title, status y detail; title y detail están en el idioma de la cabecera Accept-Language. Los campos no válidos se indican en errors.
api-docs-document = Descripción legible por máquinas
api-docs-operations = Operaciones
api-docs-needs-token = Requiere un token de API (o una sesión iniciada).
api-docs-public = Abierta a todos; el token es opcional.
api-docs-parameters = Parámetros
api-docs-name = Nombre
api-docs-location = Dónde
api-docs-type = Tipo
api-docs-required = Obligatorio
api-docs-description = Descripción
api-docs-yes = sí
api-docs-no = no
api-docs-request-body = Cuerpo de la solicitud
api-docs-responses = Respuestas
api-docs-status = Estado
api-docs-content-type = Tipo de contenido
api-docs-schemas = Forma de los datos
api-docs-one-of = Una de estas formas:
api-docs-values = Valores posibles
api-docs-fields = Campos
api-docs-in-path = ruta
api-docs-in-query = cadena de consulta
api-docs-in-header = cabecera
api-docs-op-get-openapi = Esta descripción, en formato OpenAPI 3.1
api-docs-op-get-docs = Esta página
api-docs-op-list-calls = Todas las convocatorias publicadas de la ciudad
api-docs-op-get-call = Una convocatoria publicada
api-docs-op-list-call-proposals = Todas las propuestas de una convocatoria, para los administradores de la ciudad
api-docs-op-create-proposal = Iniciar un borrador de propuesta en una convocatoria abierta
api-docs-op-list-my-proposals = Las propuestas en cuyo equipo está quien llama
api-docs-op-get-proposal = Una de las propias propuestas
api-docs-op-save-proposal = Guardar los campos de una propuesta, hasta el plazo de la convocatoria
api-docs-op-submit-proposal = Presentar una propuesta a la convocatoria, hasta el plazo
api-docs-op-withdraw-proposal = Retirar una propuesta, hasta el plazo de la convocatoria
api-docs-op-get-me = La persona en cuyo nombre actúa la solicitud
api-docs-op-list-people = Las personas de la ciudad, para sus administradores
tokens-docs-link = Cómo usar la API: su documentación
sso-post-logout-uri = Registre también esta dirección de vuelta tras cerrar sesión, para que cerrar sesión aquí la cierre también en el proveedor:
sso-test-end-session = También anuncia el cierre de sesión (end_session_endpoint): cerrar sesión aquí la cierra también allí.
sso-test-no-end-session = No anuncia cierre de sesión (end_session_endpoint): quien cierra sesión aquí sigue con la sesión abierta en el proveedor.
accept-role-title = Aceptar la invitación
accept-role-offered = Función ofrecida: { $role }
accept-role-submit = Aceptar la función
accept-role-sign-in-first = Ya existe una cuenta con esta dirección de correo. Inicie sesión con esa cuenta y vuelva a abrir este enlace: la función se añade a la cuenta y su contraseña no cambia.
accept-role-sign-in = Iniciar sesión
people-error-admin-on-jury = Esta persona forma parte de un jurado
    .detail = Un administrador ve quién escribió cada propuesta y por eso no puede evaluarlas: quite primero a la persona del jurado de las convocatorias aún por evaluar.

## Issue 20, people page: filters, paging, role badges, attributes
people-filters = Filtrar personas
people-filter-role = Rol
people-filter-any = Cualquiera
people-division = Área
people-grade = Categoría
people-filter-clear = Quitar filtros
people-found =
    { $count ->
    [one] { $count } persona
   *[other] { $count } personas
    }
people-no-role = Sin rol
people-juror-of-call = Jurado de una convocatoria
people-grant = Conceder: { $role }
people-revoke = Quitar: { $role }
people-pages = Páginas de la lista
people-previous = Anterior
people-next = Siguiente
people-back = Volver a personas
people-attributes-saved = Atributos guardados.
people-attributes = Área y categoría
people-attributes-intro = Las convocatorias pueden limitarse a un área o categoría. Indíquelas aquí cuando el acceso de la ciudad no las envía.
people-attribute-none = Ninguna
people-from-sso = del claim SSO `{ $claim }`: se cambia en el proveedor de identidad
people-grade-hint = Una de las categorías de la ciudad, u otro nombre.
people-error-division = Elija una de las áreas de la ciudad.
people-error-sso-owned = Este atributo viene del acceso de la ciudad (SSO) y no se puede cambiar aquí.
people-error-grade = Escriba una categoría de como máximo { $max } caracteres, en una línea.
