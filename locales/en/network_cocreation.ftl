# The network's figures for challenge-led co-creation calls.

kpi-co-figures = Co-creation calls of { $year }
kpi-co-figures-rule = Challenge-led co-creation calls are counted here, apart from the open calls' figures above. Only team members and facilitators are people: outside a city, fewer than 5 of them reads “fewer than 5”. Challenges, teams, organisations and solutions are shown as they are.
kpi-co-challenges-proposed = Challenges proposed
kpi-co-challenges-selected = Challenges selected
kpi-co-teams = Teams that submitted a plan
kpi-co-mean-divisions = Divisions per team (mean)
kpi-co-teams-divisions = { $divisions ->
    [0] Teams with no division recorded
    [one] Teams from one division
   *[other] Teams spanning { $divisions } divisions
}
kpi-co-members = Team members
kpi-co-facilitators = Facilitators
kpi-co-stakeholders = External organisations
kpi-co-piloted = Solutions piloted
kpi-co-implemented = Piloted solutions implemented
kpi-co-unit-challenges = challenges
kpi-co-unit-teams = teams
kpi-co-unit-divisions-per-team = divisions per team
kpi-co-unit-organisations = organisations
kpi-co-unit-solutions = solutions
