# Tablourile de bord ale rețelei: orașele comparate, un oraș față de rețea și exporturile lor.

network-title = Tabloul de bord al rețelei
network-city-title = Orașul nostru în rețea
network-year = An
network-show = Afișați
network-privacy = În afara orașului respectiv, orice cifră care numără mai puțin de 5 persoane (sau propuneri, fiecare propunere reprezentându-și echipa) apare ca „mai puțin de 5”, astfel încât nimeni să nu poată fi identificat; în exporturi valoarea este „<5”.
network-csv = Descărcați în format CSV
network-json = Descărcați în format JSON
network-no-figures = Niciun oraș nu are cifre pentru acest an.
network-kpis = Cifrele pentru { $year }
network-charts = Grafice
network-series = De la o ediție la alta
network-calls = Fiecare apel al anului
network-implementation = Implementarea în rețea
network-median = Mediana rețelei
kpi-label = Indicator
kpi-hidden = mai puțin de 5
kpi-percent = { $value }%
kpi-eligible = Angajați eligibili
kpi-participants = Participanți
kpi-participation-rate = Rata de participare
kpi-submitted = Propuneri depuse
kpi-per-thousand = Propuneri la 1.000 de angajați eligibili
kpi-team-size = { $size ->
    [one] Propuneri cu un singur autor
    [few] Propuneri cu { $size } autori
   *[other] Propuneri cu { $size } de autori
}
kpi-category = Propuneri din categoria { $category }
kpi-awarded = Propuneri premiate
kpi-award-rate = Rata de premiere
kpi-implemented = Propuneri implementate
kpi-implementation-rate = Rata de implementare
kpi-median-days = Numărul median de zile de la premiere la implementare
kpi-allocated = Buget alocat
kpi-spent = Buget cheltuit
kpi-series-per-thousand = Propuneri la 1.000 de angajați eligibili, pe ani
kpi-series-participation = Rata de participare (procent), pe ani
kpi-projects = Proiecte: { $status }
kpi-barrier = Obstacol: { $barrier }
kpi-practices-published = Practici publicate în bibliotecă
kpi-practices-adopted = Practici preluate de la alte orașe
kpi-unknown = neînregistrat
kpi-unit = Unitate
kpi-unit-people = persoane
kpi-unit-proposals = propuneri
kpi-unit-percent = %
kpi-unit-per-thousand = la 1.000 de eligibili
kpi-unit-days = zile
kpi-unit-euros = euro
kpi-unit-projects = proiecte
kpi-unit-practices = practici
network-city = Oraș
network-call = Apel
network-cities = Orașe
network-cities-hint = Alegeți orașele de comparat; dacă nu alegeți niciunul, orașele cu date pentru anul respectiv sunt afișate câte { $page } pe pagină.
network-from = Evoluție din
network-to = până în
network-year-rule = Un apel contează în anul termenului său limită (închiderea depunerilor): un apel care se închide în ianuarie 2027 intră în datele din 2027. Pagina se deschide pe cel mai recent an în care majoritatea orașelor au un apel deja închis.
network-pages = Pagini de orașe
network-xlsx = Descărcați ca Excel (XLSX)
network-call-deadline = { $call } (termen limită: { $date })
kpi-published-participants = Angajați implicați (cifră publicată)
kpi-published = { $value } (publicat)
kpi-not-published = nepublicat
