# Equipos entre direcciones de las convocatorias de cocreación: el
# buscador de equipos, las candidaturas, los agentes externos y la regla
# de composición.

teams-title = Buscador de equipos
teams-rule = { $divisions ->
    [0] Equipos de { $min } a { $max } miembros.
    [one] Equipos de { $min } a { $max } miembros, de al menos una dirección.
   *[other] Equipos de { $min } a { $max } miembros, de al menos { $divisions } direcciones distintas.
}
teams-not-forming = Los equipos se forman solo durante la fase de cocreación de la convocatoria: puede consultarlos, pero ahora no puede crear uno ni ofrecerse.
teams-none = Todavía no se ha seleccionado ningún reto.
teams-standing = { $members ->
    [one] Un miembro
   *[other] { $members } miembros
}, { $divisions ->
    [one] una dirección
   *[other] { $divisions } direcciones
}
teams-needs-members = { $count ->
    [one] Le falta un miembro más.
   *[other] Le faltan { $count } miembros más.
}
teams-needs-divisions = { $count ->
    [one] Necesita a alguien de una dirección más.
   *[other] Necesita personas de { $count } direcciones más.
}
teams-divisions = Direcciones del equipo
teams-lacking = Direcciones afectadas por el reto que aún faltan en el equipo
teams-no-team = Nadie ha creado todavía el equipo de este reto.
teams-members = Miembros
teams-lead = responsable
teams-pending = invitado, aún no ha aceptado
teams-accepted = ha aceptado
teams-open-draft = Abrir el borrador del equipo
teams-stakeholders = Agentes externos
teams-offers = Personas que se han ofrecido
teams-invite = Invitar al equipo
teams-start = Crear el equipo de este reto
teams-offer-message = Qué aportaría a este equipo
teams-offer-hint = Una o dos frases, por ejemplo «Trabajo en vivienda, conozco los procedimientos de desahucio». Como máximo 500 caracteres.
teams-offer = Ofrecerme
teams-offer-again = Cambiar mi ofrecimiento
teams-withdraw-offer = Retirar mi ofrecimiento
teams-back-to-call = Volver a la convocatoria
teams-name = Nombre
teams-division = Dirección
teams-stakeholders-intro = Organizaciones ajenas al ayuntamiento que trabajan con el equipo (asociaciones, redes, entidades públicas o privadas). No necesitan cuenta.
teams-stakeholders-none = Todavía no hay agentes externos.
teams-organisation = Organización
teams-contact = Persona de contacto
teams-contribution = Qué aporta
teams-add-stakeholder = Añadir un agente externo
teams-remove-stakeholder = Quitar
teams-remove-stakeholder-title = ¿Quitar este agente externo?
teams-remove-stakeholder-consequence = { $organisation } dejará de figurar entre los agentes externos del equipo.

team-error-not-forming = Los equipos se forman solo durante la fase de cocreación de la convocatoria.
team-error-started = Este reto ya tiene un equipo: ofrézcase para unirse a él.
team-error-on-team = Ya forma parte de este equipo.
team-error-from-challenge = En una convocatoria de cocreación una propuesta es un equipo: créelo desde uno de los retos de la convocatoria en el buscador de equipos.
team-error-too-small = { $min ->
    [one] El equipo necesita al menos un miembro que haya aceptado.
   *[other] El equipo tiene { $size } miembros que han aceptado; esta convocatoria exige al menos { $min }.
}
team-error-too-large = El equipo tiene { $size } miembros; esta convocatoria admite como máximo { $max }.
team-error-divisions = { $count ->
    [0] Ningún miembro del equipo pertenece a una dirección; esta convocatoria exige { $needed } direcciones: añada personas de direcciones distintas.
    [one] El equipo abarca una dirección ({ $divisions }); esta convocatoria exige { $needed }: añada a alguien de otra dirección.
   *[other] El equipo abarca { $count } direcciones ({ $divisions }); esta convocatoria exige { $needed }: añada a alguien de otra dirección.
}
team-error-divisions-example = { $count ->
    [0] Ningún miembro del equipo pertenece a una dirección; esta convocatoria exige { $needed } direcciones: añada personas de direcciones distintas, por ejemplo { $example }.
    [one] El equipo abarca una dirección ({ $divisions }); esta convocatoria exige { $needed }: añada a alguien de otra dirección, por ejemplo { $example }.
   *[other] El equipo abarca { $count } direcciones ({ $divisions }); esta convocatoria exige { $needed }: añada a alguien de otra dirección, por ejemplo { $example }.
}
