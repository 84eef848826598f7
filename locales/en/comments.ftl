# Colleagues who support and comment, and moderation.

colleagues-call-setting = Colleagues may support and comment on submitted proposals while the call is open
colleagues-call-setting-hint = Employees of the city who may take part, not on the proposal's team nor on the jury, support a proposal once and comment on it until the deadline; jurors only ever see how many colleagues support a proposal.
colleagues-admin-title = Colleagues' comments
colleagues-admin-intro = Every comment on this call's proposals, newest first. Hiding a comment keeps it for this page and shows its readers the reason instead of the text.
colleagues-list-title = Support your colleagues' proposals
colleagues-list-intro = The proposals submitted so far, without their authors. Support the ones you believe in and comment to help them improve, until the deadline.
colleagues-list-empty = No proposal has been submitted yet.
colleagues-back-to-call = Back to the call
colleagues-back-to-list = Back to the proposals
colleagues-back-to-proposal = Back to your proposal
colleagues-supporters = { $count ->
    [0] No colleague supports this proposal yet.
    [one] One colleague supports this proposal.
   *[other] { $count } colleagues support this proposal.
}
colleagues-comments-count = { $count ->
    [0] no comments
    [one] one comment
   *[other] { $count } comments
}
colleagues-by-team = The proposal's team
colleagues-former-colleague = A former colleague
colleagues-hidden = Hidden by the administrator: { $reason }
colleagues-support-heading = Support
colleagues-you-support = You support this proposal. Only you can see that.
colleagues-support = Support this proposal
colleagues-unsupport = Withdraw my support
colleagues-team-note = This is your team's proposal: colleagues support it, you cannot.
colleagues-closed = The call is no longer open: supports and comments are closed.
colleagues-comments-heading = Comments
colleagues-no-comments = No comments yet.
colleagues-comment-label = Your comment
colleagues-comment-hint = { $max ->
    [one] At most one character. Your name is shown to the team and to colleagues, never to the jury.
   *[other] At most { $max } characters. Your name is shown to the team and to colleagues, never to the jury.
}
colleagues-comment-send = Send the comment
colleagues-error-body = { $max ->
    [one] Write a comment of at most one character.
   *[other] Write a comment of 1 to { $max } characters.
}
colleagues-error-reason = { $max ->
    [one] Give a reason of at most one character.
   *[other] Give a reason of 1 to { $max } characters.
}
colleagues-error-own = You are on this proposal's team: only colleagues can support it.
colleagues-hide-confirm-title = Hide this comment?
colleagues-hide-consequence = The comment on ‘{ $proposal }’ will no longer be shown to the team and to colleagues; they will see that the administrator hid it, and the reason. The action is recorded in the audit log.
colleagues-hide = Hide the comment
colleagues-hide-reason = Reason shown to readers
colleagues-team-link = What colleagues say about this proposal

# The API documentation of colleagues' feedback.
api-docs-field-ColleagueComment-author = The colleague who wrote it; none when the team wrote it or the author was erased.
api-docs-field-ColleagueComment-body = The text; none once an administrator hid it.
api-docs-field-ColleagueComment-by-team = Written by a member of the proposal's team.
api-docs-field-ColleagueComment-hidden-reason = Why an administrator hid it.
api-docs-field-ColleagueFeedback-comments = Oldest first.
api-docs-field-ColleagueFeedback-may-comment = The caller may comment now.
api-docs-field-ColleagueFeedback-may-support = The caller may support it now.
api-docs-field-ColleagueFeedback-supported-by-caller = The caller supports it.
api-docs-field-ColleagueFeedback-supporters = How many colleagues support the proposal.
api-docs-op-get-proposal-comments = A proposal's supporters' count and comments, for its team, the city's administrators, and colleagues while the call is open.
api-docs-param-get-proposal-comments-id = The proposal's id
api-docs-reply-get-proposal-comments-200 = The supporters' count and the comments
api-docs-reply-get-proposal-comments-403 = The caller may not take part in the call as a colleague
api-docs-reply-get-proposal-comments-404 = No submitted proposal of the city with this id whose call lets colleagues help and that the caller may read
api-docs-schema-ColleagueComment = A comment on a proposal.
api-docs-schema-ColleagueFeedback = What colleagues say of a proposal.
