# Email: the queue, a person's choices per kind, unsubscribing, digests, delivery failures.

## The kinds of email a person chooses about
mail-kind-call-opened = Se deschide un apel la care pot participa
mail-kind-deadline = Termenul unui apel se apropie
mail-kind-draft = Ciorna mea nu a fost încă trimisă
mail-kind-announcement = Anunțuri despre un apel
mail-kind-proposal = Propunerile mele și echipele lor
mail-kind-review = Evaluările mele ca membru al juriului
mail-kind-results = Rezultatele propunerilor mele
mail-kind-project = Proiectele de implementare din care fac parte
mail-kind-cocreation = Provocări și echipe care caută pe cineva din direcția mea

mail-cadence-now = Imediat
mail-cadence-daily = Într-un rezumat zilnic
mail-cadence-weekly = Într-un rezumat săptămânal
mail-cadence-never = Niciodată

## The email itself
mail-open = Deschide pe site
mail-footer-why = Primiți acest e-mail pentru că participați la apelurile de idei ale { $city }.
mail-footer-choices = Alegeți ce e-mailuri primiți
mail-footer-unsubscribe = Dezabonați-vă de la aceste e-mailuri
mail-digest-subject = { $city } · { $count ->
    [one] { $count } notificare
    [few] { $count } notificări
   *[other] { $count } de notificări
}

## The choices page
mail-choices-link = Alegeți ce notificări vin și prin e-mail
mail-choices-title = Notificări prin e-mail
mail-choices-intro = Pentru fiecare tip de notificare, alegeți dacă vine și prin e-mail imediat, într-un rezumat sau niciodată. Pe site găsiți mereu toate notificările.
mail-choices-email-off = Ați dezactivat e-mailurile pentru toate notificările pe pagina contului, așa că niciunul dintre acestea nu este trimis.
mail-choices-saved = Alegerile dumneavoastră au fost salvate.
mail-choice-required = Rolul dumneavoastră cere aceste e-mailuri: alegeți imediat sau un rezumat.
mail-choice-required-hint = Rolul dumneavoastră cere aceste e-mailuri, deci nu pot fi dezactivate; le puteți primi într-un rezumat.
mail-choices-digest-time = Rezumatele pleacă la ora { $hour }:00, ora orașului: cel zilnic în fiecare dimineață, cel săptămânal lunea.

## Unsubscribing from an email's link
mail-unsubscribe-title = Dezabonare
mail-unsubscribe-kind = E-mailuri
mail-unsubscribe-now = Le primiți
mail-unsubscribe-button = Nu mai trimiteți aceste e-mailuri
mail-unsubscribe-done = Gata: nu veți mai primi aceste e-mailuri. Notificările rămân pe site.
mail-unsubscribe-required = „{ $kind }”: rolul dumneavoastră cere aceste e-mailuri, deci nu pot fi oprite. Le puteți primi în schimb într-un rezumat.
mail-unsubscribe-choices = Alegeți pentru fiecare tip de e-mail

## The admin's view of the queue
mail-queue-title = E-mailuri
mail-queue-intro = Notificările pleacă prin e-mail prin serverul de e-mail al orașului sau prin cel al platformei. E-mailurile refuzate de un server apar aici cu răspunsul acestuia.
mail-queue-counts = E-mailuri după stare
mail-queue-state = Stare
mail-queue-emails = E-mailuri
mail-queue-failures = E-mailuri eșuate și respinse
mail-queue-no-failures = Niciun e-mail nu a eșuat și nu a fost respins.
mail-queue-person = Către
mail-queue-kind = Tip
mail-queue-when = Scris la
mail-queue-error = Răspunsul serverului de e-mail
mail-state-queued = În așteptarea trimiterii
mail-state-held = Reținut pentru un rezumat
mail-state-sent = Trimis
mail-state-failed = Eșuat după mai multe încercări
mail-state-bounced = Respins de serverul de e-mail
mail-state-skipped = Netrimis (fără server de e-mail sau nedorit)
mail-retry = Încearcă din nou
mail-retry-title = Trimiteți din nou acest e-mail?
mail-retry-consequence = E-mailul revine în coadă și pleacă în câteva secunde; persoana îl poate primi cu întârziere.
