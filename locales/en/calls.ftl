# Calls for ideas: a city's home page and a call's page.

tenant-home-title = Calls for ideas
open-calls = Open calls
open-calls-none = No call is open at the moment.
other-calls = Current and past calls
other-calls-none = There are no earlier calls yet.
back-to-calls = All calls of this city

call-phase-draft = Draft
call-phase-open = Open for proposals
call-phase-review = Under review
call-phase-results = Results announced
call-phase-implementation = Being implemented
call-phase-archived = Archived

call-deadline = Proposals until { $date }
call-results-on = Results on { $date }
call-proposals-submitted = { $count ->
    [one] One proposal submitted
   *[other] { $count } proposals submitted
}

call-facts = Key facts
call-opens = Opens
call-closes = Submission deadline
call-results = Results
call-team = Team
call-team-size = { $size ->
    [one] One person, no team
   *[other] Alone or in a team of up to { $size } people
}
call-eligibility = Who may take part
eligibility-everyone = Every employee of the city
eligibility-all-except = Every employee except those whose { $attribute } is { $values }
eligibility-only = Only employees whose { $attribute } is { $values }
attribute-grade = grade
attribute-division = division
call-headcount = Eligible employees
call-headcount-value = { $count ->
    [one] One employee
   *[other] { $count } employees
}
call-awards = Awards
call-awards-value = { $count ->
    [0] No awards planned
    [one] One award
   *[other] { $count } awards
}
call-budget = Implementation budget
call-timezone-note = Dates and times are in the { $zone } time zone.
call-categories = Categories
call-figures = In figures
call-figure-submitted = proposals submitted
call-figure-awarded = proposals awarded

network-category-service-quality = Service quality
network-category-new-services = New services
network-category-environment = Environment
network-category-organisational-development = Organisational development
network-category-employee-welfare = Employee welfare
network-category-informatics = Informatics
network-category-operative-efficiency = Operative efficiency
