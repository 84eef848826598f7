# Convocatorias de ideas: la página de inicio de una ciudad y la página de una convocatoria.

tenant-home-title = Convocatorias de ideas
open-calls = Convocatorias abiertas
open-calls-none = En este momento no hay ninguna convocatoria abierta.
other-calls = Convocatorias en curso y anteriores
other-calls-none = Todavía no hay convocatorias anteriores.
back-to-calls = Todas las convocatorias de esta ciudad

call-phase-draft = Borrador
call-phase-open = Abierta a propuestas
call-phase-review = En evaluación
call-phase-results = Resultados publicados
call-phase-implementation = En implantación
call-phase-archived = Archivada

call-deadline = Propuestas hasta el { $date }
call-results-on = Resultados el { $date }
call-proposals-submitted = { $count ->
    [one] Una propuesta presentada
   *[other] { $count } propuestas presentadas
}

call-facts = Datos clave
call-opens = Apertura
call-closes = Fin del plazo de presentación
call-results = Resultados
call-team = Equipo
call-team-size = { $size ->
    [one] Una sola persona, sin equipo
   *[other] De forma individual o en equipos de hasta { $size } personas
}
call-eligibility = Quién puede participar
eligibility-everyone = Todo el personal del ayuntamiento
eligibility-all-except = Todo el personal, excepto las personas cuya { $attribute } sea { $values }
eligibility-only = Solo el personal cuya { $attribute } sea { $values }
attribute-grade = categoría profesional
attribute-division = dirección
call-headcount = Personal con derecho a participar
call-headcount-value = { $count ->
    [one] Una persona
   *[other] { $count } personas
}
call-awards = Premios
call-awards-value = { $count ->
    [0] No hay premios previstos
    [one] Un premio
   *[other] { $count } premios
}
call-budget = Presupuesto para la implantación
call-timezone-note = Las fechas y horas corresponden a la zona horaria { $zone }.
call-categories = Categorías
call-figures = En cifras
call-figure-submitted = propuestas presentadas
call-figure-awarded = propuestas premiadas

network-category-service-quality = Calidad del servicio
network-category-new-services = Nuevos servicios
network-category-environment = Medio ambiente
network-category-organisational-development = Desarrollo organizativo
network-category-employee-welfare = Bienestar del personal
network-category-informatics = Informática
network-category-operative-efficiency = Eficiencia operativa

call-title = Título
call-description = Descripción
call-phase = Fase
call-take-part = Participar
call-not-accepting = Esta convocatoria no admite propuestas.
call-sign-in-to-propose = Iniciar sesión para redactar una propuesta
call-role-cannot-propose = Las propuestas las redacta el personal del ayuntamiento.
call-propose = Redactar una propuesta
eligibility-refused = No es posible participar en esta convocatoria: la participación depende de la { $attribute }, que en su caso es «{ $yours }».

admin-calls-title = Convocatorias
admin-calls-new = Nueva convocatoria
admin-calls-none = La ciudad todavía no tiene convocatorias.
admin-call-scheduled = (publicada: se abrirá automáticamente en su fecha)
admin-call-edit = Editar la convocatoria
admin-call-texts = Título y descripción en cada idioma de la ciudad (el idioma predeterminado es obligatorio)
admin-call-dates = Fechas
admin-call-rules = Reglas
admin-call-team-size = Tamaño máximo del equipo, en personas
admin-eligibility-all-except = Todo el mundo, excepto quienes tengan en el atributo uno de los valores
admin-eligibility-only = Solo quienes tengan en el atributo uno de los valores
admin-eligibility-attribute = Atributo
admin-eligibility-values = Valores, separados por comas
admin-call-reviews = Evaluaciones por propuesta
admin-call-budget = Presupuesto para la implantación, en euros
admin-call-authors-public = Mostrar los nombres de las personas autoras después de los resultados
admin-call-criteria = Criterios de evaluación
admin-criterion-name = Criterio
admin-criterion-weight = Peso
admin-criterion-scale = Escala (puntuación máxima)
admin-award-name = Premio
admin-award-sponsor = Patrocinador
admin-award-prize = Dotación
admin-call-actions = Gestión de la convocatoria
admin-call-publish = Publicar: abrir en la fecha de apertura
admin-call-new-deadline = Nuevo plazo de presentación
admin-call-extend = Ampliar el plazo
admin-call-close = Cerrar ya la presentación de propuestas

call-error-title-length = Un título tiene como máximo 200 caracteres, y una descripción, como máximo 10.000.
call-error-title = Una descripción necesita un título en el mismo idioma.
call-error-default-title = Indique el título en el idioma predeterminado de la ciudad.
call-error-categories = Ofrezca al menos una categoría.
call-error-date = Introduzca una fecha y una hora, por ejemplo 2026-12-31 12:00.
call-error-time-gap = Esta hora no existe en la zona horaria de la ciudad (el cambio de hora se la salta). Elija otra.
call-error-order = La convocatoria debe abrirse antes de que termine el plazo, y el plazo debe terminar antes de los resultados.
call-error-team = El tamaño del equipo debe estar entre 1 y 10.
call-error-reviews = El número de evaluaciones debe estar entre 1 y 10.
call-error-headcount = El número de personas con derecho a participar debe estar entre 1 y 10.000.000.
call-error-budget = El presupuesto debe ser un número entero de euros, como máximo 100.000.000.
call-error-eligibility = Elija una regla, un atributo y al menos un valor (o todo el mundo).
call-error-criterion = Cada criterio necesita un nombre, un peso de 1 a 100 y una escala de 2 a 10.
call-error-criteria = Indique al menos un criterio de evaluación.
call-error-award = Cada premio necesita un nombre (120 caracteres como máximo).
call-error-extension = El nuevo plazo debe ser posterior al actual y anterior a los resultados.
call-kind-ideas = Convocatoria abierta de ideas
call-kind-cocreation = Cocreación a partir de retos
