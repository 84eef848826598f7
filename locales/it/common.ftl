# Testi condivisi dell'interfaccia: impaginazione, errori, numeri e date.

app-name = Innovato
skip-link = Vai al contenuto
language-switcher = Lingua
demo-banner = Sito dimostrativo: persone, proposte e cifre sono inventate a scopo dimostrativo, tranne i dati pubblicati delle edizioni di Innova.TO di Torino.
suspended-banner = Il sito di questa città è sospeso: si può consultare, ma non si può modificare nulla.
footer-platform = Innovato, bandi di idee per le amministrazioni comunali
footer-all-cities = Tutte le città

platform-title = Bandi di idee nelle città della rete
platform-intro = I dipendenti comunali propongono innovazioni, una giuria sceglie le migliori senza sapere chi le ha scritte e le vincitrici vengono accompagnate fino alla realizzazione.
platform-cities = Città
platform-no-cities = Nessuna città ha ancora aderito alla piattaforma.
platform-city-languages = Lingue:
platform-city-demo = Dati dimostrativi
platform-city-suspended = Sospesa

error-status = Codice di errore
error-back-home = Torna alla pagina iniziale
error-not-found = Pagina non trovata
    .detail = A questo indirizzo non c'è nessuna pagina. Potrebbe essere stata spostata, oppure il link contiene un errore.
error-unknown-tenant = Città non trovata
    .detail = Nessuna città della piattaforma usa questo indirizzo. Controlla il link, oppure scegli una città dall'elenco di tutte le città.
error-unavailable = Servizio momentaneamente non disponibile
    .detail = Il servizio non riesce a raggiungere i suoi dati in questo momento. Nulla di ciò che hai salvato è andato perso; riprova tra un minuto.
error-internal = Si è verificato un problema da parte nostra
    .detail = L'errore è stato registrato e verrà esaminato. Nulla di ciò che hai salvato è andato perso; riprova.

money-eur = { $amount } €
date-long = { $day } { $month } { $year }
date-time = { $date }, ore { $time }
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre

session-unavailable-banner = Al momento non riusciamo a verificare la tua sessione. Accedi di nuovo; nulla di ciò che avevi salvato è andato perso.
account-menu = Il tuo profilo
menu = Menu
sign-in = Accedi
sign-out = Esci
save = Salva
search = Cerca
field-email = Indirizzo email
field-password = Password
field-name = Nome
field-role = Ruolo
field-new-password = Nuova password
field-confirm-password = Ripeti la nuova password

error-sign-in-required = Accedi per continuare
    .detail = Questa pagina è riservata a chi ha effettuato l'accesso. Accedi e tornerai qui.
error-forbidden = Operazione non consentita
    .detail = Il tuo ruolo non consente questa operazione. Se pensi che dovrebbe, rivolgiti all'amministratore della tua città.
error-csrf = Questo modulo è scaduto
    .detail = Per sicurezza il modulo non è stato accettato. Torna indietro, ricarica la pagina e invialo di nuovo.
error-bad-request = La richiesta non è comprensibile
    .detail = Una parte dei dati inviati manca o non è valida. Torna indietro e controlla il modulo.
error-invitation-invalid = Questo link non è più valido
    .detail = Il link è sconosciuto, è già stato usato oppure è scaduto. Chiedine uno nuovo a chi ti ha invitato.
error-session-store = L'accesso è momentaneamente non disponibile
    .detail = Al momento non possiamo verificare le sessioni. Riprova tra un minuto.
error-session-lost = Accedi di nuovo
    .detail = Al momento non riusciamo a verificare la tua sessione. Nulla di ciò che avevi salvato è andato perso; accedi di nuovo tra un minuto. Se stavi inviando un modulo, non è stato salvato: torna indietro nel browser per ritrovare il tuo testo.

form-has-errors = Alcuni campi richiedono attenzione; nulla di ciò che hai scritto è andato perso.
form-errors-heading = Controlla quanto segue:
error-locked = Non è possibile in questa fase
    .detail = Il bando o la proposta sono passati a una fase in cui questa operazione non è più possibile.
error-deadline = La scadenza è passata
    .detail = La scadenza era il { $deadline }. Dopo la scadenza le proposte non si possono più creare, modificare, presentare o ritirare.

notifications-title = Notifiche
notifications-none = Nessuna novità.
notifications-new = Nuova:
notification-submitted = La proposta «{ $title }», di cui fai parte del gruppo, è stata presentata.
notification-team-invitation = { $name } ti invita nel gruppo della proposta «{ $title }».

audit-title = Registro delle attività
audit-none = Nessuna voce.
audit-when = Quando
audit-who = Chi
audit-what = Che cosa
audit-system = La piattaforma (è arrivata una data)

api-invalid = Alcuni campi non sono validi
error-bad-token = Il token API non è valido
    .detail = Il token è sconosciuto oppure è stato revocato. Chiedine uno nuovo all'amministratore della città.

error-too-large = Il file è troppo grande
    .detail = Il file supera la dimensione accettata dalla piattaforma. Riducilo e invialo di nuovo.
notification-in-review = La proposta «{ $title }» è ora in valutazione presso la giuria.

error-suspended = Il sito di questa città è sospeso
    .detail = Le pagine si possono consultare, ma non si può modificare nulla finché gli operatori della piattaforma non lo riattivano.
audit-from = Dal (data)
audit-to = Al (data)
audit-csv = Scarica in formato CSV
audit-checkpoint = Scarica un punto di controllo firmato del registro
audit-broken = Il registro delle attività non risulta integro: non si può firmare un punto di controllo. Avvisa gli operatori della piattaforma.
audit-seq = N.
error-rate-limited = Troppe richieste
    .detail = Hai inviato molte richieste in poco tempo. Attendi un minuto e riprova: nulla di quanto avevi salvato è andato perso.

error-method-not-allowed = Questo indirizzo non accetta questo metodo
    .detail = La richiesta ha usato un metodo HTTP che questo indirizzo non offre; l'intestazione Allow elenca quelli ammessi.
error-unsupported-media-type = Il corpo della richiesta non è JSON
    .detail = Questo indirizzo legge solo JSON: invia il corpo con Content-Type application/json.

# The console (issue 20, rule 1): the admin home, its side navigation, the header's admin link.
console-title = Amministrazione
console-nav = Strumenti di amministrazione
console-group-calls = Bandi e valutazione
console-group-implementation = Realizzazione
console-group-people = Persone e accessi
console-group-city = Impostazioni della città
console-group-network = Rete
console-attention = Da seguire adesso
console-attention-none = Al momento non c'è nulla che richieda la tua attenzione.
console-closing = le candidature si chiudono tra { $days ->
        [one] 1 giorno
       *[other] { $days } giorni
    }
console-reviews = valutazioni completate: { $done } su { $expected }; giurati che non hanno ancora valutato nulla: { $idle }
console-stalled = { $count ->
        [one] 1 progetto fermo
       *[other] { $count } progetti fermi
    }
console-opening = un amministratore ha chiesto di rivelare le identità sigillate; serve la conferma di un secondo amministratore
console-section-closing = Bandi in scadenza
console-section-reviews = Valutazioni in ritardo
console-section-stalled = Progetti fermi
console-section-openings = Rivelazioni delle identità in attesa di un secondo amministratore
console-platform-tools = I tuoi strumenti
# issue 20, rule 3: confirmations before irreversible or far-reaching actions (confirm helper)
confirm-cancel = Annulla
confirm-do = Conferma
confirm-cannot-undo = Questa azione non si può annullare.
confirm-close-call-title = Chiudere in anticipo il bando «{ $call }»?
confirm-close-call-eligible = { $count ->
    [one] { $count } dipendente ammesso non potrà più presentare proposte.
   *[other] { $count } dipendenti ammessi non potranno più presentare proposte.
}
confirm-close-call-drafts = { $count ->
    [0] Nessuna bozza resta non presentata.
    [one] { $count } bozza non è stata presentata e non lo sarà più.
   *[other] { $count } bozze non sono state presentate e non lo saranno più.
}
confirm-close-call-button = Chiudi il bando ora
confirm-close-scoring-title = Chiudere la valutazione di «{ $call }»?
confirm-close-scoring-final = I punteggi diventano definitivi: i giurati non potranno più valutare né modificare le loro valutazioni.
confirm-close-scoring-button = Chiudi la valutazione
confirm-publish-title = Pubblicare i risultati di «{ $call }»?
confirm-publish-short = { $count ->
    [one] { $count } proposta ha meno di { $required } valutazioni complete.
   *[other] { $count } proposte hanno meno di { $required } valutazioni complete.
}
confirm-publish-button = Pubblica i risultati
confirm-withdraw-title = Ritirare questa proposta?
confirm-withdraw-consequence = La proposta esce definitivamente dal bando: non potrà più essere presentata e la giuria non la leggerà.
confirm-withdraw-button = Ritira la proposta
confirm-grant-title = Assegnare a { $person } il ruolo «{ $role }»?
confirm-grant-consequence = { $person } potrà fare tutto ciò che il ruolo «{ $role }» consente, dalla prossima pagina che apre.
confirm-grant-button = Assegna il ruolo
confirm-revoke-role-title = Togliere a { $person } il ruolo «{ $role }»?
confirm-revoke-role-consequence = { $person } non potrà più fare ciò che il ruolo «{ $role }» consente, dalla prossima pagina che apre.
confirm-revoke-role-button = Togli il ruolo
confirm-deactivate-title = Disattivare { $person }?
confirm-deactivate-consequence = { $person } viene disconnesso ovunque subito e non potrà più accedere.
confirm-deactivate-button = Disattiva
confirm-erase-title = Cancellare { $person }?
confirm-erase-consequence = Nome, indirizzo email e attributi di { $person } vengono cancellati per sempre; le sue proposte restano, senza il suo nome.
confirm-erase-button = Cancella per sempre
confirm-suspend-title = Sospendere { $city }?
confirm-suspend-consequence = { $count ->
    [one] { $count } persona attiva non potrà più modificare nulla sul sito della città.
   *[other] { $count } persone attive non potranno più modificare nulla sul sito della città.
}
confirm-suspend-dialog = Nessuno potrà più modificare nulla sul sito della città finché non verrà riattivata.
confirm-suspend-button = Sospendi la città
confirm-token-title = Revocare il token «{ $token }»?
confirm-token-consequence = Ogni programma che usa questo token viene rifiutato da subito.
confirm-token-button = Revoca il token
# Audit log in sentences (issue 20, rule 5)
audit-platform = La piattaforma
audit-anyone = Chiunque
audit-any-action = Qualsiasi azione
audit-details = Dettagli
audit-code = Codice dell'azione
audit-sentence = Che cosa è successo
audit-pages = Pagine del registro
audit-newer = ← Voci più recenti
audit-older = Voci meno recenti →
audit-page = Pagina { $page }
audit-group-call = Bandi
audit-group-review = Valutazione e punteggi
audit-group-jury = Giurie
audit-group-proposal = Proposte
audit-group-identities = Identità sigillate
audit-group-project = Progetti
audit-group-practice = Biblioteca della rete
audit-group-person = Persone
audit-group-role = Ruoli
audit-group-invitation = Inviti
audit-group-api-token = Token API
audit-group-city = Impostazioni della città
audit-group-category = Categorie
audit-do-unknown = { $actor } ha eseguito l'azione “{ $code }” su { $subject }.
audit-do-api-token-create = { $actor } ha creato il token API “{ $name }”.
audit-do-api-token-revoke = { $actor } ha revocato un token API.
audit-do-call-announce = { $actor } ha inviato l'avviso ‘{ $name }’ { $count ->
    [one] all'unica persona ammessa
   *[other] alle { $count } persone ammesse
} al bando ‘{ $call }’.
audit-do-call-close-early = { $days ->
    [0] { $actor } ha chiuso in anticipo il bando ‘{ $call }’, { $hours ->
        [one] { $hours } ora
       *[other] { $hours } ore
    } prima della scadenza.
    [one] { $actor } ha chiuso in anticipo il bando ‘{ $call }’, { $days } giorno prima della scadenza.
   *[other] { $actor } ha chiuso in anticipo il bando ‘{ $call }’, { $days } giorni prima della scadenza.
}
audit-do-call-create = { $actor } ha creato il bando ‘{ $call }’.
audit-do-call-extend = { $actor } ha prorogato il bando ‘{ $call }’ fino al { $deadline }.
audit-do-call-phase = { $actor } ha portato il bando ‘{ $call }’ dalla fase “{ $from }” alla fase “{ $to }”.
audit-do-call-proposals-export = { $actor } ha esportato in CSV { $count ->
    [one] { $count } proposta
   *[other] { $count } proposte
} del bando ‘{ $call }’.
audit-do-call-publish = { $actor } ha pubblicato il bando ‘{ $call }’.
audit-do-call-results = { $actor } ha pubblicato i risultati del bando ‘{ $call }’: { $count } { $total ->
    [one] premiata su { $total } proposta
   *[other] premiate su { $total } proposte
}.
audit-do-call-update = { $actor } ha modificato il bando ‘{ $call }’.
audit-do-category-create = { $actor } ha creato la categoria “{ $name }”.
audit-do-category-update = { $actor } ha modificato la categoria “{ $name }”.
audit-do-city-divisions = { $actor } ha importato le divisioni: { $added } aggiunte, { $renamed } rinominate.
audit-do-city-logo = { $actor } ha cambiato il logo della città.
audit-do-city-mail = { $actor } ha modificato le impostazioni di posta della città.
audit-do-city-resume = L'operatore della piattaforma { $operator } ha riattivato la città.
audit-do-city-settings = { $actor } ha modificato le impostazioni della città.
audit-do-city-sign-in = { $actor } ha modificato le impostazioni di accesso della città.
audit-do-city-stalled-after-days = { $actor } ha stabilito che un progetto è fermo dopo { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
} senza notizie.
audit-do-city-suspend = L'operatore della piattaforma { $operator } ha sospeso la città.
audit-do-identities-open = { $actor } ha aperto le identità sigillate del bando ‘{ $call }’.
audit-do-identities-open-request = { $actor } ha chiesto di aprire le identità sigillate del bando ‘{ $call }’ (motivo: { $reason }).
audit-do-invitation-accept = { $actor } ha accettato un invito come { $role }.
audit-do-invitation-revoke = { $actor } ha revocato un invito come { $role }.
audit-do-invitation-send = { $actor } ha inviato un invito come { $role }.
audit-do-jury-add = { $actor } ha aggiunto { $person } alla giuria del bando ‘{ $call }’.
audit-do-jury-remove = { $actor } ha tolto { $person } dalla giuria del bando ‘{ $call }’.
audit-do-mail-retry = { $actor } ha rimesso in coda un’email non recapitata a { $person }.
audit-do-person-attributes = { $actor } ha modificato il settore o la qualifica di { $person }.
audit-do-person-deactivate = { $actor } ha disattivato { $person }.
audit-do-person-erase = { $actor } ha cancellato i dati personali di { $person }.
audit-do-person-export = { $actor } ha esportato i dati personali di { $person }.
audit-do-person-reactivate = { $actor } ha riattivato { $person }.
audit-do-practice-adopt = { $actor } ha adottato una pratica della biblioteca della rete per il progetto ‘{ $project }’.
audit-do-practice-publish = { $actor } ha pubblicato la proposta ‘{ $proposal }’ nella biblioteca della rete.
audit-do-project-budget = { $actor } ha modificato il budget del progetto ‘{ $project }’.
audit-do-project-mentor = { $actor } ha cambiato il mentore del progetto ‘{ $project }’.
audit-do-project-milestone = { $actor } ha aggiunto una tappa al progetto ‘{ $project }’.
audit-do-project-milestone-done = { $actor } ha segnato come raggiunta una tappa del progetto ‘{ $project }’.
audit-do-project-outcome = { $actor } ha registrato l'esito del progetto ‘{ $project }’.
audit-do-project-status = { $actor } ha cambiato lo stato del progetto ‘{ $project }’.
audit-do-project-update = { $actor } ha pubblicato un aggiornamento sul progetto ‘{ $project }’.
audit-do-proposal-decision = { $actor } ha deciso sulla proposta ‘{ $proposal }’: { $status }.
audit-do-proposal-comment-hide = { $actor } ha nascosto il commento di un collega alla proposta ‘{ $proposal }’.
audit-do-proposal-redact = { $actor } ha oscurato un passaggio della proposta ‘{ $proposal }’.
audit-do-proposal-link = { $actor } ha collegato la proposta ‘{ $proposal }’ a una proposta affine dello stesso bando.
audit-do-review-assign = { $actor } ha assegnato { $count ->
    [one] { $count } valutazione in più
   *[other] { $count } valutazioni in più
} per il bando ‘{ $call }’.
audit-do-review-close = { $actor } ha chiuso i punteggi del bando ‘{ $call }’.
audit-do-review-conflict = { $actor } ha dichiarato un conflitto di interessi sulla proposta ‘{ $proposal }’.
audit-do-review-reassign = { $actor } ha riassegnato { $count ->
    [one] { $count } valutazione
   *[other] { $count } valutazioni
} del bando ‘{ $call }’.
audit-do-review-score = { $actor } ha dato i punteggi alla proposta ‘{ $proposal }’.
audit-do-review-start = { $actor } ha avviato la valutazione del bando ‘{ $call }’, assegnando { $count ->
    [one] { $count } valutazione
   *[other] { $count } valutazioni
}.
audit-do-role-grant = { $actor } ha conferito a { $person } il ruolo { $role }.
audit-do-role-revoke = { $actor } ha revocato a { $person } il ruolo { $role }.
audit-do-call-copy = { $actor } ha avviato il bando ‘{ $call }’ a partire da un altro bando.
audit-do-call-template = { $actor } ha offerto il bando ‘{ $call }’ alla rete come modello.
audit-do-call-template-withdraw = { $actor } ha ritirato il bando ‘{ $call }’ dai modelli della rete.
audit-do-challenge-propose = { $actor } ha proposto la sfida ‘{ $challenge }’.
audit-do-challenge-select = { $actor } ha selezionato la sfida ‘{ $challenge }’.
audit-do-challenge-decline = { $actor } ha respinto la sfida ‘{ $challenge }’.
audit-do-challenge-merge = { $actor } ha unito la sfida ‘{ $challenge }’ a un'altra.
audit-do-challenge-translate = { $actor } ha tradotto la sfida ‘{ $challenge }’.
audit-do-facilitator-add = { $actor } ha nominato { $person } facilitatore del bando ‘{ $call }’.
audit-do-facilitator-remove = { $actor } ha tolto a { $person } il ruolo di facilitatore del bando ‘{ $call }’.
audit-do-team-workshop = { $actor } ha registrato un laboratorio del gruppo ‘{ $proposal }’.
