# De cijfers van het netwerk voor co-creatieoproepen rond uitdagingen.

kpi-co-figures = Co-creatieoproepen van { $year }
kpi-co-figures-rule = Co-creatieoproepen rond uitdagingen worden hier geteld, los van de cijfers van de open oproepen hierboven. Alleen teamleden en begeleiders zijn mensen: buiten een stad staat bij minder dan 5 „minder dan 5”. Uitdagingen, teams, organisaties en oplossingen worden getoond zoals ze zijn.
kpi-co-challenges-proposed = Voorgestelde uitdagingen
kpi-co-challenges-selected = Gekozen uitdagingen
kpi-co-teams = Teams die een plan indienden
kpi-co-mean-divisions = Afdelingen per team (gemiddelde)
kpi-co-teams-divisions = { $divisions ->
    [0] Teams zonder geregistreerde afdeling
    [one] Teams uit één afdeling
   *[other] Teams uit { $divisions } afdelingen
}
kpi-co-members = Teamleden
kpi-co-facilitators = Begeleiders
kpi-co-stakeholders = Externe organisaties
kpi-co-piloted = Oplossingen in pilot
kpi-co-implemented = Pilotoplossingen uitgevoerd
kpi-co-unit-challenges = uitdagingen
kpi-co-unit-teams = teams
kpi-co-unit-divisions-per-team = afdelingen per team
kpi-co-unit-organisations = organisaties
kpi-co-unit-solutions = oplossingen
