# Proposals: writing, teams, and the admin's list.

proposal-untitled = Untitled proposal
proposal-heading = The proposal
proposal-title = Title
proposal-summary = Summary
proposal-problem = The problem
proposal-solution = The proposed solution
proposal-benefits = Expected benefits (savings in euros, hours, energy…)
proposal-resources = Resources needed
proposal-category = Category
proposal-language = Language of the proposal
proposal-divisions = Divisions concerned
proposal-save = Save
proposal-saved-at = Saved on { $time }.
proposal-limit = { $max ->
    [one] At most one character.
   *[other] At most { $max } characters.
}
proposal-error-too-long = { $max ->
    [one] This text is too long: at most one character.
   *[other] This text is too long: at most { $max } characters.
}
proposal-error-category = Choose one of the call's categories.
proposal-error-divisions = Choose at most 20 of the city's divisions.
proposal-error-required = Fill this in before submitting.
proposal-submission = Submission
proposal-submit = Submit the proposal
proposal-withdraw = Withdraw the proposal
proposal-back = Back to the proposal

status-draft = Draft
status-submitted = Submitted
status-withdrawn = Withdrawn
status-in-review = Being reviewed
status-shortlisted = Shortlisted
status-awarded = Awarded
status-not-selected = Not selected
status-in-implementation = Being implemented
status-implemented = Implemented
status-stopped = Stopped

mine-title = My proposals
mine-none = You have no proposals yet. Open a call to write one.

team-title = Team
team-role = Role
team-lead = Lead
team-co-author = Co-author
team-pending = invitation not yet answered
team-invited = You are invited
team-invited-heading = You are invited to join this team
team-accept = Join the team
team-decline = Decline
team-invite-label = Colleague's email address or full name
team-invite = Invite
team-error-who = Enter a colleague's email address or full name.
team-error-ineligible = { $name } cannot take part in this call.
team-error-unknown = No colleague of this city is “{ $who }”.
team-error-ambiguous = Several colleagues are called “{ $who }”: use the email address.
team-error-already = { $name } is already on the team.
team-error-full = { $size ->
    [one] The team is full: this call accepts one person per proposal.
   *[other] The team is full: this call accepts at most { $size } people per proposal.
}

admin-proposals-title = Proposals
admin-proposals-none = No proposal matches.
admin-proposals-csv = Download as CSV
csv-proposal-id = Number
csv-proposal-title = Title
csv-proposal-status = Status
csv-proposal-category = Category
csv-proposal-divisions = Divisions
csv-proposal-submitted-at = Submitted on
csv-proposal-team = Team
