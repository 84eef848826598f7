# An edition's whole life: archiving, new editions, network templates.

admin-call-archive = Archivar la convocatoria
admin-call-offer-template = Ofrecer a la red como plantilla
admin-call-withdraw-template = Retirar la plantilla
call-archived-on = Archivada el { $date }
call-fact-archived = Archivada
call-template-since = Ofrecida a la red como plantilla desde el { $date }.
call-archived-read-only = Esta convocatoria está archivada: ni ella ni sus propuestas, evaluaciones, decisiones y proyectos pueden modificarse ya.
call-origin = Creada a partir de:
call-start-from = Partir de una convocatoria existente
call-start-from-city = Una nueva edición de una de sus convocatorias
call-start-from-network = De la red
call-templates-none = Ninguna otra ciudad ofrece todavía una convocatoria como plantilla.
call-start-blank = O empezar con una convocatoria en blanco
call-year = Año
call-new-edition = Nueva edición
call-copy-template = Copiar esta plantilla
call-copy-done = Se ha creado un nuevo borrador a partir de la convocatoria, con las fechas desplazadas años enteros. Revíselo antes de publicarlo.
call-copy-dropped-categories = Estas categorías no tienen equivalente entre las de su ciudad y se han omitido: { $categories }.
call-copy-unknown-attribute = La regla de elegibilidad usa el atributo «{ $attribute }», que su ciudad no tiene: el borrador queda abierto a todo el personal hasta que fije una regla.
confirm-archive-call-title = ¿Archivar «{ $call }»?
confirm-archive-call-read-only = La convocatoria, sus propuestas, evaluaciones, decisiones y proyectos pasan a ser de solo lectura para siempre; la convocatoria sigue en todas las cifras de la red.
confirm-archive-call-open-projects = { $count ->
    [0] Ningún proyecto sigue abierto.
    [one] { $count } proyecto sigue abierto y quedará como está:
   *[other] { $count } proyectos siguen abiertos y quedarán como están:
}
confirm-archive-call-project = { $title } ({ $status })
confirm-archive-call-button = Archivar
confirm-template-title = ¿Ofrecer «{ $call }» a la red como plantilla?
confirm-template-shown = Los administradores de cada ciudad verán sus textos, categorías, criterios, elegibilidad, premios y ajustes, y podrán copiarlos; no se muestra ningún nombre de persona ni ninguna propuesta.
confirm-template-withdraw = Puede retirarla en cualquier momento; las copias ya hechas conservan su vínculo.
confirm-template-button = Ofrecer como plantilla
network-formats-travelled = Formatos de convocatoria que viajaron
