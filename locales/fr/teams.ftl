# Équipes interservices des appels de co-création : la recherche d'équipes,
# les candidatures, les parties prenantes et la règle de composition.

teams-title = Recherche d'équipes
teams-rule = { $divisions ->
    [0] Équipes de { $min } à { $max } membres.
    [one] Équipes de { $min } à { $max } membres, d'au moins un service.
   *[other] Équipes de { $min } à { $max } membres, d'au moins { $divisions } services différents.
}
teams-not-forming = Les équipes se forment seulement pendant l'étape de co-création de l'appel : vous pouvez les consulter, mais pas en lancer une ni vous proposer maintenant.
teams-none = Aucun défi n'a encore été retenu.
teams-standing = { $members ->
    [one] Un membre
   *[other] { $members } membres
}, { $divisions ->
    [one] un service
   *[other] { $divisions } services
}
teams-needs-members = { $count ->
    [one] Il lui manque encore un membre.
   *[other] Il lui manque encore { $count } membres.
}
teams-needs-divisions = { $count ->
    [one] Il lui faut quelqu'un d'un autre service.
   *[other] Il lui faut des personnes de { $count } autres services.
}
teams-divisions = Services présents dans l'équipe
teams-lacking = Services concernés par le défi qui manquent encore à l'équipe
teams-no-team = Personne n'a encore lancé l'équipe de ce défi.
teams-members = Membres
teams-lead = responsable
teams-pending = invité, n'a pas encore accepté
teams-accepted = a accepté
teams-open-draft = Ouvrir le brouillon de l'équipe
teams-stakeholders = Parties prenantes externes
teams-offers = Personnes qui se sont proposées
teams-invite = Inviter dans l'équipe
teams-start = Lancer l'équipe de ce défi
teams-offer-message = Ce que vous apporteriez à cette équipe
teams-offer-hint = Une ou deux phrases, par exemple « Je travaille au logement, je connais les procédures d'expulsion ». 500 caractères au plus.
teams-offer = Me proposer
teams-offer-again = Modifier ma candidature
teams-withdraw-offer = Retirer ma candidature
teams-back-to-call = Retour à l'appel
teams-name = Nom
teams-division = Service
teams-stakeholders-intro = Organisations extérieures à la ville qui travaillent avec l'équipe (associations, réseaux, organismes publics ou privés). Elles n'ont pas besoin de compte.
teams-stakeholders-none = Aucune partie prenante pour l'instant.
teams-organisation = Organisation
teams-contact = Personne de contact
teams-contribution = Ce qu'elle apporte
teams-add-stakeholder = Ajouter une partie prenante
teams-remove-stakeholder = Retirer
teams-remove-stakeholder-title = Retirer cette partie prenante ?
teams-remove-stakeholder-consequence = { $organisation } ne figurera plus parmi les parties prenantes de l'équipe.

team-error-not-forming = Les équipes se forment seulement pendant l'étape de co-création de l'appel.
team-error-started = Ce défi a déjà une équipe : proposez-vous plutôt pour la rejoindre.
team-error-on-team = Vous faites déjà partie de cette équipe.
team-error-from-challenge = Dans un appel de co-création, une proposition est une équipe : lancez-la depuis l'un des défis de l'appel dans la recherche d'équipes.
team-error-too-small = { $min ->
    [one] L'équipe doit compter au moins un membre qui a accepté.
   *[other] L'équipe compte { $size } membres qui ont accepté ; cet appel en demande au moins { $min }.
}
team-error-too-large = L'équipe compte { $size } membres ; cet appel en accepte au plus { $max }.
team-error-divisions = { $count ->
    [0] Aucun membre de l'équipe n'appartient à un service ; cet appel demande { $needed } services : ajoutez des personnes de services différents.
    [one] L'équipe couvre un service ({ $divisions }) ; cet appel en demande { $needed } : ajoutez quelqu'un d'un autre service.
   *[other] L'équipe couvre { $count } services ({ $divisions }) ; cet appel en demande { $needed } : ajoutez quelqu'un d'un autre service.
}
team-error-divisions-example = { $count ->
    [0] Aucun membre de l'équipe n'appartient à un service ; cet appel demande { $needed } services : ajoutez des personnes de services différents, par exemple { $example }.
    [one] L'équipe couvre un service ({ $divisions }) ; cet appel en demande { $needed } : ajoutez quelqu'un d'un autre service, par exemple { $example }.
   *[other] L'équipe couvre { $count } services ({ $divisions }) ; cet appel en demande { $needed } : ajoutez quelqu'un d'un autre service, par exemple { $example }.
}
