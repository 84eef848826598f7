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
