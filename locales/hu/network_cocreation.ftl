# A hálózat adatai a kihívásokra épülő közös alkotási felhívásokhoz.

kpi-co-figures = { $year } közös alkotási felhívásai
kpi-co-figures-rule = A kihívásokra épülő közös alkotási felhívásokat itt számoljuk, a fenti nyílt felhívások adataitól külön. Csak a csapattagok és a facilitátorok személyek: egy városon kívül az 5-nél kevesebb „5-nél kevesebb” formában jelenik meg. A kihívások, csapatok, szervezetek és megoldások úgy jelennek meg, ahogy vannak.
kpi-co-challenges-proposed = Javasolt kihívások
kpi-co-challenges-selected = Kiválasztott kihívások
kpi-co-teams = Tervet benyújtó csapatok
kpi-co-mean-divisions = Főosztályok csapatonként (átlag)
kpi-co-teams-divisions = { $divisions ->
    [0] Csapatok rögzített főosztály nélkül
    [one] Egy főosztályból álló csapatok
   *[other] { $divisions } főosztályt átfogó csapatok
}
kpi-co-members = Csapattagok
kpi-co-facilitators = Facilitátorok
kpi-co-stakeholders = Külső szervezetek
kpi-co-piloted = Kísérleti megoldások
kpi-co-implemented = Megvalósult kísérleti megoldások
kpi-co-unit-challenges = kihívás
kpi-co-unit-teams = csapat
kpi-co-unit-divisions-per-team = főosztály csapatonként
kpi-co-unit-organisations = szervezet
kpi-co-unit-solutions = megoldás
