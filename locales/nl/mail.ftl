# Email: the queue, a person's choices per kind, unsubscribing, digests, delivery failures.

## The kinds of email a person chooses about
mail-kind-call-opened = Een oproep waaraan ik mag meedoen gaat open
mail-kind-deadline = De deadline van een oproep nadert
mail-kind-draft = Mijn concept is nog niet ingediend
mail-kind-announcement = Mededelingen over een oproep
mail-kind-proposal = Mijn voorstellen en hun teams
mail-kind-review = Mijn beoordelingen als jurylid
mail-kind-results = De uitslag van mijn voorstellen
mail-kind-project = Uitvoeringsprojecten waar ik aan meedoe
mail-kind-cocreation = Uitdagingen en teams die iemand van mijn afdeling zoeken

mail-cadence-now = Meteen
mail-cadence-daily = In een dagelijks overzicht
mail-cadence-weekly = In een wekelijks overzicht
mail-cadence-never = Nooit

## The email itself
mail-open = Openen op de site
mail-footer-why = U ontvangt deze e-mail omdat u meedoet aan de ideeënoproepen van { $city }.
mail-footer-choices = Kies welke e-mails u ontvangt
mail-footer-unsubscribe = Afmelden voor deze e-mails
mail-digest-subject = { $city } · { $count ->
    [one] { $count } melding
   *[other] { $count } meldingen
}

## The choices page
mail-choices-link = Kies welke meldingen ook per e-mail komen
mail-choices-title = Meldingen per e-mail
mail-choices-intro = Kies per soort melding of die ook per e-mail komt: meteen, in een overzicht of nooit. Op de site vindt u altijd alle meldingen.
mail-choices-email-off = U hebt op uw accountpagina e-mail voor alle meldingen uitgezet, dus geen van deze wordt verstuurd.
mail-choices-saved = Uw keuzes zijn opgeslagen.
mail-choice-required = Uw rol vereist deze e-mails: kies meteen of een overzicht.
mail-choice-required-hint = Uw rol vereist deze e-mails, dus ze kunnen niet uit; u kunt ze in een overzicht krijgen.
mail-choices-digest-time = Overzichten gaan om { $hour }:00 uur de deur uit, lokale tijd van de stad: het dagelijkse elke ochtend, het wekelijkse op maandag.

## Unsubscribing from an email's link
mail-unsubscribe-title = Afmelden
mail-unsubscribe-kind = E-mails
mail-unsubscribe-now = U ontvangt ze
mail-unsubscribe-button = Deze e-mails niet meer ontvangen
mail-unsubscribe-done = Gedaan: u ontvangt deze e-mails niet meer. De meldingen blijven op de site.
mail-unsubscribe-required = ‘{ $kind }’: uw rol vereist deze e-mails, dus ze kunnen niet worden stopgezet. U kunt ze wel in een overzicht krijgen.
mail-unsubscribe-choices = Kies per soort e-mail

## The admin's view of the queue
mail-queue-title = E-mails
mail-queue-intro = Meldingen gaan per e-mail via de mailserver van de stad, of die van het platform. E-mails die een mailserver weigerde staan hier met zijn antwoord.
mail-queue-counts = E-mails per status
mail-queue-state = Status
mail-queue-emails = E-mails
mail-queue-failures = Mislukte en geweigerde e-mails
mail-queue-no-failures = Er is geen e-mail mislukt of geweigerd.
mail-queue-person = Aan
mail-queue-kind = Soort
mail-queue-when = Geschreven op
mail-queue-error = Het antwoord van de mailserver
mail-state-queued = Wacht op verzending
mail-state-held = Vastgehouden voor een overzicht
mail-state-sent = Verzonden
mail-state-failed = Mislukt na meerdere pogingen
mail-state-bounced = Geweigerd door de mailserver
mail-state-skipped = Niet verzonden (geen mailserver, of niet gewenst)
mail-retry = Opnieuw proberen
mail-retry-title = Deze e-mail opnieuw versturen?
mail-retry-consequence = De e-mail gaat terug in de wachtrij en wordt binnen enkele seconden verstuurd; de ontvanger krijgt hem mogelijk laat.
