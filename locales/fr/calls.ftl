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
