# Email: the queue, a person's choices per kind, unsubscribing, digests, delivery failures.

## The kinds of email a person chooses about
mail-kind-call-opened = A call I may take part in opens
mail-kind-deadline = A call's deadline is near
mail-kind-draft = My draft is not submitted yet
mail-kind-announcement = Announcements about a call
mail-kind-proposal = My proposals and their teams
mail-kind-review = My reviews as a juror
mail-kind-results = The results for my proposals
mail-kind-project = Implementation projects I am part of
mail-kind-cocreation = Challenges and teams looking for my division

mail-cadence-now = At once
mail-cadence-daily = In a daily digest
mail-cadence-weekly = In a weekly digest
mail-cadence-never = Never

## The email itself
mail-open = Open on the site
mail-footer-why = You receive this email because you take part in the calls for ideas of { $city }.
mail-footer-choices = Choose which emails you get
mail-footer-unsubscribe = Unsubscribe from these emails
mail-digest-subject = { $city } · { $count ->
    [one] { $count } notification
   *[other] { $count } notifications
}

## The choices page
mail-choices-link = Choose which notifications also come by email
mail-choices-title = Email notifications
mail-choices-intro = For each kind of notification, choose whether it also comes by email at once, in a digest, or never. You always find every notification on the site.
mail-choices-email-off = You have turned off email for all notifications on your account page, so none of these is sent.
mail-choices-saved = Your choices are saved.
mail-choice-required = Your role requires these emails: choose at once or a digest.
mail-choice-required-hint = Your role requires these emails, so they cannot be turned off; you may get them in a digest.
mail-choices-digest-time = Digests are sent at { $hour }:00, the city's time: the daily one every morning, the weekly one on Monday.

## Unsubscribing from an email's link
mail-unsubscribe-title = Unsubscribe
mail-unsubscribe-kind = Emails
mail-unsubscribe-now = You get them
mail-unsubscribe-button = Stop these emails
mail-unsubscribe-done = Done: you will no longer get these emails. The notifications remain on the site.
mail-unsubscribe-required = “{ $kind }”: your role requires these emails, so they cannot be stopped. You may get them in a digest instead.
mail-unsubscribe-choices = Choose for each kind of email

## The admin's view of the queue
mail-queue-title = Emails
mail-queue-intro = Notifications go out by email through the city's mail server, or the platform's. Emails that a mail server refused appear here with its answer.
mail-queue-counts = Emails by state
mail-queue-state = State
mail-queue-emails = Emails
mail-queue-failures = Failed and bounced emails
mail-queue-no-failures = No email has failed or bounced.
mail-queue-person = To
mail-queue-kind = Kind
mail-queue-when = Written
mail-queue-error = The mail server's answer
mail-state-queued = Waiting to be sent
mail-state-held = Held for a digest
mail-state-sent = Sent
mail-state-failed = Failed after several tries
mail-state-bounced = Refused by the mail server
mail-state-skipped = Not sent (no mail server, or not wanted)
mail-retry = Try again
mail-retry-title = Send this email again?
mail-retry-consequence = The email goes back into the queue and is sent within a few seconds; the person may receive it late.
