# Dashboards van het netwerk: steden vergeleken, een stad afgezet tegen het netwerk, en de exports daarvan.

network-title = Netwerkdashboard
network-city-title = Onze stad in het netwerk
network-year = Jaar
network-show = Tonen
network-privacy = Buiten de betreffende stad wordt een cijfer dat minder dan 5 personen telt (of voorstellen, want elk voorstel staat voor zijn team) weergegeven als “< 5”, zodat niemand te herleiden is.
network-csv = Downloaden als CSV
network-json = Downloaden als JSON
network-no-figures = Geen enkele stad heeft cijfers voor dit jaar.
network-kpis = Cijfers over { $year }
network-charts = Grafieken
network-series = Verloop over de edities
network-calls = Elke oproep van het jaar
network-implementation = Uitvoering in het netwerk
network-median = Mediaan van het netwerk
kpi-label = Indicator
kpi-hidden = < 5
kpi-percent = { $value }%
kpi-eligible = Deelnamegerechtigde medewerkers
kpi-participants = Deelnemers
kpi-participation-rate = Deelnamepercentage
kpi-submitted = Ingediende voorstellen
kpi-per-thousand = Voorstellen per 1.000 deelnamegerechtigden
kpi-team-size = { $size ->
    [one] Voorstellen van één indiener
   *[other] Voorstellen van { $size } indieners
}
kpi-category = Voorstellen in de categorie { $category }
kpi-awarded = Bekroonde voorstellen
kpi-award-rate = Bekroningspercentage
kpi-implemented = Uitgevoerde voorstellen
kpi-implementation-rate = Uitvoeringspercentage
kpi-median-days = Mediaan aantal dagen van bekroning tot uitvoering
kpi-allocated = Toegekend budget
kpi-spent = Uitgegeven budget
kpi-series-per-thousand = Voorstellen per 1.000 deelnamegerechtigden, per jaar
kpi-series-participation = Deelnamepercentage (in procenten), per jaar
kpi-projects = Projecten: { $status }
kpi-barrier = Belemmering: { $barrier }
kpi-practices-published = In de bibliotheek gepubliceerde praktijken
kpi-practices-adopted = Van andere steden overgenomen praktijken
