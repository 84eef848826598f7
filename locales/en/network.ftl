# The network's dashboards: cities compared, a city against the network, and their exports.

network-title = Network dashboard
network-city-title = Our city in the network
network-year = Year
network-show = Show
network-privacy = Outside a city, a figure that counts fewer than 5 people (or proposals, each of which is its team) is shown as “< 5”, so that no one can be picked out.
network-csv = Download as CSV
network-json = Download as JSON
network-no-figures = No city has figures for this year.
network-kpis = Figures of { $year }
network-charts = Charts
network-series = Across the editions
network-calls = Each call of the year
network-implementation = Implementation across the network
network-median = Network median
kpi-label = Figure
kpi-hidden = < 5
kpi-percent = { $value } %
kpi-eligible = Eligible employees
kpi-participants = Participants
kpi-participation-rate = Participation rate
kpi-submitted = Proposals submitted
kpi-per-thousand = Proposals per 1,000 eligible
kpi-team-size = { $size ->
    [one] Proposals by one author
   *[other] Proposals by { $size } authors
}
kpi-category = Proposals in { $category }
kpi-awarded = Proposals awarded
kpi-award-rate = Award rate
kpi-implemented = Proposals implemented
kpi-implementation-rate = Implementation rate
kpi-median-days = Median days from award to implementation
kpi-allocated = Budget allocated
kpi-spent = Budget spent
kpi-series-per-thousand = Proposals per 1,000 eligible, by year
kpi-series-participation = Participation rate (percent), by year
kpi-projects = Projects: { $status }
kpi-barrier = Barrier: { $barrier }
kpi-practices-published = Practices published to the library
kpi-practices-adopted = Practices adopted from other cities
