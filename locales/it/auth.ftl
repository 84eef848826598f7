# Accesso e uscita, profili, inviti e pagina delle persone.

signin-title = Accedi
signin-sso-heading = Dipendenti della città
signin-sso-button = Accedi con l'account della tua città
signin-local-heading = Esperti invitati
signin-platform-heading = Operatori e coordinatori della rete
signin-demo-link = Demo: accedi come una persona di esempio
signin-failed = L'indirizzo email o la password non sono corretti.
signin-throttled = Troppi tentativi. Attendi 15 minuti prima di riprovare.
sso-error-not-configured = Questa città non ha ancora configurato l'accesso con i propri account.
sso-error-state = L'accesso ha richiesto troppo tempo o è stato interrotto. Ricomincia.
sso-error-unavailable = Il servizio di accesso della città non è raggiungibile in questo momento. Riprova più tardi.
sso-error-refused = Il servizio di accesso della città non ha confermato la tua identità. Ricomincia.

account-title = Il tuo profilo
account-roles = Ruoli

role-operator = Operatore della piattaforma
role-coordinator = Coordinatore della rete
role-tenant-admin = Amministratore della città
role-juror = Giurato
role-mentor = Mentore
role-employee = Dipendente

demo-signin-title = Accesso dimostrativo
demo-signin-intro = Questa pagina esiste solo nella demo. Scegli una persona di esempio per vedere la piattaforma attraverso il suo ruolo.
demo-signin-as = Accedi come questa persona

accept-title = Scegli la tua password
accept-submit = Salva la password e accedi
password-hint = Almeno 12 caratteri. Una breve frase è facile da ricordare e difficile da indovinare.
password-too-short = La password deve avere almeno 12 caratteri.
password-too-long = La password può avere al massimo 256 caratteri.
password-mismatch = Le due password non coincidono.

invitations-title = Invita esperti esterni
invitation-created = L'invito è pronto. Invia questo link alla persona; funziona una sola volta, per 14 giorni:
invite-submit = Crea l'invito
invitations-sent = Inviti
invitations-none = Non è ancora stato invitato nessuno.
invitation-state = Stato
invitation-accepted = Accettato
invitation-expired = Scaduto
invitation-pending = In attesa, valido fino al { $date }
invite-error-email = Inserisci un indirizzo email come nome@esempio.it.
invite-error-name = Inserisci il nome della persona (al massimo 200 caratteri).
invite-error-role = Scegli giurato o mentore.

sso-title = Accesso con gli account della città
sso-saved = Le impostazioni sono state salvate.
sso-redirect-uri = Registra questo indirizzo di ritorno presso il tuo fornitore di identità:
sso-issuer = URL dell'emittente (issuer)
sso-client-id = ID client
sso-client-secret = Segreto del client
sso-secret-kept = È memorizzato un segreto, che non viene mai mostrato. Lascia vuoto per mantenerlo.
sso-secret-needed = Incolla il segreto che il fornitore di identità ha assegnato a questo client.
sso-scopes = Ambiti (scope)
sso-email-claim = Attributo con l'indirizzo email
sso-name-claim = Attributo con il nome visualizzato
sso-division-claim = Attributo con la divisione
sso-grade-claim = Attributo con la qualifica
sso-error-issuer = Inserisci l'indirizzo dell'emittente, ad esempio https://login.esempio.it.
sso-error-issuer-https = L'indirizzo dell'emittente deve iniziare con https://.
sso-error-client-id = Inserisci l'ID client (al massimo 255 caratteri).
sso-error-secret = Inserisci il segreto del client (al massimo 1.024 caratteri).
sso-error-scopes = Gli ambiti devono comprendere openid.
sso-error-claim = Usa un nome di attributo fatto di lettere, cifre, punti, trattini o trattini bassi.
sso-error-discovery = Non è stato possibile leggere il documento di discovery del fornitore di identità a questo indirizzo.

people-title = Persone
people-search = Cerca per nome o email
people-none = Nessun risultato.
people-status = Stato
people-local = invitato, accede con una password
people-active = Attivo
people-inactive = Disattivato
people-deactivate = Disattiva
people-activate = Riattiva

operator-title = Console dell'operatore
operator-slug = Nome nell'indirizzo
operator-active = Attiva

tokens-title = Token API
tokens-intro = Un token consente a un altro sistema di usare l'API della città come l'amministratore che lo ha creato. Tienilo segreto e revocalo quando non serve più.
tokens-created = Il token è pronto. Copialo ora: non verrà più mostrato.
tokens-name = Nome (a che cosa serve il token)
tokens-create = Crea un token
tokens-prefix = Inizia con
tokens-created-on = Creato il
tokens-last-used = Ultimo utilizzo
tokens-revoked = Revocato
tokens-revoke = Revoca
token-error-name = Dai al token un nome di al massimo 120 caratteri.
sso-extra-claims = Altri attributi da conservare per le regole di ammissione (nomi separati da spazi)
sso-error-extra-claims = Elenca nomi di attributi fatti di lettere, cifre, punti, trattini o trattini bassi, separati da spazi (non qualifica né divisione).

account-preferences = Preferenze
account-language = Lingua delle pagine
account-language-browser = Quella richiesta dal mio browser
account-notify-by-email = Inviami le notifiche anche per email
account-data = I tuoi dati
account-export = Scarica tutto ciò che la piattaforma conserva su di te (JSON)
account-erasure-explained = Puoi chiedere la cancellazione: nome, indirizzo email e identità vengono rimossi e le tue proposte restano senza il tuo nome. Un amministratore della città conferma la richiesta.
account-erasure-request = Chiedi la cancellazione
account-erasure-pending = Hai chiesto la cancellazione; un amministratore della città la confermerà.
people-erasure-requested = Ha chiesto la cancellazione
people-erase = Cancella ora
person-erased = Ex partecipante n. { $id }
sso-test = Verifica la connessione
sso-test-ok = Il fornitore di identità ha risposto: il documento di discovery e le chiavi sono stati letti.
sso-test-private = L'indirizzo dell'emittente { $host } appartiene a una rete privata o locale, che questo server non contatta.
sso-test-failed = Non è stato possibile raggiungere il fornitore di identità, oppure non ha risposto come dovrebbe. Dettaglio tecnico: { $reason }
