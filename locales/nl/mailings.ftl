# Mailings: announcements, deadline and draft reminders, reach.

notification-call-opened = De oproep “{ $title }” is geopend: doe mee met een eigen voorstel, alleen of in een team.
notification-deadline-near = { $days ->
    [one] De oproep “{ $title }” sluit over één dag: dien uw voorstel in vóór de deadline.
   *[other] De oproep “{ $title }” sluit over { $days } dagen: dien uw voorstel in vóór de deadline.
}
notification-draft-unsubmitted = Uw concept “{ $title }” is nog niet ingediend, en de oproep sluit over { $days } dagen.
notification-announcement = Aankondiging over de oproep “{ $title }” — { $subject }: { $body }
notification-review-due = Een deel van uw beoordelingen voor de oproep “{ $title }” is nog niet af, en de uitslag wordt over { $days } dagen verwacht.
notification-milestone-due = { $days ->
    [0] De mijlpaal “{ $milestone }” van het project “{ $title }” moet vandaag af zijn.
    [one] De mijlpaal “{ $milestone }” van het project “{ $title }” moet morgen af zijn.
   *[other] De mijlpaal “{ $milestone }” van het project “{ $title }” moet over { $days } dagen af zijn.
}
notification-division-wanted = Het team van de uitdaging “{ $title }” zoekt een collega van { $division }: meld u aan via de teamzoeker.

mailings-title = Verzendingen
mailings-intro = Wat het platform uit zichzelf naar de mensen van deze oproep stuurde, en de aankondigingen die hier zijn geschreven: per verzending voor hoeveel mensen ze bedoeld was en hoe het met de e-mails staat.
mailings-none = Voor deze oproep is nog niets verstuurd.
mailings-table = Verzendingen van de oproep
mailings-what = Verzending
mailings-when = Verstuurd op
mailings-audience = Bedoeld voor
mailings-people = { $count ->
    [one] één persoon
   *[other] { $count } personen
}
mailings-state-queued = In de wachtrij
mailings-state-held = Bewaard voor een overzicht
mailings-state-sent = Verstuurd
mailings-state-skipped = Niet verstuurd
mailings-state-failed = Mislukt
mailings-state-bounced = Geweigerd
mailings-emails-hint = Een e-mail wordt niet verstuurd als de persoon heeft gekozen dat soort bericht nooit te ontvangen, of als er geen mailserver is ingesteld; iedereen vindt het bericht hoe dan ook bij zijn meldingen in de app.
mailings-what-call-opened = Oproep geopend
mailings-what-deadline = { $days ->
    [one] Herinnering aan de deadline, één dag vooraf
   *[other] Herinnering aan de deadline, { $days } dagen vooraf
}
mailings-what-draft = Concept niet ingediend, twee dagen voor de deadline
mailings-what-review-due = Beoordelingen verwacht
mailings-what-milestone = Mijlpaal van een project verwacht
mailings-what-division = Een team zoekt een afdeling
mailings-what-announcement = Aankondiging: { $subject }
mailings-announce-heading = Een aankondiging versturen
mailings-reach = { $count ->
    [0] Vandaag mag niemand aan deze oproep meedoen: een aankondiging zou niemand bereiken.
    [one] Een aankondiging bereikt de enige persoon die vandaag aan deze oproep mag meedoen.
   *[other] Een aankondiging bereikt de { $count } personen die vandaag aan deze oproep mogen meedoen.
}
mailings-subject = Onderwerp
mailings-body = Tekst
mailings-body-hint = Tot 5.000 tekens. Iedereen die mag meedoen, vindt haar in de app en, als hij dat wil, per e-mail.
mailings-review = Ontvangers controleren en versturen
mailings-send = Aankondiging versturen
mailings-confirm-title = De aankondiging “{ $subject }” versturen?
mailings-confirm-reach = { $count ->
    [0] Vandaag mag niemand aan deze oproep meedoen: de aankondiging bereikt niemand.
    [one] Ze gaat naar de enige persoon die aan deze oproep mag meedoen, in de app en per e-mail als die dat wil.
   *[other] Ze gaat naar de { $count } personen die aan deze oproep mogen meedoen, in de app en per e-mail voor wie dat wil.
}
mailings-confirm-final = Eenmaal verstuurd kan ze niet worden ingetrokken.
mailings-sent = De aankondiging is verstuurd.
mailings-closed = Aankondigingen gaan naar wie mag meedoen aan een gepubliceerde oproep die niet is gearchiveerd.
mailings-error-required = Vul dit in.
mailings-error-too-long = Hoogstens { $max } tekens.
mailings-error-one-line = Het onderwerp moet op één regel passen.
mailings-error-token = Dit formulier kan niet meer worden verstuurd: laad de pagina opnieuw en verstuur de aankondiging nogmaals.
mailings-error-draft = Een conceptoproep ziet alleen u: publiceer haar voordat u iets aankondigt.
mailings-error-archived = Deze oproep is gearchiveerd: er kan niets meer voor worden aangekondigd.
