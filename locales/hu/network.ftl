# A hálózat irányítópultjai: a városok összehasonlítása, egy város a hálózathoz mérve, valamint ezek exportálása.

network-title = Hálózati irányítópult
network-city-title = Városunk a hálózatban
network-year = Év
network-show = Megjelenítés
network-privacy = Az adott városon kívül az 5-nél kevesebb személyre (vagy javaslatra, hiszen minden javaslat egyben a csapatát is jelenti) vonatkozó adatok „< 5” formában jelennek meg, hogy senkit ne lehessen azonosítani.
network-csv = Letöltés CSV formátumban
network-json = Letöltés JSON formátumban
network-no-figures = Erre az évre egyetlen városnak sincsenek adatai.
network-kpis = { $year }. évi adatok
network-charts = Diagramok
network-series = Fordulóról fordulóra
network-calls = Az év minden pályázata
network-implementation = Megvalósítás a hálózatban
network-median = Hálózati medián
kpi-label = Mutató
kpi-hidden = < 5
kpi-percent = { $value }%
kpi-eligible = Részvételre jogosult munkatársak
kpi-participants = Résztvevők
kpi-participation-rate = Részvételi arány
kpi-submitted = Beadott javaslatok
kpi-per-thousand = Javaslatok száma 1000 jogosult munkatársra
kpi-team-size = { $size ->
    [one] Egyszerzős javaslatok
   *[other] { $size } szerzős javaslatok
}
kpi-category = Javaslatok a(z) { $category } kategóriában
kpi-awarded = Díjazott javaslatok
kpi-award-rate = Díjazási arány
kpi-implemented = Megvalósult javaslatok
kpi-implementation-rate = Megvalósítási arány
kpi-median-days = A díjazástól a megvalósításig eltelt napok mediánja
kpi-allocated = Előirányzott költségvetés
kpi-spent = Felhasznált költségvetés
kpi-series-per-thousand = Javaslatok száma 1000 jogosult munkatársra, évenként
kpi-series-participation = Részvételi arány (százalék), évenként
kpi-projects = Projektek: { $status }
kpi-barrier = Akadály: { $barrier }
kpi-practices-published = A tárban közzétett gyakorlatok
kpi-practices-adopted = Más városoktól átvett gyakorlatok
