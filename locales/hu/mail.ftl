# Email: the queue, a person's choices per kind, unsubscribing, digests, delivery failures.

## The kinds of email a person chooses about
mail-kind-call-opened = Megnyílik egy pályázat, amelyen részt vehetek
mail-kind-deadline = Közeleg egy pályázat határideje
mail-kind-draft = A piszkozatomat még nem nyújtottam be
mail-kind-announcement = Közlemények egy pályázatról
mail-kind-proposal = A javaslataim és csapataik
mail-kind-review = Zsűritagként végzett értékeléseim
mail-kind-results = A javaslataim eredménye
mail-kind-project = Megvalósítási projektek, amelyekben részt veszek
mail-kind-cocreation = Kihívások és csapatok, amelyek valakit keresnek a főosztályomról

mail-cadence-now = Azonnal
mail-cadence-daily = Napi összesítőben
mail-cadence-weekly = Heti összesítőben
mail-cadence-never = Soha

## The email itself
mail-open = Megnyitás a webhelyen
mail-footer-why = Azért kapja ezt az e-mailt, mert részt vesz a következő város ötletpályázataiban: { $city }.
mail-footer-choices = Válassza ki, milyen e-maileket kap
mail-footer-unsubscribe = Leiratkozás ezekről az e-mailekről
mail-digest-subject = { $city } · { $count } értesítés

## The choices page
mail-choices-link = Válassza ki, mely értesítések érkezzenek e-mailben is
mail-choices-title = Értesítések e-mailben
mail-choices-intro = Minden értesítéstípusnál válassza ki, hogy e-mailben is megérkezzen-e: azonnal, összesítőben vagy soha. A webhelyen mindig megtalálja az összes értesítést.
mail-choices-email-off = A fiókja oldalán minden értesítésnél kikapcsolta az e-mailt, így ezek közül egyik sem megy ki.
mail-choices-saved = A beállításait mentettük.
mail-choice-required = A szerepköre megköveteli ezeket az e-maileket: válassza az azonnalit vagy egy összesítőt.
mail-choice-required-hint = A szerepköre megköveteli ezeket az e-maileket, ezért nem kapcsolhatók ki; összesítőben is megkaphatja őket.
mail-choices-digest-time = Az összesítők a város idő szerint { $hour }:00-kor mennek ki: a napi minden reggel, a heti hétfőnként.

## Unsubscribing from an email's link
mail-unsubscribe-title = Leiratkozás
mail-unsubscribe-kind = E-mailek
mail-unsubscribe-now = Így kapja őket
mail-unsubscribe-button = Nem kérem többé ezeket az e-maileket
mail-unsubscribe-done = Kész: ezeket az e-maileket többé nem kapja meg. Az értesítések a webhelyen maradnak.
mail-unsubscribe-required = „{ $kind }”: a szerepköre megköveteli ezeket az e-maileket, ezért nem állíthatók le. Helyette összesítőben is megkaphatja őket.
mail-unsubscribe-choices = Beállítás e-mail-típusonként

## The admin's view of the queue
mail-queue-title = E-mailek
mail-queue-intro = Az értesítések a város levelezőszerverén vagy a platformén keresztül mennek ki e-mailben. Azok az e-mailek, amelyeket egy levelezőszerver visszautasított, itt jelennek meg a válaszával együtt.
mail-queue-counts = E-mailek állapot szerint
mail-queue-state = Állapot
mail-queue-emails = E-mailek
mail-queue-failures = Sikertelen és visszapattant e-mailek
mail-queue-no-failures = Egyetlen e-mail sem volt sikertelen vagy visszapattant.
mail-queue-person = Címzett
mail-queue-kind = Típus
mail-queue-when = Megírva
mail-queue-error = A levelezőszerver válasza
mail-state-queued = Küldésre vár
mail-state-held = Összesítőre vár
mail-state-sent = Elküldve
mail-state-failed = Több próbálkozás után sikertelen
mail-state-bounced = A levelezőszerver visszautasította
mail-state-skipped = Nem ment ki (nincs levelezőszerver, vagy nem kérték)
mail-retry = Újrapróbálás
mail-retry-title = Újra elküldi ezt az e-mailt?
mail-retry-consequence = Az e-mail visszakerül a sorba, és néhány másodpercen belül kimegy; a címzett késve kaphatja meg.
