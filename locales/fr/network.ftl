# Tableaux de bord du réseau : villes comparées, une ville face au réseau, et leurs exports.

network-title = Tableau de bord du réseau
network-city-title = Notre ville dans le réseau
network-year = Année
network-show = Afficher
network-privacy = Hors de la ville concernée, tout chiffre portant sur moins de 5 personnes (ou propositions, chacune correspondant à son équipe) est affiché sous la forme « < 5 », afin que personne ne puisse être identifié.
network-csv = Télécharger au format CSV
network-json = Télécharger au format JSON
network-no-figures = Aucune ville ne dispose de chiffres pour cette année.
network-kpis = Chiffres de { $year }
network-charts = Graphiques
network-series = D'une édition à l'autre
network-calls = Chaque appel de l’année
network-implementation = Mise en œuvre dans le réseau
network-median = Médiane du réseau
kpi-label = Indicateur
kpi-hidden = < 5
kpi-percent = { $value } %
kpi-eligible = Agents éligibles
kpi-participants = Participants
kpi-participation-rate = Taux de participation
kpi-submitted = Propositions déposées
kpi-per-thousand = Propositions pour 1 000 agents éligibles
kpi-team-size = { $size ->
    [one] Propositions d'un seul auteur
   *[other] Propositions de { $size } auteurs
}
kpi-category = Propositions de la catégorie { $category }
kpi-awarded = Propositions primées
kpi-award-rate = Taux de propositions primées
kpi-implemented = Propositions mises en œuvre
kpi-implementation-rate = Taux de mise en œuvre
kpi-median-days = Nombre médian de jours entre l'attribution du prix et la mise en œuvre
kpi-allocated = Budget alloué
kpi-spent = Budget dépensé
kpi-series-per-thousand = Propositions pour 1 000 agents éligibles, par année
kpi-series-participation = Taux de participation (en pourcentage), par année
kpi-projects = Projets : { $status }
kpi-barrier = Obstacle : { $barrier }
kpi-practices-published = Pratiques publiées dans la bibliothèque
kpi-practices-adopted = Pratiques adoptées à partir d'autres villes
