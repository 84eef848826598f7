# Shared interface text: layout, errors, numbers and dates.

app-name = Innovato
skip-link = Skip to content
language-switcher = Language
demo-banner = Demo site: every person, proposal and figure here is invented for demonstration, except the published figures of Turin's Innova.TO editions.
suspended-banner = This city's site is suspended: you can read it, but nothing can be changed.
footer-platform = Innovato, calls for ideas for city administrations
footer-all-cities = All cities

platform-title = Calls for ideas in the cities of the network
platform-intro = Municipal employees propose innovations, a jury picks the best without knowing who wrote them, and the winners are carried through implementation.
platform-cities = Cities
platform-no-cities = No city has joined the platform yet.
platform-city-languages = Languages:
platform-city-demo = Demonstration data
platform-city-suspended = Suspended

error-status = Error code
error-back-home = Back to the home page
error-not-found = Page not found
    .detail = There is no page at this address. It may have moved, or the link may be mistyped.
error-unknown-tenant = City not found
    .detail = No city on this platform uses this address. Check the link, or choose a city from the list of all cities.
error-unavailable = Service temporarily unavailable
    .detail = The service cannot reach its data right now. Nothing you had saved is lost; please try again in a minute.
error-internal = Something went wrong on our side
    .detail = The error has been recorded and will be looked into. Nothing you had saved is lost; please try again.

# $amount is already formatted with the locale's digit grouping.
money-eur = €{ $amount }
# $day and $year are numbers, $month the month's name from month-1 … month-12.
date-long = { $day } { $month } { $year }
date-time = { $date }, { $time }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

session-unavailable-banner = We could not check your session just now. Please sign in again; nothing you had saved is lost.
account-menu = Your account
menu = Menu
sign-in = Sign in
sign-out = Sign out
save = Save
search = Search
field-email = Email address
field-password = Password
field-name = Name
field-role = Role
field-new-password = New password
field-confirm-password = Repeat the new password

error-sign-in-required = Please sign in
    .detail = This page is for signed-in people. Sign in and you will come back here.
error-forbidden = Not allowed
    .detail = Your role does not allow this. If you think it should, ask your city's administrator.
error-csrf = This form has expired
    .detail = For your safety the form could not be accepted. Go back, reload the page and send it again.
error-bad-request = The request could not be understood
    .detail = Some of what was sent is missing or malformed. Go back and check the form.
error-invitation-invalid = This link no longer works
    .detail = The link is unknown, was already used, or has expired. Ask whoever invited you for a new one.
error-session-store = Sign-in is briefly unavailable
    .detail = We cannot check sessions right now. Please try again in a minute.
error-session-lost = Please sign in again
    .detail = We cannot check your session right now. Nothing you had saved is lost; sign in again in a minute. If you were sending a form, it was not saved: go back in your browser to find your text.

form-has-errors = Some fields need your attention; nothing you typed has been lost.
form-errors-heading = Please check the following:
error-locked = Not possible at this stage
    .detail = The call or proposal has moved on to a stage where this can no longer be done.
error-deadline = The deadline has passed
    .detail = The deadline was { $deadline }. After it, proposals can no longer be created, changed, submitted or withdrawn.

notifications-title = Notifications
notifications-none = Nothing new.
notifications-new = New:
notification-submitted = The proposal “{ $title }” you are on the team of has been submitted.
notification-team-invitation = { $name } invites you to the team of the proposal “{ $title }”.

audit-title = Audit log
audit-none = No entries.
audit-when = When
audit-who = Who
audit-what = What
audit-system = The platform (a date was reached)

api-invalid = Some fields are not valid
error-bad-token = The API token is not valid
    .detail = The token is unknown or was revoked. Ask the city's administrator for a new one.

error-too-large = The file is too large
    .detail = The file is larger than this platform accepts. Make it smaller and send it again.
notification-in-review = The proposal “{ $title }” is now being reviewed by the jury.

error-suspended = This city's site is suspended
    .detail = Its pages can be read, but nothing can be changed until the platform's operators resume it.
audit-from = From (date)
audit-to = To (date)
audit-csv = Download as CSV
audit-checkpoint = Download a signed checkpoint of the log
audit-broken = The audit log does not verify, so no checkpoint can be signed. Tell the platform's operators.
audit-seq = No.
error-rate-limited = Too many requests
    .detail = You have sent many requests in a short time. Please wait a minute and try again; nothing you had saved is lost.

error-method-not-allowed = This address does not accept this method
    .detail = The request used an HTTP method this address does not offer; the Allow header lists the ones it does.
error-unsupported-media-type = The body is not JSON
    .detail = This address reads JSON only: send the body with the Content-Type application/json.

# The console (issue 20, rule 1): the admin home, its side navigation, the header's admin link.
console-title = Administration
console-nav = Administration tools
console-group-calls = Calls and review
console-group-implementation = Implementation
console-group-people = People and access
console-group-city = City settings
console-group-network = Network
console-attention = Needs attention now
console-attention-none = Nothing needs your attention right now.
console-closing = submissions close in { $days ->
        [one] 1 day
       *[other] { $days } days
    }
console-reviews = reviews done: { $done } of { $expected }; jurors who have scored nothing: { $idle }
console-stalled = { $count ->
        [one] 1 project stalled
       *[other] { $count } projects stalled
    }
console-opening = an administrator asked to open the sealed identities; a second administrator must confirm
console-section-closing = Calls closing soon
console-section-reviews = Reviews behind
console-section-stalled = Projects stalled
console-section-openings = Identity openings waiting for a second administrator
console-platform-tools = Your tools
# issue 20, rule 3: confirmations before irreversible or far-reaching actions (confirm helper)
confirm-cancel = Cancel
confirm-do = Confirm
confirm-cannot-undo = This cannot be undone.
confirm-close-call-title = Close the call “{ $call }” early?
confirm-close-call-eligible = { $count ->
    [one] { $count } eligible employee will no longer be able to submit.
   *[other] { $count } eligible employees will no longer be able to submit.
}
confirm-close-call-drafts = { $count ->
    [0] No draft is left unsubmitted.
    [one] { $count } draft is unsubmitted and will stay so.
   *[other] { $count } drafts are unsubmitted and will stay so.
}
confirm-close-call-button = Close the call now
confirm-close-scoring-title = Close scoring for “{ $call }”?
confirm-close-scoring-final = Scores become final: jurors can no longer score or change their reviews.
confirm-close-scoring-button = Close scoring
confirm-publish-title = Publish the results of “{ $call }”?
confirm-publish-short = { $count ->
    [one] { $count } proposal has fewer than { $required } complete reviews.
   *[other] { $count } proposals have fewer than { $required } complete reviews.
}
confirm-publish-button = Publish the results
confirm-withdraw-title = Withdraw this proposal?
confirm-withdraw-consequence = The proposal leaves the call for good: it can no longer be submitted, and the jury will not read it.
confirm-withdraw-button = Withdraw the proposal
confirm-grant-title = Give { $person } the role “{ $role }”?
confirm-grant-consequence = { $person } will be able to do everything the role “{ $role }” allows, from their next page.
confirm-grant-button = Give the role
confirm-revoke-role-title = Take the role “{ $role }” from { $person }?
confirm-revoke-role-consequence = { $person } will no longer be able to do what the role “{ $role }” allows, from their next page.
confirm-revoke-role-button = Take the role away
confirm-deactivate-title = Deactivate { $person }?
confirm-deactivate-consequence = { $person } is signed out everywhere at once and can no longer sign in.
confirm-deactivate-button = Deactivate
confirm-erase-title = Erase { $person }?
confirm-erase-consequence = The name, email address and attributes of { $person } are erased for good; their proposals stay, without their name.
confirm-erase-button = Erase for good
confirm-suspend-title = Suspend { $city }?
confirm-suspend-consequence = { $count ->
    [one] { $count } active person will no longer be able to change anything on the city's site.
   *[other] { $count } active people will no longer be able to change anything on the city's site.
}
confirm-suspend-dialog = Everyone on the city's site will no longer be able to change anything until it is resumed.
confirm-suspend-button = Suspend the city
confirm-token-title = Revoke the token “{ $token }”?
confirm-token-consequence = Every program that uses this token is refused at once.
confirm-token-button = Revoke the token
# Audit log in sentences (issue 20, rule 5)
audit-platform = The platform
audit-anyone = Anyone
audit-any-action = Any action
audit-details = Details
audit-code = Action code
audit-sentence = What happened
audit-pages = Pages of the log
audit-newer = ← Newer entries
audit-older = Older entries →
audit-page = Page { $page }
audit-group-call = Calls
audit-group-review = Review and scoring
audit-group-jury = Juries
audit-group-proposal = Proposals
audit-group-identities = Sealed identities
audit-group-project = Projects
audit-group-practice = Network library
audit-group-person = People
audit-group-role = Roles
audit-group-invitation = Invitations
audit-group-api-token = API tokens
audit-group-city = City settings
audit-group-category = Categories
audit-do-unknown = { $actor } performed the action “{ $code }” on { $subject }.
audit-do-api-token-create = { $actor } created the API token “{ $name }”.
audit-do-api-token-revoke = { $actor } revoked an API token.
audit-do-call-announce = { $actor } sent the announcement ‘{ $name }’ to { $count ->
    [one] the one person
   *[other] the { $count } people
} eligible for the call ‘{ $call }’.
audit-do-call-close-early = { $days ->
    [0] { $actor } closed the call ‘{ $call }’ early, { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } before its deadline.
    [one] { $actor } closed the call ‘{ $call }’ early, { $days } day before its deadline.
   *[other] { $actor } closed the call ‘{ $call }’ early, { $days } days before its deadline.
}
audit-do-call-create = { $actor } created the call ‘{ $call }’.
audit-do-call-extend = { $actor } extended the call ‘{ $call }’ until { $deadline }.
audit-do-call-phase = { $actor } moved the call ‘{ $call }’ from “{ $from }” to “{ $to }”.
audit-do-call-proposals-export = { $actor } exported the { $count ->
    [one] { $count } proposal
   *[other] { $count } proposals
} of the call ‘{ $call }’ as CSV.
audit-do-call-publish = { $actor } published the call ‘{ $call }’.
audit-do-call-results = { $actor } published the results of the call ‘{ $call }’: { $count } of { $total ->
    [one] { $total } proposal
   *[other] { $total } proposals
} awarded.
audit-do-call-update = { $actor } changed the call ‘{ $call }’.
audit-do-category-create = { $actor } created the category “{ $name }”.
audit-do-category-update = { $actor } changed the category “{ $name }”.
audit-do-city-divisions = { $actor } imported the divisions: { $added } added, { $renamed } renamed.
audit-do-city-logo = { $actor } changed the city's logo.
audit-do-city-mail = { $actor } changed the city's mail settings.
audit-do-city-resume = The platform operator { $operator } resumed the city.
audit-do-city-settings = { $actor } changed the city's settings.
audit-do-city-sign-in = { $actor } changed the city's sign-in settings.
audit-do-city-stalled-after-days = { $actor } set projects to count as stalled after { $days ->
    [one] { $days } day
   *[other] { $days } days
} without news.
audit-do-city-suspend = The platform operator { $operator } suspended the city.
audit-do-identities-open = { $actor } opened the sealed identities of the call ‘{ $call }’.
audit-do-identities-open-request = { $actor } asked to open the sealed identities of the call ‘{ $call }’ (reason: { $reason }).
audit-do-invitation-accept = { $actor } accepted an invitation as { $role }.
audit-do-invitation-revoke = { $actor } revoked an invitation as { $role }.
audit-do-invitation-send = { $actor } sent an invitation as { $role }.
audit-do-jury-add = { $actor } added { $person } to the jury of the call ‘{ $call }’.
audit-do-jury-remove = { $actor } removed { $person } from the jury of the call ‘{ $call }’.
audit-do-mail-retry = { $actor } put a failed email to { $person } back in the queue.
audit-do-person-attributes = { $actor } changed the division or grade of { $person }.
audit-do-person-deactivate = { $actor } deactivated { $person }.
audit-do-person-erase = { $actor } erased the personal data of { $person }.
audit-do-person-export = { $actor } exported the personal data of { $person }.
audit-do-person-reactivate = { $actor } reactivated { $person }.
audit-do-practice-adopt = { $actor } adopted a practice from the network library for the project ‘{ $project }’.
audit-do-practice-publish = { $actor } published the proposal ‘{ $proposal }’ to the network library.
audit-do-project-budget = { $actor } changed the budget of the project ‘{ $project }’.
audit-do-project-mentor = { $actor } changed the mentor of the project ‘{ $project }’.
audit-do-project-milestone = { $actor } added a milestone to the project ‘{ $project }’.
audit-do-project-milestone-done = { $actor } marked a milestone of the project ‘{ $project }’ as reached.
audit-do-project-outcome = { $actor } recorded the outcome of the project ‘{ $project }’.
audit-do-project-status = { $actor } changed the status of the project ‘{ $project }’.
audit-do-project-update = { $actor } posted an update on the project ‘{ $project }’.
audit-do-proposal-decision = { $actor } decided on the proposal ‘{ $proposal }’: { $status }.
audit-do-proposal-comment-hide = { $actor } hid a colleague's comment on the proposal ‘{ $proposal }’.
audit-do-proposal-redact = { $actor } redacted a passage of the proposal ‘{ $proposal }’.
audit-do-proposal-link = { $actor } linked the proposal ‘{ $proposal }’ to a related proposal of the same call.
audit-do-review-assign = { $actor } assigned { $count ->
    [one] { $count } more review
   *[other] { $count } more reviews
} for the call ‘{ $call }’.
audit-do-review-close = { $actor } closed the scoring of the call ‘{ $call }’.
audit-do-review-conflict = { $actor } declared a conflict of interest on the proposal ‘{ $proposal }’.
audit-do-review-reassign = { $actor } reassigned { $count ->
    [one] { $count } review
   *[other] { $count } reviews
} of the call ‘{ $call }’.
audit-do-review-score = { $actor } scored the proposal ‘{ $proposal }’.
audit-do-review-start = { $actor } started the review of the call ‘{ $call }’, assigning { $count ->
    [one] { $count } review
   *[other] { $count } reviews
}.
audit-do-role-grant = { $actor } granted { $person } the role { $role }.
audit-do-role-revoke = { $actor } revoked the role { $role } from { $person }.
audit-do-call-copy = { $actor } started the call ‘{ $call }’ from another call.
audit-do-call-template = { $actor } offered the call ‘{ $call }’ to the network as a template.
audit-do-call-template-withdraw = { $actor } withdrew the call ‘{ $call }’ from the network's templates.
audit-do-challenge-propose = { $actor } proposed the challenge ‘{ $challenge }’.
audit-do-challenge-select = { $actor } selected the challenge ‘{ $challenge }’.
audit-do-challenge-decline = { $actor } declined the challenge ‘{ $challenge }’.
audit-do-challenge-merge = { $actor } merged the challenge ‘{ $challenge }’ into another.
audit-do-challenge-translate = { $actor } translated the challenge ‘{ $challenge }’.
audit-do-facilitator-add = { $actor } made { $person } a facilitator of the call ‘{ $call }’.
audit-do-facilitator-remove = { $actor } removed { $person } as a facilitator of the call ‘{ $call }’.
audit-do-team-workshop = { $actor } recorded a workshop of the team ‘{ $proposal }’.
