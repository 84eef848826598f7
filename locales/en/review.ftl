# Blind jury review: the juror's pages, the admin's jury, ranking and decisions.

review-title = Reviews
review-blind-note = You see each proposal without its authors: no names, divisions or dates. Judge the idea on its merits.
review-no-calls = You are not on the jury of any call.
review-call = Call
review-scoring = Scoring
review-your-progress = Progress
review-progress = { $done } of { $total } scored
review-state-not-started = Scoring has not started yet
review-state-open = Scoring is open
review-state-closed = Scoring is closed
review-none-assigned = No proposals are assigned to you yet.
review-proposal = Proposal
review-label = Proposal { $n }
review-scored = Scored
review-partly-scored = Partly scored
review-not-scored = Not scored yet
review-back = Back to your proposals
review-attachment = Attachment { $n } ({ $kind }, { $kib } KB)
review-scores = Your scores
review-scale = Score from 1 to { $scale } · weight { $weight }
review-comment = Comment (optional)
review-save = Save scores
review-saved = Your scores are saved. You can change them until scoring closes.
review-closed-note = Scoring is closed: these scores are final.
review-conflict-heading = Conflict of interest
review-conflict-reason = Why you should not judge this proposal (optional, seen by the city's administrators)
review-conflict-declare = Declare a conflict and hand this proposal on
review-error-score = Give a whole number on this criterion's scale, or leave it empty.
review-error-comment = A comment can have at most 2,000 characters.
review-error-reason = The reason can have at most 500 characters.
review-error-changed = Your scores were changed in another window meanwhile. Reload the page to see them.
review-error-no-jury = Form the jury before starting the review.

review-admin-title = Jury and review
review-kind-employee = Employee
review-kind-expert = Outside expert
jury-title = Jury
jury-empty = Nobody is on the jury yet.
jury-kind = Kind
jury-conflicts = Conflicts declared
jury-remove = Remove
jury-add-email = Email of the person to add
jury-add-hint = An employee of the city, or an outside expert you invited as a juror. City administrators cannot judge.
jury-add = Add to the jury
jury-error-unknown-person = Nobody active in the city has this email. Invite outside experts first.
jury-error-admin = City administrators see who wrote each proposal, so they cannot be jurors.
jury-error-role = Only employees and invited jurors can be on a jury.
jury-error-already = This person is already on the jury.
jury-error-has-reviews = This juror already has proposals to review and cannot be removed.
review-assignment = Assignment
review-not-in-review = The call is not in review: proposals are assigned once its deadline has passed.
review-start = Start the review: assign the proposals
review-assign-missing = Assign the missing reviews
review-all-assigned = Every proposal has all its reviewers.
review-short-heading = Proposals that lack reviewers
review-short-missing = Missing reviews
review-short-why = Why
review-short-jurors = { $jurors ->
    [one] The jury has only one member.
   *[other] The jury has only { $jurors } members.
}
review-short-conflicts = Of the other jurors, { $division } share a division with the team and { $declared } declared a conflict; { $eligible } could take it.
review-close = Close scoring
ranking-title = Ranking
ranking-formula = Each juror's weighted scores (0–100) are standardised (z = (score − the juror's mean) / the juror's standard deviation), so that a harsh and a lenient juror count the same; the ranking follows the mean of these z scores. The formulas are in the documentation.
ranking-table = Proposals by normalised score
ranking-rank = Rank
ranking-normalised = Normalised score
ranking-mean = Mean score
ranking-spread = Spread
ranking-spread-value = spread of { $spread } points
ranking-by-juror = Score by juror
ranking-reviews = Reviews
ranking-missing = reviews missing
ranking-tie = tie
agreement-title = Agreement between jurors
agreement-alpha = Krippendorff's alpha: { $alpha }
agreement-high = the jurors agree well.
agreement-moderate = the jurors agree only in part: discuss the contested proposals.
agreement-low = the jurors disagree: discuss the contested proposals before deciding.
agreement-undefined = not enough proposals with two or more complete reviews to measure it.
agreement-contested = Widest spread between jurors
decision-label = Decision
decision-undecided = Undecided
decision-shortlist = Shortlist
decision-award = Award: { $award }
decision-award-plain = Award (without a named prize)
decision-not-selected = Not selected
decision-save = Save
results-publish-heading = Publish the results
results-publish-note = Every proposal not awarded becomes "not selected", awarded ones move to implementation, and every team is told.
results-publish = Publish the results
results-published = The results are published.

sealing-title = Sealed identities
sealing-active = This call seals identities: until the results, nobody, not even administrators, sees who wrote a proposal.
sealing-hidden = sealed
sealing-open = The identities are open.
sealing-reason = Why the identities must be opened before the results
sealing-request = Ask to open the identities
sealing-requested = { $name } asked to open the identities. A second administrator must confirm.
sealing-confirm = Confirm: open the identities
sealing-second-admin = Another administrator must confirm.
sealing-error-reason = Give a reason of at most 500 characters.
sealing-error-no-request = Nobody has asked to open the identities.
sealing-error-same-admin = A second administrator must confirm; you asked yourself.
sealing-mentions = Some proposals name someone of their own team. The jury would see it: ask the team to remove it before starting the review.
sealing-field-file-name = the name of an attached file

notification-review-assigned = You have proposals to review.
notification-awarded = Your proposal “{ $title }” won an award: { $award }.
notification-not-selected = The results are out: your proposal “{ $title }” was not selected this time.

admin-call-seal = Seal identities: until the results, not even administrators see who wrote a proposal (set while the call is a draft)
call-results-heading = Results
call-results-by = by { $names }
decision-error-award-given = This award has already been given
    .detail = Another proposal of this call already has it: change the decision on that proposal first.
decision-error-unknown = This decision is not one the call offers
    .detail = Choose undecided, shortlist, award-N (the call's award N, from 0), award or not_selected.
sealing-error-on-jury = Someone on this call's jury cannot open its identities: another administrator must do it.

redaction-passage = Passage to hide from the jury
redaction-redact = Redact
redaction-hint = Type the exact words to hide (a name, an email): jurors read “[redacted]” in their place, the team keeps its text, and each redaction is recorded in the audit log.
redaction-heading = Passages hidden from the jury
redaction-mark = [redacted]
redaction-error-passage = Type the passage to hide, in at most 500 characters.
redaction-error-not-found = This part of the proposal does not contain that passage: type it exactly as written.

# Employees know where they stand (issue 20): an award without a name
notification-awarded-plain = Your proposal “{ $title }” won an award.

# issue 20, rule 2: what is missing before a decision, the ranking in plain words, the admin's full proposal
decide-missing-heading = What is missing before you decide
decide-nothing-missing = Nothing is missing: every review is done and every juror has scored.
decide-reviews-missing = { $count ->
    [one] { $count } of { $expected } reviews is not done.
   *[other] { $count } of { $expected } reviews are not done.
}
decide-idle-jurors = { $count ->
    [one] { $count } of { $jurors } jurors has scored nothing: { $names }.
   *[other] { $count } of { $jurors } jurors have scored nothing: { $names }.
}
decide-unassignable = { $count ->
    [one] { $count } proposal cannot get all its reviews from this jury.
   *[other] { $count } proposals cannot get all their reviews from this jury.
}
decide-undecided = { $count ->
    [one] { $count } proposal has no decision: publishing makes it “not selected”.
   *[other] { $count } proposals have no decision: publishing makes them “not selected”.
}
decide-short-list = Proposals below the number of reviews
decide-undecided-list = Proposals without a decision
confirm-publish-teams = { $count ->
    [one] { $count } team will be told its outcome at once, by notification and email.
   *[other] { $count } teams will be told their outcome at once, by notification and email.
}
ranking-winner = Winner
ranking-award-sponsor = sponsor: { $sponsor }
ranking-award-prize = prize: { $prize }
ranking-normalised-explained = The normalised score says how far above or below each juror's own average this proposal was, so that a strict juror and a generous one count alike. 0 is average; above 0 is better than average.
formula-summary = How it is computed
agreement-explained = Agreement says whether the jurors judged the same proposals alike. From 0.8 the jurors agree well; from 0.667 to 0.8 they agree broadly: discuss the contested proposals; below 0.667 they disagree: discuss before deciding.
agreement-formula = Krippendorff's alpha for interval data over the weighted scores: α = 1 − D_o / D_e, where D_o is the disagreement between the jurors of the same proposal and D_e the disagreement expected by chance over all the scores. 1 is full agreement; 0 is no better than chance.
dossier-created = Started on
dossier-updated = Last changed on
dossier-draft = This is a draft: its team has not submitted it, so its text stays theirs until they do.
dossier-team-sealed = Sealed: the call hides the team until its results.
dossier-reviews = Reviews
dossier-reviews-later = The reviews are shown here once scoring is closed.
dossier-conflict = Declared a conflict
dossier-criterion = Criterion
dossier-score-heading = Score
dossier-score = { $score } / { $scale }
dossier-not-scored = Not scored yet.
dossier-comment = Comment
dossier-weighted = Weighted score (0–100)
