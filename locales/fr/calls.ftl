# Appels à idées : page d'accueil d'une ville et page d'un appel.

tenant-home-title = Appels à idées
open-calls = Appels ouverts
open-calls-none = Aucun appel n'est ouvert pour le moment.
other-calls = Appels en cours et passés
other-calls-none = Il n'y a pas encore d'appels précédents.
back-to-calls = Tous les appels de cette ville

call-phase-draft = Brouillon
call-phase-open = Ouvert aux propositions
call-phase-review = En cours d'évaluation
call-phase-results = Résultats publiés
call-phase-implementation = En cours de mise en œuvre
call-phase-archived = Archivé

call-deadline = Propositions jusqu'au { $date }
call-results-on = Résultats le { $date }
call-proposals-submitted = { $count ->
    [one] { $count } proposition déposée
   *[other] { $count } propositions déposées
}

call-facts = L'essentiel
call-opens = Ouverture
call-closes = Date limite de dépôt
call-results = Résultats
call-team = Équipe
call-team-size = { $size ->
    [one] Une seule personne, sans équipe
   *[other] Individuellement ou en équipe de { $size } personnes maximum
}
call-eligibility = Qui peut participer
eligibility-everyone = Tous les agents de la ville
eligibility-all-except = Tous les agents, sauf ceux dont le { $attribute } est { $values }
eligibility-only = Uniquement les agents dont le { $attribute } est { $values }
attribute-grade = grade
attribute-division = service
call-headcount = Agents éligibles
call-headcount-value = { $count ->
    [one] { $count } agent
   *[other] { $count } agents
}
call-awards = Prix
call-awards-value = { $count ->
    [0] Aucun prix prévu
    [one] Un prix
   *[other] { $count } prix
}
call-budget = Budget de mise en œuvre
call-timezone-note = Les dates et heures sont indiquées dans le fuseau horaire { $zone }.
call-categories = Catégories
call-figures = En chiffres
call-figure-submitted = propositions déposées
call-figure-awarded = propositions primées

network-category-service-quality = Qualité du service
network-category-new-services = Nouveaux services
network-category-environment = Environnement
network-category-organisational-development = Développement organisationnel
network-category-employee-welfare = Bien-être des agents
network-category-informatics = Informatique
network-category-operative-efficiency = Efficacité opérationnelle

call-title = Titre
call-description = Description
call-phase = Phase
call-take-part = Participer
call-not-accepting = Cet appel n'accepte pas de propositions.
call-sign-in-to-propose = Connectez-vous pour rédiger une proposition
call-role-cannot-propose = Les propositions sont rédigées par les agents de la ville.
call-propose = Rédiger une proposition
eligibility-refused = Vous ne pouvez pas participer à cet appel : la participation dépend de votre { $attribute }, qui est « { $yours } ».

admin-calls-title = Appels
admin-calls-new = Nouvel appel
admin-calls-none = La ville n'a pas encore d'appels.
admin-call-scheduled = (publié : s'ouvrira automatiquement à sa date)
admin-call-edit = Modifier l'appel
admin-call-texts = Titre et description, dans chaque langue de la ville (la langue par défaut est obligatoire)
admin-call-dates = Dates
admin-call-rules = Règles
admin-call-team-size = Taille maximale de l'équipe, en personnes
admin-eligibility-all-except = Tout le monde, sauf les personnes dont l'attribut a l'une des valeurs
admin-eligibility-only = Uniquement les personnes dont l'attribut a l'une des valeurs
admin-eligibility-attribute = Attribut
admin-eligibility-values = Valeurs, séparées par des virgules
admin-call-reviews = Évaluations par proposition
admin-call-budget = Budget de mise en œuvre, en euros
admin-call-authors-public = Afficher le nom des auteurs après les résultats
admin-call-criteria = Critères d'évaluation
admin-criterion-name = Critère
admin-criterion-weight = Pondération
admin-criterion-scale = Échelle (note maximale)
admin-award-name = Prix
admin-award-sponsor = Parrain
admin-award-prize = Récompense
admin-call-actions = Gestion de l'appel
admin-call-publish = Publier : ouvrir à la date d'ouverture
admin-call-new-deadline = Nouvelle date limite de dépôt
admin-call-extend = Prolonger la date limite
admin-call-close = Clore les dépôts maintenant

call-error-title-length = Un titre comporte au maximum 200 caractères et une description au maximum 10 000.
call-error-title = Une description doit être accompagnée d'un titre dans la même langue.
call-error-default-title = Indiquez le titre dans la langue par défaut de la ville.
call-error-categories = Proposez au moins une catégorie.
call-error-date = Saisissez une date et une heure, par exemple 2026-12-31 12:00.
call-error-time-gap = Cette heure n'existe pas dans le fuseau horaire de la ville (elle est sautée lors du changement d'heure). Choisissez-en une autre.
call-error-order = L'appel doit s'ouvrir avant sa date limite, et la date limite doit précéder les résultats.
call-error-team = La taille de l'équipe doit être comprise entre 1 et 10.
call-error-reviews = Le nombre d'évaluations doit être compris entre 1 et 10.
call-error-headcount = Le nombre d'agents éligibles doit être compris entre 1 et 10 000 000.
call-error-budget = Le budget doit être un nombre entier d'euros, sans dépasser 100 000 000.
call-error-eligibility = Choisissez une règle, un attribut et au moins une valeur (ou tout le monde).
call-error-criterion = Chaque critère doit avoir un nom, une pondération de 1 à 100 et une échelle de 2 à 10.
call-error-criteria = Indiquez au moins un critère d'évaluation.
call-error-award = Chaque prix doit avoir un nom (120 caractères maximum).
call-error-extension = La nouvelle date limite doit être postérieure à la date actuelle et antérieure aux résultats.
call-kind-ideas = Appel à idées ouvert
call-kind-cocreation = Co-création à partir de défis
