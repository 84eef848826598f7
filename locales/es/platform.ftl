# La consola de los operadores: ciudades, estado, creación y suspensión.

operator-new-city = Nueva ciudad
operator-open-calls = Convocatorias abiertas
operator-sso = Inicio de sesión de la ciudad
operator-sso-configured = Configurado
operator-sso-missing = Sin configurar todavía
operator-suspend = Suspender
operator-resume = Reactivar
operator-create = Crear la ciudad
operator-created = La ciudad se ha creado:
operator-created-admin = Este enlace debe enviarse a su primer administrador; funciona una sola vez, durante 14 días, y permite elegir una contraseña:
operator-field-slug = Nombre en la dirección
operator-hint-slug = De 2 a 40 letras minúsculas, dígitos o guiones, empezando por una letra; las páginas de la ciudad están en /t/nombre-direccion/.
operator-field-name = Nombre de la ciudad
operator-field-hosts = Nombres de host propios de la ciudad (opcional)
operator-hint-hosts = Separados por espacios, por ejemplo ideas.murcia.example; sin https:// ni puerto.
operator-field-locales = Idiomas
operator-field-default-locale = Idioma predeterminado
operator-field-timezone = Zona horaria
operator-hint-timezone = Con el nombre que le da la IANA, por ejemplo Europe/Rome.
operator-field-headcount = Número de personas empleadas
operator-field-colour = Color de las páginas de la ciudad
operator-hint-colour = En formato #rrggbb; el texto blanco debe seguir siendo legible sobre este color.
operator-field-admin-email = Dirección de correo electrónico del primer administrador
operator-hint-admin = Recibe la invitación mediante un enlace y configura el inicio de sesión propio de la ciudad.
operator-field-admin-name = Nombre del primer administrador

tenant-error-slug = Utilice de 2 a 40 letras minúsculas, dígitos o guiones, empezando por una letra.
tenant-error-reserved = Este nombre en la dirección está reservado por la plataforma; elija otro.
tenant-error-duplicate-slug = Ya existe una ciudad con este nombre en la dirección.
tenant-error-name = Introduzca el nombre de la ciudad (120 caracteres como máximo).
tenant-error-host = Introduzca nombres de host como ideas.murcia.example, sin https:// ni puerto.
tenant-error-duplicate-host = Uno de estos nombres de host ya pertenece a una ciudad.
tenant-error-no-locales = Elija al menos un idioma.
tenant-error-default-locale = El idioma predeterminado debe ser uno de los idiomas elegidos.
tenant-error-timezone = Introduzca una zona horaria, por ejemplo Europe/Rome.
tenant-error-headcount = Introduzca un número entero de personas empleadas, como máximo 10.000.000.
tenant-error-colour = Escriba el color en formato #rrggbb, por ejemplo #1f4e8c.
tenant-error-admin-email = Introduzca la dirección de correo electrónico del primer administrador, por ejemplo nombre@ejemplo.es.

operator-last-sign-in = Último acceso
operator-never = Nunca
operator-check-sso = Comprobar
operator-sso-none = { $city } no ha configurado un acceso propio.
operator-sso-ok = El proveedor de identidad de { $city } responde.
operator-sso-failed = El proveedor de identidad de { $city } no responde como debería: { $reason }
tenant-error-unknown-locale = Solo se pueden activar los idiomas de la plataforma: it, en, fr, pt, nl, ro, es, hu.
