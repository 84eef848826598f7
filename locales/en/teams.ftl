# Cross-division teams of co-creation calls: the team finder, offers,
# stakeholders, and the composition rule at submission.

teams-title = Team finder
teams-rule = { $divisions ->
    [0] Teams of { $min } to { $max } members.
    [one] Teams of { $min } to { $max } members, from at least one division.
   *[other] Teams of { $min } to { $max } members, from at least { $divisions } different divisions.
}
teams-not-forming = Teams form only during the co-creation stage of the call: you can read them, but not start one or offer yourself now.
teams-none = No challenge has been selected yet.
teams-standing = { $members ->
    [one] One member
   *[other] { $members } members
}, { $divisions ->
    [one] one division
   *[other] { $divisions } divisions
}
teams-needs-members = { $count ->
    [one] It needs one more member.
   *[other] It needs { $count } more members.
}
teams-needs-divisions = { $count ->
    [one] It needs someone from one more division.
   *[other] It needs people from { $count } more divisions.
}
teams-divisions = Divisions in the team
teams-lacking = Divisions the challenge concerns that the team still lacks
teams-no-team = Nobody has started this challenge's team yet.
teams-members = Members
teams-lead = lead
teams-pending = invited, not yet accepted
teams-accepted = accepted
teams-open-draft = Open the team's draft
teams-stakeholders = External stakeholders
teams-offers = People who offered themselves
teams-invite = Invite to the team
teams-start = Start this challenge's team
teams-offer-message = What you would bring to this team
teams-offer-hint = One or two sentences, e.g. “I am in housing, I know the eviction procedures”. At most 500 characters.
teams-offer = Offer myself
teams-offer-again = Change my offer
teams-withdraw-offer = Withdraw my offer
teams-back-to-call = Back to the call
teams-name = Name
teams-division = Division
teams-stakeholders-intro = Organisations outside the city that work with the team (associations, networks, public or private bodies). They need no account.
teams-stakeholders-none = No stakeholder yet.
teams-organisation = Organisation
teams-contact = Contact person
teams-contribution = What they bring
teams-add-stakeholder = Add a stakeholder
teams-remove-stakeholder = Remove
teams-remove-stakeholder-title = Remove this stakeholder?
teams-remove-stakeholder-consequence = { $organisation } will no longer be listed as a stakeholder of the team.

team-error-not-forming = Teams form only during the co-creation stage of the call.
team-error-started = This challenge already has a team: offer yourself to it instead.
team-error-on-team = You are already on this team.
team-error-from-challenge = In a co-creation call a proposal is a team: start it from one of the call's challenges in the team finder.
team-error-too-small = { $min ->
    [one] The team needs at least one member who has accepted.
   *[other] The team has { $size } members who have accepted; this call needs at least { $min }.
}
team-error-too-large = The team has { $size } members; this call accepts at most { $max }.
team-error-divisions = { $count ->
    [0] No member of the team belongs to a division; this call needs { $needed } divisions: add people from different divisions.
    [one] The team spans one division ({ $divisions }); this call needs { $needed }: add someone from another division.
   *[other] The team spans { $count } divisions ({ $divisions }); this call needs { $needed }: add someone from another division.
}
team-error-divisions-example = { $count ->
    [0] No member of the team belongs to a division; this call needs { $needed } divisions: add people from different divisions, e.g. { $example }.
    [one] The team spans one division ({ $divisions }); this call needs { $needed }: add someone from another division, e.g. { $example }.
   *[other] The team spans { $count } divisions ({ $divisions }); this call needs { $needed }: add someone from another division, e.g. { $example }.
}
