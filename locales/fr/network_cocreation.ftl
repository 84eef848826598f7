# Les chiffres du réseau pour les appels de co-création à partir de défis.

kpi-co-figures = Appels de co-création de { $year }
kpi-co-figures-rule = Les appels de co-création à partir de défis sont comptés ici, à part des chiffres des appels ouverts ci-dessus. Seuls les membres des équipes et les facilitateurs sont des personnes : hors d’une ville, moins de 5 se lit « moins de 5 ». Défis, équipes, organisations et solutions sont montrés tels quels.
kpi-co-challenges-proposed = Défis proposés
kpi-co-challenges-selected = Défis retenus
kpi-co-teams = Équipes ayant remis un plan
kpi-co-mean-divisions = Directions par équipe (moyenne)
kpi-co-teams-divisions = { $divisions ->
    [0] Équipes sans direction enregistrée
    [one] Équipes d’une seule direction
   *[other] Équipes couvrant { $divisions } directions
}
kpi-co-members = Membres des équipes
kpi-co-facilitators = Facilitateurs
kpi-co-stakeholders = Organisations externes
kpi-co-piloted = Solutions expérimentées
kpi-co-implemented = Solutions expérimentées mises en œuvre
kpi-co-unit-challenges = défis
kpi-co-unit-teams = équipes
kpi-co-unit-divisions-per-team = directions par équipe
kpi-co-unit-organisations = organisations
kpi-co-unit-solutions = solutions
