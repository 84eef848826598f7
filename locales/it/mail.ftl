# Email: the queue, a person's choices per kind, unsubscribing, digests, delivery failures.

## The kinds of email a person chooses about
mail-kind-call-opened = Si apre un bando a cui posso partecipare
mail-kind-deadline = La scadenza di un bando è vicina
mail-kind-draft = La mia bozza non è ancora inviata
mail-kind-announcement = Comunicazioni su un bando
mail-kind-proposal = Le mie proposte e i loro gruppi
mail-kind-review = Le mie valutazioni come giurato
mail-kind-results = I risultati delle mie proposte
mail-kind-project = I progetti di attuazione di cui faccio parte
mail-kind-cocreation = Sfide e gruppi che cercano qualcuno della mia divisione

mail-cadence-now = Subito
mail-cadence-daily = In un riepilogo giornaliero
mail-cadence-weekly = In un riepilogo settimanale
mail-cadence-never = Mai

## The email itself
mail-open = Apri sul sito
mail-footer-why = Ricevi questa email perché partecipi ai bandi per idee di { $city }.
mail-footer-choices = Scegli quali email ricevere
mail-footer-unsubscribe = Disiscriviti da queste email
mail-digest-subject = { $city } · { $count ->
    [one] { $count } notifica
   *[other] { $count } notifiche
}

## The choices page
mail-choices-link = Scegli quali notifiche arrivano anche per email
mail-choices-title = Notifiche per email
mail-choices-intro = Per ogni tipo di notifica, scegli se arriva anche per email subito, in un riepilogo o mai. Sul sito trovi sempre tutte le notifiche.
mail-choices-email-off = Nella pagina del tuo account hai disattivato le email per tutte le notifiche, quindi nessuna di queste viene inviata.
mail-choices-saved = Le tue scelte sono state salvate.
mail-choice-required = Il tuo ruolo richiede queste email: scegli subito o un riepilogo.
mail-choice-required-hint = Il tuo ruolo richiede queste email, quindi non si possono disattivare; puoi riceverle in un riepilogo.
mail-choices-digest-time = I riepiloghi partono alle { $hour }:00, ora della città: quello giornaliero ogni mattina, quello settimanale il lunedì.

## Unsubscribing from an email's link
mail-unsubscribe-title = Disiscriviti
mail-unsubscribe-kind = Email
mail-unsubscribe-now = Le ricevi
mail-unsubscribe-button = Non inviarmi più queste email
mail-unsubscribe-done = Fatto: non riceverai più queste email. Le notifiche restano sul sito.
mail-unsubscribe-required = «{ $kind }»: il tuo ruolo richiede queste email, quindi non si possono interrompere. Puoi riceverle invece in un riepilogo.
mail-unsubscribe-choices = Scegli per ogni tipo di email

## The admin's view of the queue
mail-queue-title = Email
mail-queue-intro = Le notifiche partono per email dal server di posta della città o da quello della piattaforma. Le email rifiutate da un server di posta compaiono qui con la sua risposta.
mail-queue-counts = Email per stato
mail-queue-state = Stato
mail-queue-emails = Email
mail-queue-failures = Email non recapitate e respinte
mail-queue-no-failures = Nessuna email è fallita o è stata respinta.
mail-queue-person = A
mail-queue-kind = Tipo
mail-queue-when = Scritta il
mail-queue-error = La risposta del server di posta
mail-state-queued = In attesa di invio
mail-state-held = Trattenuta per un riepilogo
mail-state-sent = Inviata
mail-state-failed = Non recapitata dopo vari tentativi
mail-state-bounced = Respinta dal server di posta
mail-state-skipped = Non inviata (nessun server di posta, o non desiderata)
mail-retry = Riprova
mail-retry-title = Inviare di nuovo questa email?
mail-retry-consequence = L’email torna in coda e parte entro pochi secondi; la persona potrebbe riceverla in ritardo.
