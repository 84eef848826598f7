# Cruscotti della rete: città a confronto, una città rispetto alla rete e le relative esportazioni.

network-title = Cruscotto della rete
network-city-title = La nostra città nella rete
network-year = Anno
network-show = Mostra
network-privacy = Al di fuori della città a cui si riferisce, un dato che conta meno di 5 persone (o proposte, ciascuna delle quali coincide con il proprio gruppo) è mostrato come «< 5», così che nessuno possa essere individuato.
network-csv = Scarica in formato CSV
network-json = Scarica in formato JSON
network-no-figures = Nessuna città ha dati per quest'anno.
network-kpis = Dati del { $year }
network-charts = Grafici
network-series = Andamento nelle edizioni
network-calls = Ogni bando dell'anno
network-implementation = Realizzazione nella rete
network-median = Mediana della rete
kpi-label = Indicatore
kpi-hidden = < 5
kpi-percent = { $value }%
kpi-eligible = Dipendenti ammessi
kpi-participants = Partecipanti
kpi-participation-rate = Tasso di partecipazione
kpi-submitted = Proposte presentate
kpi-per-thousand = Proposte ogni 1.000 dipendenti ammessi
kpi-team-size = { $size ->
    [one] Proposte di un solo autore
   *[other] Proposte di { $size } autori
}
kpi-category = Proposte nella categoria { $category }
kpi-awarded = Proposte premiate
kpi-award-rate = Tasso di premiazione
kpi-implemented = Proposte realizzate
kpi-implementation-rate = Tasso di realizzazione
kpi-median-days = Mediana dei giorni tra premiazione e realizzazione
kpi-allocated = Budget stanziato
kpi-spent = Budget speso
kpi-series-per-thousand = Proposte ogni 1.000 dipendenti ammessi, per anno
kpi-series-participation = Tasso di partecipazione (percentuale), per anno
kpi-projects = Progetti: { $status }
kpi-barrier = Ostacolo: { $barrier }
kpi-practices-published = Buone pratiche pubblicate nella biblioteca
kpi-practices-adopted = Buone pratiche adottate da altre città
