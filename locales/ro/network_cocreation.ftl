# Cifrele rețelei pentru apelurile de co-creare pornind de la provocări.

kpi-co-figures = Apeluri de co-creare din { $year }
kpi-co-figures-rule = Apelurile de co-creare pornind de la provocări sunt numărate aici, separat de cifrele apelurilor deschise de mai sus. Doar membrii echipelor și facilitatorii sunt persoane: în afara unui oraș, mai puțin de 5 se citește „mai puțin de 5”. Provocările, echipele, organizațiile și soluțiile sunt arătate așa cum sunt.
kpi-co-challenges-proposed = Provocări propuse
kpi-co-challenges-selected = Provocări selectate
kpi-co-teams = Echipe care au depus un plan
kpi-co-mean-divisions = Direcții pe echipă (medie)
kpi-co-teams-divisions = { $divisions ->
    [0] Echipe fără direcție înregistrată
    [one] Echipe dintr-o singură direcție
   *[other] Echipe din { $divisions } direcții
}
kpi-co-members = Membrii echipelor
kpi-co-facilitators = Facilitatori
kpi-co-stakeholders = Organizații externe
kpi-co-piloted = Soluții pilotate
kpi-co-implemented = Soluții pilotate implementate
kpi-co-unit-challenges = provocări
kpi-co-unit-teams = echipe
kpi-co-unit-divisions-per-team = direcții pe echipă
kpi-co-unit-organisations = organizații
kpi-co-unit-solutions = soluții
