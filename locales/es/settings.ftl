# La configuración de una ciudad: idiomas, nombres, color, plantilla, direcciones.

settings-title = Configuración de la ciudad
settings-names = El nombre de la ciudad en cada idioma (opcional; si no se indica, se usa el nombre dado al crearla)
settings-grades = Personal por categoría profesional (para las cifras de participación de las convocatorias limitadas a una categoría profesional)
settings-employees = Personas empleadas
settings-error-contrast = El texto blanco se lee mal sobre este color: conviene elegir uno más oscuro (contraste de al menos 4,5 a 1).
settings-error-grade = Cada categoría profesional necesita un nombre (80 caracteres como máximo, sin repetir) y un número entero de personas empleadas.

divisions-title = Direcciones
divisions-current = Direcciones actuales
divisions-none = La ciudad todavía no tiene direcciones.
divisions-csv = Direcciones que se van a importar, en CSV: una línea por dirección, primero el código y después el nombre
divisions-csv-hint = Por ejemplo: AMB,Dirección de Medio Ambiente. Se omite una primera línea "code,name". Las direcciones cuyo código ya existe cambian de nombre y las nuevas se añaden; no se elimina nada.
divisions-check-button = Comprobar la lista
divisions-preview = Vista previa
divisions-line = Línea
divisions-code = Código
divisions-check = Comprobación
divisions-import = Importar estas direcciones
divisions-error-columns = Indique exactamente dos columnas: código y nombre.
divisions-error-code = El código está vacío, supera los 40 caracteres o contiene caracteres distintos de letras, dígitos, puntos, guiones y guiones bajos.
divisions-error-name = El nombre está vacío o supera los 200 caracteres.
divisions-error-duplicate = Este código ya aparece en una línea anterior.
divisions-error-empty = La lista está vacía.
divisions-error-too-many = Se pueden importar como máximo 2.000 direcciones a la vez.
divisions-rows-wrong = { $count ->
    [one] Hay una línea que corregir; no se ha importado nada.
   *[other] Hay { $count } líneas que corregir; no se ha importado nada.
}
divisions-imported = Importación completada. Direcciones añadidas: { $added }; con nombre cambiado: { $renamed }.

categories-title = Categorías
categories-intro = Las categorías que ofrecen las convocatorias del ayuntamiento. Cada una corresponde a una de las categorías comunes de la red, para poder comparar las ciudades.
categories-network = Categoría de la red
categories-new = Nueva categoría
categories-add = Añadir la categoría
category-error-name = Asigne a la categoría un nombre de 120 caracteres como máximo.
category-error-taken = Otra categoría ya tiene este nombre.
category-error-network = Elija una de las categorías de la red.

settings-logo = Logotipo
settings-logo-file = El logotipo de la ciudad (PNG o JPEG, 512 KB como máximo), que se muestra junto a su nombre
settings-mail = Servidor de correo propio de la ciudad (opcional)
settings-smtp-url = Servidor SMTP
settings-smtp-hint = Por ejemplo smtp://usuario:contraseña@correo.ejemplo.es:587?tls=required. Se guarda sellado y nunca se vuelve a mostrar; deje ambos campos vacíos para usar el servidor de la plataforma.
settings-mail-from = Remitente, por ejemplo Ideas <ideas@ejemplo.es>
settings-error-logo = El logotipo debe ser una imagen PNG o JPEG
    .detail = Elija un archivo PNG o JPEG de 512 KB como máximo.
settings-error-mail = Los ajustes de correo no son válidos
    .detail = Indique una URL SMTP como smtp://correo.ejemplo.es:587?tls=required y un remitente como Ideas <ideas@ejemplo.es>, o deje ambos vacíos.
