# Mailings: announcements, deadline and draft reminders, reach.

notification-call-opened = The call “{ $title }” is open: take part with a proposal of your own or in a team.
notification-deadline-near = { $days ->
    [one] The call “{ $title }” closes in one day: submit your proposal before the deadline.
   *[other] The call “{ $title }” closes in { $days } days: submit your proposal before the deadline.
}
notification-draft-unsubmitted = Your draft “{ $title }” is not submitted yet, and the call closes in { $days } days.
notification-announcement = Announcement about the call “{ $title }” — { $subject }: { $body }
notification-review-due = Some of your reviews for the call “{ $title }” are not complete, and the results are due in { $days } days.
notification-milestone-due = { $days ->
    [0] The milestone “{ $milestone }” of the project “{ $title }” is due today.
    [one] The milestone “{ $milestone }” of the project “{ $title }” is due tomorrow.
   *[other] The milestone “{ $milestone }” of the project “{ $title }” is due in { $days } days.
}
notification-division-wanted = The team of the challenge “{ $title }” is looking for a colleague from { $division }: offer yourself in the team finder.

mailings-title = Mailings
mailings-intro = What the platform sent to this call's people by itself, and the announcements written here: for each, how many people it was meant for and where its emails stand.
mailings-none = Nothing has been sent for this call yet.
mailings-table = Mailings of the call
mailings-what = Mailing
mailings-when = Sent on
mailings-audience = Meant for
mailings-people = { $count ->
    [one] one person
   *[other] { $count } people
}
mailings-state-queued = Queued
mailings-state-held = Held for a digest
mailings-state-sent = Sent
mailings-state-skipped = Skipped
mailings-state-failed = Failed
mailings-state-bounced = Bounced
mailings-emails-hint = Emails are skipped when the person chose never to receive that kind, or when no mail server is configured; everyone also finds the message among their notifications in the app.
mailings-what-call-opened = Call opened
mailings-what-deadline = { $days ->
    [one] Deadline reminder, one day before
   *[other] Deadline reminder, { $days } days before
}
mailings-what-draft = Draft not submitted, two days before the deadline
mailings-what-review-due = Reviews due
mailings-what-milestone = Project milestone due
mailings-what-division = A team looking for a division
mailings-what-announcement = Announcement: { $subject }
mailings-announce-heading = Send an announcement
mailings-reach = { $count ->
    [0] No one is eligible for this call today: an announcement would reach no one.
    [one] An announcement will reach the one person eligible for this call today.
   *[other] An announcement will reach the { $count } people eligible for this call today.
}
mailings-subject = Subject
mailings-body = Text
mailings-body-hint = Up to 5,000 characters. Each eligible person finds it in the app, and by email if they wish.
mailings-review = Check the reach and send
mailings-send = Send the announcement
mailings-confirm-title = Send the announcement “{ $subject }”?
mailings-confirm-reach = { $count ->
    [0] No one is eligible for this call today: it will reach no one.
    [one] It goes to the one person eligible for this call, in the app and by email if they wish.
   *[other] It goes to the { $count } people eligible for this call, in the app and by email to those who wish.
}
mailings-confirm-final = Once sent, it cannot be withdrawn.
mailings-sent = The announcement has been sent.
mailings-closed = Announcements go to the eligible people of a published call that is not archived.
mailings-error-required = Fill this in.
mailings-error-too-long = At most { $max } characters.
mailings-error-one-line = The subject must fit on one line.
mailings-error-token = This form can no longer be sent: reload the page and send the announcement again.
mailings-error-draft = A draft call is yours alone: publish it before announcing anything.
mailings-error-archived = This call is archived: nothing more can be announced for it.
