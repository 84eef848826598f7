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

call-title = Title
call-description = Description
call-phase = Phase
call-take-part = Take part
call-not-accepting = This call is not accepting proposals.
call-sign-in-to-propose = Sign in to write a proposal
call-role-cannot-propose = Proposals are written by the city's employees.
call-propose = Write a proposal
eligibility-refused = You cannot take part in this call: it depends on your { $attribute }, which is “{ $yours }”.

admin-calls-title = Calls
admin-calls-new = New call
admin-calls-none = The city has no calls yet.
admin-call-scheduled = (published: opens by itself on its date)
admin-call-edit = Edit the call
admin-call-texts = Title and description, in each language of the city (the default language is required)
admin-call-dates = Dates
admin-call-rules = Rules
admin-call-team-size = Largest team, in people
admin-eligibility-all-except = Everyone except those whose attribute has one of the values
admin-eligibility-only = Only those whose attribute has one of the values
admin-eligibility-attribute = Attribute
admin-eligibility-values = Values, separated by commas
admin-call-reviews = Reviews per proposal
admin-call-budget = Implementation budget, in euros
admin-call-authors-public = Show the authors' names after the results
admin-call-criteria = Evaluation criteria
admin-criterion-name = Criterion
admin-criterion-weight = Weight
admin-criterion-scale = Scale (highest score)
admin-award-name = Award
admin-award-sponsor = Sponsor
admin-award-prize = Prize
admin-call-actions = Running the call
admin-call-publish = Publish: open on the opening date
admin-call-new-deadline = New submission deadline
admin-call-extend = Extend the deadline
admin-call-close = Close submissions now

call-error-title-length = A title has at most 200 characters and a description at most 10,000.
call-error-title = A description needs a title in the same language.
call-error-default-title = Give the title in the city's default language.
call-error-categories = Offer at least one category.
call-error-date = Enter a date and time, such as 2026-12-31 12:00.
call-error-time-gap = This time does not exist in the city's time zone (the clocks skip it). Choose another.
call-error-order = The call must open before its deadline, and its deadline must come before the results.
call-error-team = The team size must be between 1 and 10.
call-error-reviews = The number of reviews must be between 1 and 10.
call-error-headcount = The eligible headcount must be between 1 and 10,000,000.
call-error-budget = The budget must be a whole number of euros, at most 100,000,000.
call-error-eligibility = Choose a rule, an attribute and at least one value (or everyone).
call-error-criterion = Each criterion needs a name, a weight from 1 to 100 and a scale from 2 to 10.
call-error-criteria = Give at least one evaluation criterion.
call-error-award = Each award needs a name (at most 120 characters).
call-error-extension = The new deadline must be later than the current one and before the results.
call-kind-ideas = Open call for ideas
call-kind-cocreation = Challenge-led co-creation
