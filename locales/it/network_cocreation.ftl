# I dati della rete per i bandi di co-creazione a partire dalle sfide.

kpi-co-figures = Bandi di co-creazione del { $year }
kpi-co-figures-rule = I bandi di co-creazione a partire dalle sfide sono contati qui, separati dai dati dei bandi aperti qui sopra. Solo i membri dei gruppi e i facilitatori sono persone: fuori da una città, meno di 5 si legge “meno di 5”. Sfide, gruppi, organizzazioni e soluzioni sono mostrati così come sono.
kpi-co-challenges-proposed = Sfide proposte
kpi-co-challenges-selected = Sfide selezionate
kpi-co-teams = Gruppi che hanno presentato un piano
kpi-co-mean-divisions = Settori per gruppo (media)
kpi-co-teams-divisions = { $divisions ->
    [0] Gruppi senza settore registrato
    [one] Gruppi di un solo settore
   *[other] Gruppi che coprono { $divisions } settori
}
kpi-co-members = Membri dei gruppi
kpi-co-facilitators = Facilitatori
kpi-co-stakeholders = Organizzazioni esterne
kpi-co-piloted = Soluzioni sperimentate
kpi-co-implemented = Soluzioni sperimentate realizzate
kpi-co-unit-challenges = sfide
kpi-co-unit-teams = gruppi
kpi-co-unit-divisions-per-team = settori per gruppo
kpi-co-unit-organisations = organizzazioni
kpi-co-unit-solutions = soluzioni
