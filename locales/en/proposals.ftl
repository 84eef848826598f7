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

attachment-title = Attachments
attachment-none = No files attached.
attachment-delete = Remove
attachment-choose = Attach a file (PDF, PNG, JPEG or an office document)
attachment-upload = Attach
attachment-hint = Up to { $count } files of at most { $mb } MB each. Reviews are anonymous: the jury receives a copy without the details that could name a person (document properties, photos' EXIF data, authors of comments and tracked changes).
attachment-size = { $kib ->
    [one] 1 KB
   *[other] { $kib } KB
}
attachment-error-type = This kind of file is not accepted
    .detail = Attach a PDF, PNG or JPEG file, or a Word, Excel, PowerPoint or OpenDocument file. The type is read from the file's content, not from its name.
attachment-error-malformed = The file is damaged
    .detail = The file could not be read, so the details that could name its author (reviews are anonymous) cannot be removed. Save it again from its program and attach it again.
attachment-error-encrypted = The file is password-protected or encrypted
    .detail = Reviews are anonymous, and the details that could name the author cannot be removed from an encrypted file. Save it without protection and attach it again.
attachment-error-empty = No file was chosen
    .detail = Choose a file to attach.
attachment-error-count = The proposal has all the files it may have
    .detail = Remove a file before attaching another.
attachment-error-macros = Documents with macros are not accepted
    .detail = Save the document without macros (for example as .docx rather than .docm) and attach it again.
attachment-error-history = The workbook keeps a log of its changes
    .detail = Reviews are anonymous, and a shared workbook's change log records who changed each cell and what it held before. Accept or reject the tracked changes (or stop sharing the workbook), save it and attach it again.
attachment-error-expands = The file is too large to be checked
    .detail = Reviews are anonymous, so the names of those who commented on or changed a document are removed from it; this file's text unpacks to more than can be checked. Split it or attach it as a PDF.
proposal-error-key-reused = This idempotency key was already used
    .detail = It was sent for another call or with another body: use a new key for each proposal.

proposal-names-team = Reviews are blind, and these parts of your proposal name someone of your team. You can save and submit all the same, but please take the names out:
proposal-names-team-in = These parts name someone of your team: { $fields }. Reviews are blind: please take the names out.

# Employees know where they stand (issue 20): My proposals' columns, the page after submitting
mine-col-proposal = Proposal
mine-col-call = Call
submitted-title = Proposal submitted
submitted-lead = Your proposal “{ $title }” was submitted on { $date }.
submitted-told = You and your team are told in your notifications, and by email where the city sends them.
submitted-next = What happens next
submitted-edit = Until { $date } you can still change it and save: the jury reads the proposal as it stands when submissions close.
submitted-review = From { $date }, when submissions close, the jury reviews the proposals without seeing who wrote them.
submitted-review-now = The jury is reviewing the proposals, without seeing who wrote them.
submitted-results = The results are due on { $date }: you will get a notification when they are published.
submitted-results-later = You will get a notification when the results are published.
submitted-back = Back to the proposal
