# Evaluación anónima del jurado: las páginas de cada miembro del jurado, el jurado desde la administración, la clasificación y las decisiones.

review-title = Evaluaciones
review-blind-note = Cada propuesta se muestra sin datos de autoría: ni nombres, ni direcciones, ni fechas. Valore la idea por sus propios méritos.
review-no-calls = No forma parte del jurado de ninguna convocatoria.
review-call = Convocatoria
review-scoring = Puntuación
review-your-progress = Progreso
review-progress = { $done } de { $total } puntuadas
review-state-not-started = La puntuación aún no ha comenzado
review-state-open = La puntuación está abierta
review-state-closed = La puntuación está cerrada
review-none-assigned = Todavía no tiene propuestas asignadas.
review-proposal = Propuesta
review-label = Propuesta { $n }
review-scored = Puntuada
review-partly-scored = Puntuada en parte
review-not-scored = Sin puntuar
review-back = Volver a sus propuestas
review-attachment = Adjunto { $n } ({ $kind }, { $kib } KB)
review-scores = Sus puntuaciones
review-scale = Puntuación de 1 a { $scale } · peso { $weight }
review-comment = Comentario (opcional)
review-save = Guardar las puntuaciones
review-saved = Sus puntuaciones se han guardado. Puede cambiarlas hasta que se cierre la puntuación.
review-closed-note = La puntuación está cerrada: estas puntuaciones son definitivas.
review-conflict-heading = Conflicto de intereses
review-conflict-reason = Motivo por el que no debería evaluar esta propuesta (opcional; lo ven las personas administradoras de la ciudad)
review-conflict-declare = Declarar un conflicto y ceder esta propuesta a otro miembro del jurado
review-error-score = Indique un número entero dentro de la escala de este criterio o deje el campo vacío.
review-error-comment = Un comentario puede tener como máximo 2000 caracteres.
review-error-reason = El motivo puede tener como máximo 500 caracteres.
review-error-changed = Mientras tanto, sus puntuaciones se han modificado en otra ventana. Vuelva a cargar la página para verlas.
review-error-no-jury = Constituya el jurado antes de iniciar la evaluación.

review-admin-title = Jurado y evaluación
review-kind-employee = Personal municipal
review-kind-expert = Persona experta externa
jury-title = Jurado
jury-empty = El jurado aún no tiene miembros.
jury-kind = Tipo
jury-conflicts = Conflictos declarados
jury-remove = Quitar
jury-add-email = Correo electrónico de la persona que se va a añadir
jury-add-hint = Personal del ayuntamiento o una persona experta externa invitada como miembro del jurado. Las personas administradoras de la ciudad no pueden evaluar.
jury-add = Añadir al jurado
jury-error-unknown-person = Ninguna persona activa en la ciudad tiene este correo electrónico. Invite primero a las personas expertas externas.
jury-error-admin = Las personas administradoras de la ciudad ven quién ha escrito cada propuesta, por lo que no pueden formar parte del jurado.
jury-error-role = Solo el personal municipal y las personas invitadas como miembros del jurado pueden formar parte de un jurado.
jury-error-already = Esta persona ya forma parte del jurado.
jury-error-has-reviews = Este miembro del jurado ya tiene propuestas que evaluar y no se puede quitar.
review-assignment = Asignación
review-not-in-review = La convocatoria no está en evaluación: las propuestas se asignan una vez vencido el plazo.
review-start = Iniciar la evaluación: asignar las propuestas
review-assign-missing = Asignar las evaluaciones que faltan
review-all-assigned = Todas las propuestas tienen asignadas todas sus evaluaciones.
review-short-heading = Propuestas sin suficientes evaluaciones asignadas
review-short-missing = Evaluaciones que faltan
review-short-why = Motivo
review-short-jurors = { $jurors ->
    [one] El jurado solo tiene un miembro.
   *[other] El jurado solo tiene { $jurors } miembros.
}
review-short-conflicts = De los demás miembros del jurado: { $division } de la misma dirección que el equipo, { $declared } con un conflicto declarado y { $eligible } en condiciones de evaluarla.
review-close = Cerrar la puntuación
ranking-title = Clasificación
ranking-formula = Las puntuaciones ponderadas de cada miembro del jurado (0–100) se estandarizan (z = (puntuación − media del miembro) / desviación típica del miembro), de modo que un miembro exigente y uno indulgente cuenten lo mismo; la clasificación sigue la media de estas puntuaciones z. Las fórmulas figuran en la documentación.
ranking-table = Propuestas por puntuación normalizada
ranking-rank = Posición
ranking-normalised = Puntuación normalizada
ranking-mean = Puntuación media
ranking-spread = Dispersión
ranking-spread-value = dispersión de { $spread } puntos
ranking-by-juror = Puntuación por miembro del jurado
ranking-reviews = Evaluaciones
ranking-missing = evaluaciones pendientes
ranking-tie = empate
agreement-title = Concordancia entre los miembros del jurado
agreement-alpha = Alfa de Krippendorff: { $alpha }
agreement-high = el jurado muestra una buena concordancia.
agreement-moderate = el jurado solo coincide en parte: conviene debatir las propuestas controvertidas.
agreement-low = el jurado no coincide: conviene debatir las propuestas controvertidas antes de decidir.
agreement-undefined = no hay suficientes propuestas con dos o más evaluaciones completas para medirla.
agreement-contested = Mayor dispersión entre los miembros del jurado
decision-label = Decisión
decision-undecided = Sin decidir
decision-shortlist = Preseleccionada
decision-award = Premio: { $award }
decision-award-plain = Premio (sin un premio concreto)
decision-not-selected = No seleccionada
decision-save = Guardar
results-publish-heading = Publicar los resultados
results-publish-note = Toda propuesta no premiada pasa a «no seleccionada», las premiadas pasan a implantación y se informa a cada equipo.
results-publish = Publicar los resultados
results-published = Los resultados se han publicado.

sealing-title = Identidades bajo reserva
sealing-active = Esta convocatoria mantiene las identidades bajo reserva: hasta los resultados, nadie, ni siquiera las personas administradoras, ve quién ha escrito una propuesta.
sealing-hidden = reservado
sealing-open = Las identidades están visibles.
sealing-reason = Motivo por el que deben revelarse las identidades antes de los resultados
sealing-request = Solicitar que se revelen las identidades
sealing-requested = { $name } ha solicitado que se revelen las identidades. Otra persona administradora debe confirmarlo.
sealing-confirm = Confirmar: revelar las identidades
sealing-second-admin = Otra persona administradora debe confirmarlo.
sealing-error-reason = Indique un motivo de 500 caracteres como máximo.
sealing-error-no-request = Nadie ha solicitado que se revelen las identidades.
sealing-error-same-admin = Debe confirmarlo una segunda persona administradora; la solicitud la hizo usted.
sealing-mentions = Algunas propuestas mencionan a alguien de su propio equipo. El jurado lo vería: pida al equipo que lo elimine antes de iniciar la evaluación.
sealing-field-file-name = el nombre de un archivo adjunto

notification-review-assigned = Tiene propuestas que evaluar.
notification-awarded = Su propuesta «{ $title }» ha obtenido un premio: { $award }.
notification-not-selected = Ya se han publicado los resultados: en esta ocasión, su propuesta «{ $title }» no ha sido seleccionada.

admin-call-seal = Mantener las identidades bajo reserva: hasta los resultados, ni siquiera las personas administradoras ven quién ha escrito una propuesta (se configura mientras la convocatoria está en borrador)
call-results-heading = Resultados
call-results-by = de { $names }
decision-error-award-given = Este premio ya se ha concedido
    .detail = Otra propuesta de esta convocatoria ya lo tiene: cambie primero la decisión sobre esa propuesta.
decision-error-unknown = Esta decisión no es una de las que ofrece la convocatoria
    .detail = Elija undecided, shortlist, award-N (el premio N de la convocatoria, desde 0), award o not_selected.
sealing-error-on-jury = Quien forma parte del jurado de esta convocatoria no puede abrir las identidades: debe hacerlo otro administrador.

redaction-passage = Fragmento que ocultar al jurado
redaction-redact = Ocultar
redaction-hint = Escriba exactamente las palabras que ocultar (un nombre, un correo): los miembros del jurado leen «[oculto]» en su lugar, el equipo conserva su texto y cada ocultación queda en el registro de auditoría.
redaction-heading = Fragmentos ocultos al jurado
redaction-mark = [oculto]
redaction-error-passage = Escriba el fragmento que ocultar, de 500 caracteres como máximo.
redaction-error-not-found = Esta parte de la propuesta no contiene ese fragmento: escríbalo exactamente como está escrito.

# Employees know where they stand (issue 20): an award without a name
notification-awarded-plain = Su propuesta «{ $title }» ha obtenido un premio.

# issue 20, rule 2: what is missing before a decision, the ranking in plain words, the admin's full proposal
decide-missing-heading = Qué falta antes de decidir
decide-nothing-missing = No falta nada: todas las evaluaciones están hechas y cada miembro del jurado ha puntuado.
decide-reviews-missing = { $count ->
    [one] { $count } de { $expected } evaluaciones no está hecha.
   *[other] { $count } de { $expected } evaluaciones no están hechas.
}
decide-idle-jurors = { $count ->
    [one] { $count } de { $jurors } miembros del jurado no ha puntuado nada: { $names }.
   *[other] { $count } de { $jurors } miembros del jurado no han puntuado nada: { $names }.
}
decide-unassignable = { $count ->
    [one] { $count } propuesta no puede recibir todas sus evaluaciones de este jurado.
   *[other] { $count } propuestas no pueden recibir todas sus evaluaciones de este jurado.
}
decide-undecided = { $count ->
    [one] { $count } propuesta no tiene decisión: al publicar pasa a «no seleccionada».
   *[other] { $count } propuestas no tienen decisión: al publicar pasan a «no seleccionadas».
}
decide-short-list = Propuestas por debajo del número de evaluaciones
decide-undecided-list = Propuestas sin decisión
confirm-publish-teams = { $count ->
    [one] { $count } equipo recibirá su resultado al instante, por notificación y por correo electrónico.
   *[other] { $count } equipos recibirán su resultado al instante, por notificación y por correo electrónico.
}
ranking-winner = Ganadora
ranking-award-sponsor = patrocinador: { $sponsor }
ranking-award-prize = premio: { $prize }
ranking-normalised-explained = La puntuación normalizada indica cuánto quedó esta propuesta por encima o por debajo de la media propia de cada miembro del jurado, para que uno exigente y uno generoso cuenten lo mismo. 0 es la media; por encima de 0 es mejor que la media.
formula-summary = Cómo se calcula
agreement-explained = La concordancia indica si el jurado juzgó igual las mismas propuestas. Desde 0,8 el jurado coincide bien; entre 0,667 y 0,8 coincide en líneas generales: debatan las propuestas controvertidas; por debajo de 0,667 no coincide: debatan antes de decidir.
agreement-formula = Alfa de Krippendorff para datos de intervalo sobre las puntuaciones ponderadas: α = 1 − D_o / D_e, donde D_o es el desacuerdo entre los miembros del jurado de una misma propuesta y D_e el desacuerdo esperado por azar sobre todas las puntuaciones. 1 es acuerdo pleno; 0 no es mejor que el azar.
dossier-created = Iniciada el
dossier-updated = Última modificación el
dossier-draft = Es un borrador: su equipo no lo ha presentado, así que el texto sigue siendo suyo hasta que lo presente.
dossier-team-sealed = Reservado: la convocatoria oculta el equipo hasta los resultados.
dossier-reviews = Evaluaciones
dossier-reviews-later = Las evaluaciones aparecen aquí cuando se cierra la puntuación.
dossier-conflict = Declaró un conflicto
dossier-criterion = Criterio
dossier-score-heading = Puntuación
dossier-score = { $score } / { $scale }
dossier-not-scored = Aún sin puntuar.
dossier-comment = Comentario
dossier-weighted = Puntuación ponderada (0–100)
