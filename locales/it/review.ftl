# Valutazione anonima della giuria: le pagine del giurato, la giuria dell'amministratore, classifica e decisioni.

review-title = Valutazioni
review-blind-note = Vedi ogni proposta senza i suoi autori: niente nomi, divisioni o date. Giudica l'idea per il suo valore.
review-no-calls = Non fai parte della giuria di nessun bando.
review-call = Bando
review-scoring = Attribuzione dei punteggi
review-your-progress = Avanzamento
review-progress = { $done } su { $total } valutate
review-state-not-started = L'attribuzione dei punteggi non è ancora iniziata
review-state-open = L'attribuzione dei punteggi è aperta
review-state-closed = L'attribuzione dei punteggi è chiusa
review-none-assigned = Non ti è stata ancora assegnata nessuna proposta.
review-proposal = Proposta
review-label = Proposta { $n }
review-scored = Valutata
review-partly-scored = Valutata in parte
review-not-scored = Non ancora valutata
review-back = Torna alle tue proposte
review-attachment = Allegato { $n } ({ $kind }, { $kib } KB)
review-scores = I tuoi punteggi
review-scale = Punteggio da 1 a { $scale } · peso { $weight }
review-comment = Commento (facoltativo)
review-save = Salva i punteggi
review-saved = I tuoi punteggi sono stati salvati. Puoi modificarli fino alla chiusura della valutazione.
review-closed-note = L'attribuzione dei punteggi è chiusa: questi punteggi sono definitivi.
review-conflict-heading = Conflitto di interessi
review-conflict-reason = Perché non dovresti valutare questa proposta (facoltativo, visibile agli amministratori della città)
review-conflict-declare = Dichiara un conflitto e passa la proposta a un altro giurato
review-error-score = Indica un numero intero compreso nella scala di questo criterio, oppure lascia il campo vuoto.
review-error-comment = Un commento può avere al massimo 2.000 caratteri.
review-error-reason = La motivazione può avere al massimo 500 caratteri.
review-error-changed = Nel frattempo i tuoi punteggi sono stati modificati in un'altra finestra. Ricarica la pagina per vederli.
review-error-no-jury = Costituisci la giuria prima di avviare la valutazione.

review-admin-title = Giuria e valutazione
review-kind-employee = Dipendente
review-kind-expert = Esperto esterno
jury-title = Giuria
jury-empty = La giuria non ha ancora nessun componente.
jury-kind = Tipo
jury-conflicts = Conflitti dichiarati
jury-remove = Rimuovi
jury-add-email = Indirizzo email della persona da aggiungere
jury-add-hint = Un dipendente della città, oppure un esperto esterno che hai invitato come giurato. Gli amministratori della città non possono far parte della giuria.
jury-add = Aggiungi alla giuria
jury-error-unknown-person = Nessuna persona attiva nella città ha questo indirizzo email. Gli esperti esterni vanno prima invitati.
jury-error-admin = Gli amministratori della città vedono chi ha scritto ogni proposta, quindi non possono essere giurati.
jury-error-role = Solo i dipendenti e i giurati invitati possono far parte di una giuria.
jury-error-already = Questa persona fa già parte della giuria.
jury-error-has-reviews = Questo giurato ha già proposte da valutare e non può essere rimosso.
review-assignment = Assegnazione
review-not-in-review = Il bando non è in valutazione: le proposte vengono assegnate dopo la scadenza.
review-start = Avvia la valutazione: assegna le proposte
review-assign-missing = Assegna le valutazioni mancanti
review-all-assigned = Ogni proposta ha tutti i suoi valutatori.
review-short-heading = Proposte senza abbastanza valutatori
review-short-missing = Valutazioni mancanti
review-short-why = Motivo
review-short-jurors = { $jurors ->
    [one] La giuria ha un solo componente.
   *[other] La giuria ha solo { $jurors } componenti.
}
review-short-conflicts = Tra gli altri giurati: { $division } della stessa divisione del gruppo, { $declared } con un conflitto dichiarato, { $eligible } in grado di valutarla.
review-close = Chiudi l'attribuzione dei punteggi
ranking-title = Classifica
ranking-formula = I punteggi ponderati di ciascun giurato (0–100) vengono standardizzati (z = (punteggio − media del giurato) / deviazione standard del giurato), così che un giurato severo e uno indulgente contino allo stesso modo; la classifica segue la media di questi punteggi z. Le formule sono riportate nella documentazione.
ranking-table = Proposte per punteggio normalizzato
ranking-rank = Posizione
ranking-normalised = Punteggio normalizzato
ranking-mean = Punteggio medio
ranking-spread = Scarto
ranking-spread-value = scarto di { $spread } punti
ranking-by-juror = Punteggio per giurato
ranking-reviews = Valutazioni
ranking-missing = valutazioni mancanti
ranking-tie = pari merito
agreement-title = Concordanza tra i giurati
agreement-alpha = Alfa di Krippendorff: { $alpha }
agreement-high = i giurati concordano bene.
agreement-moderate = i giurati concordano solo in parte: discutete le proposte controverse.
agreement-low = i giurati non concordano: discutete le proposte controverse prima di decidere.
agreement-undefined = non ci sono abbastanza proposte con due o più valutazioni complete per misurarla.
agreement-contested = Scarto maggiore tra i giurati
decision-label = Decisione
decision-undecided = Da decidere
decision-shortlist = Selezionata per la fase finale
decision-award = Premio: { $award }
decision-award-plain = Premio (senza un premio specifico)
decision-not-selected = Non selezionata
decision-save = Salva
results-publish-heading = Pubblica i risultati
results-publish-note = Ogni proposta non premiata diventa «non selezionata», quelle premiate passano alla realizzazione e ogni gruppo viene informato.
results-publish = Pubblica i risultati
results-published = I risultati sono stati pubblicati.

sealing-title = Identità secretate
sealing-active = Questo bando secreta le identità: fino ai risultati nessuno, nemmeno gli amministratori, vede chi ha scritto una proposta.
sealing-hidden = identità secretata
sealing-open = Le identità sono visibili.
sealing-reason = Perché è necessario rendere visibili le identità prima dei risultati
sealing-request = Chiedi di rendere visibili le identità
sealing-requested = { $name } ha chiesto di rendere visibili le identità. Serve la conferma di un secondo amministratore.
sealing-confirm = Conferma: rendi visibili le identità
sealing-second-admin = Serve la conferma di un altro amministratore.
sealing-error-reason = Indica una motivazione di al massimo 500 caratteri.
sealing-error-no-request = Nessuno ha chiesto di rendere visibili le identità.
sealing-error-same-admin = Serve la conferma di un secondo amministratore: la richiesta l'hai fatta tu.
sealing-mentions = Alcune proposte nominano una persona del proprio gruppo. La giuria lo vedrebbe: chiedi al gruppo di togliere il nome prima di avviare la valutazione.
sealing-field-file-name = il nome di un file allegato

notification-review-assigned = Hai proposte da valutare.
notification-awarded = La tua proposta «{ $title }» ha vinto un premio: { $award }.
notification-not-selected = I risultati sono stati pubblicati: questa volta la tua proposta «{ $title }» non è stata selezionata.

admin-call-seal = Secreta le identità: fino ai risultati nemmeno gli amministratori vedono chi ha scritto una proposta (si imposta mentre il bando è in bozza)
call-results-heading = Risultati
call-results-by = di { $names }
decision-error-award-given = Questo premio è già stato assegnato
    .detail = Un'altra proposta di questo bando lo ha già ricevuto: togli prima la decisione su quella proposta.
decision-error-unknown = Questa decisione non è tra quelle del bando
    .detail = Scegli undecided, shortlist, award-N (il premio N del bando, da 0), award o not_selected.
sealing-error-on-jury = Chi siede nella giuria di questo bando non può aprire le identità: deve farlo un altro amministratore.

redaction-passage = Passaggio da nascondere alla giuria
redaction-redact = Oscura
redaction-hint = Scrivi esattamente le parole da nascondere (un nome, un'email): i giurati leggono «[oscurato]» al loro posto, il gruppo conserva il proprio testo e ogni oscuramento è registrato nel registro delle attività.
redaction-heading = Passaggi nascosti alla giuria
redaction-mark = [oscurato]
redaction-error-passage = Scrivi il passaggio da nascondere, al massimo 500 caratteri.
redaction-error-not-found = Questa parte della proposta non contiene quel passaggio: scrivilo esattamente come è scritto.

# Employees know where they stand (issue 20): an award without a name
notification-awarded-plain = La tua proposta «{ $title }» ha vinto un premio.

# issue 20, rule 2: what is missing before a decision, the ranking in plain words, the admin's full proposal
decide-missing-heading = Che cosa manca prima di decidere
decide-nothing-missing = Non manca nulla: tutte le valutazioni sono fatte e ogni giurato ha valutato.
decide-reviews-missing = { $count ->
    [one] { $count } valutazione su { $expected } non è ancora fatta.
   *[other] { $count } valutazioni su { $expected } non sono ancora fatte.
}
decide-idle-jurors = { $count ->
    [one] { $count } giurato su { $jurors } non ha valutato nulla: { $names }.
   *[other] { $count } giurati su { $jurors } non hanno valutato nulla: { $names }.
}
decide-unassignable = { $count ->
    [one] { $count } proposta non può ricevere tutte le sue valutazioni da questa giuria.
   *[other] { $count } proposte non possono ricevere tutte le loro valutazioni da questa giuria.
}
decide-undecided = { $count ->
    [one] { $count } proposta non ha una decisione: con la pubblicazione diventa «non selezionata».
   *[other] { $count } proposte non hanno una decisione: con la pubblicazione diventano «non selezionate».
}
decide-short-list = Proposte sotto il numero di valutazioni previsto
decide-undecided-list = Proposte senza decisione
confirm-publish-teams = { $count ->
    [one] { $count } gruppo riceverà subito l'esito, con una notifica e un'email.
   *[other] { $count } gruppi riceveranno subito l'esito, con una notifica e un'email.
}
ranking-winner = Vincitrice
ranking-award-sponsor = sponsor: { $sponsor }
ranking-award-prize = premio: { $prize }
ranking-normalised-explained = Il punteggio normalizzato dice quanto questa proposta è stata sopra o sotto la media di ciascun giurato, così che un giurato severo e uno generoso contino allo stesso modo. 0 è la media; sopra 0 è meglio della media.
formula-summary = Come si calcola
agreement-explained = La concordanza dice se i giurati hanno giudicato allo stesso modo le stesse proposte. Da 0,8 i giurati concordano bene; tra 0,667 e 0,8 concordano nel complesso: discutete le proposte controverse; sotto 0,667 non concordano: discutetene prima di decidere.
agreement-formula = Alfa di Krippendorff per dati a intervalli sui punteggi ponderati: α = 1 − D_o / D_e, dove D_o è il disaccordo tra i giurati di una stessa proposta e D_e il disaccordo atteso per caso su tutti i punteggi. 1 è l'accordo pieno; 0 non è meglio del caso.
dossier-created = Iniziata il
dossier-updated = Ultima modifica il
dossier-draft = È una bozza: il gruppo non l'ha ancora inviata, quindi il testo resta suo finché non la invia.
dossier-team-sealed = Identità secretata: il bando nasconde il gruppo fino ai risultati.
dossier-reviews = Valutazioni
dossier-reviews-later = Le valutazioni compaiono qui quando la valutazione è chiusa.
dossier-conflict = Ha dichiarato un conflitto
dossier-criterion = Criterio
dossier-score-heading = Punteggio
dossier-score = { $score } / { $scale }
dossier-not-scored = Non ancora valutata.
dossier-comment = Commento
dossier-weighted = Punteggio ponderato (0–100)
