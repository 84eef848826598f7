# Bandi di idee: la pagina iniziale di una città e la pagina di un bando.

tenant-home-title = Bandi di idee
open-calls = Bandi aperti
open-calls-none = Al momento non ci sono bandi aperti.
other-calls = Bandi in corso e conclusi
other-calls-none = Non ci sono ancora bandi precedenti.
back-to-calls = Tutti i bandi di questa città

call-phase-draft = Bozza
call-phase-open = Aperto alle proposte
call-phase-review = In valutazione
call-phase-results = Risultati pubblicati
call-phase-implementation = In realizzazione
call-phase-archived = Archiviato

call-deadline = Proposte entro il { $date }
call-results-on = Risultati il { $date }
call-proposals-submitted = { $count ->
    [one] Una proposta presentata
   *[other] { $count } proposte presentate
}

call-facts = In breve
call-opens = Apertura
call-closes = Scadenza per le proposte
call-results = Risultati
call-team = Gruppo
call-team-size = { $size ->
    [one] Una sola persona, senza gruppo
   *[other] Da soli o in un gruppo di massimo { $size } persone
}
call-eligibility = Chi può partecipare
eligibility-everyone = Tutti i dipendenti della città
eligibility-all-except = Tutti i dipendenti tranne quelli con { $attribute } { $values }
eligibility-only = Solo i dipendenti con { $attribute } { $values }
attribute-grade = qualifica
attribute-division = divisione
call-headcount = Dipendenti ammessi
call-headcount-value = { $count ->
    [one] Un dipendente
   *[other] { $count } dipendenti
}
call-awards = Premi
call-awards-value = { $count ->
    [0] Nessun premio previsto
    [one] Un premio
   *[other] { $count } premi
}
call-budget = Budget per la realizzazione
call-timezone-note = Date e orari si riferiscono al fuso orario { $zone }.
call-categories = Categorie
call-figures = In cifre
call-figure-submitted = proposte presentate
call-figure-awarded = proposte premiate

network-category-service-quality = Qualità dei servizi
network-category-new-services = Nuovi servizi
network-category-environment = Ambiente
network-category-organisational-development = Sviluppo organizzativo
network-category-employee-welfare = Benessere dei dipendenti
network-category-informatics = Informatica
network-category-operative-efficiency = Efficienza operativa

call-title = Titolo
call-description = Descrizione
call-phase = Fase
call-take-part = Partecipa
call-not-accepting = Questo bando non accetta proposte.
call-sign-in-to-propose = Accedi per scrivere una proposta
call-role-cannot-propose = Le proposte sono scritte dai dipendenti della città.
call-propose = Scrivi una proposta
eligibility-refused = Non puoi partecipare a questo bando: dipende dalla tua { $attribute }, che è «{ $yours }».

admin-calls-title = Bandi
admin-calls-new = Nuovo bando
admin-calls-none = La città non ha ancora bandi.
admin-call-scheduled = (pubblicato: si apre da solo alla data prevista)
admin-call-edit = Modifica il bando
admin-call-texts = Titolo e descrizione in ogni lingua della città (la lingua predefinita è obbligatoria)
admin-call-dates = Date
admin-call-rules = Regole
admin-call-team-size = Gruppo più numeroso, in persone
admin-eligibility-all-except = Tutti tranne chi ha uno dei valori nell'attributo
admin-eligibility-only = Solo chi ha uno dei valori nell'attributo
admin-eligibility-attribute = Attributo
admin-eligibility-values = Valori, separati da virgole
admin-call-reviews = Valutazioni per proposta
admin-call-budget = Budget per la realizzazione, in euro
admin-call-authors-public = Mostra i nomi degli autori dopo i risultati
admin-call-criteria = Criteri di valutazione
admin-criterion-name = Criterio
admin-criterion-weight = Peso
admin-criterion-scale = Scala (punteggio massimo)
admin-award-name = Premio
admin-award-sponsor = Sponsor
admin-award-prize = Riconoscimento
admin-call-actions = Gestione del bando
admin-call-publish = Pubblica: apri alla data di apertura
admin-call-new-deadline = Nuova scadenza per le proposte
admin-call-extend = Proroga la scadenza
admin-call-close = Chiudi subito le proposte

call-error-title-length = Un titolo ha al massimo 200 caratteri e una descrizione al massimo 10.000.
call-error-title = Una descrizione richiede un titolo nella stessa lingua.
call-error-default-title = Indica il titolo nella lingua predefinita della città.
call-error-categories = Offri almeno una categoria.
call-error-date = Inserisci data e ora, ad esempio 2026-12-31 12:00.
call-error-time-gap = Questo orario non esiste nel fuso orario della città (gli orologi lo saltano). Scegline un altro.
call-error-order = Il bando deve aprirsi prima della scadenza, e la scadenza deve precedere i risultati.
call-error-team = Il gruppo deve avere da 1 a 10 persone.
call-error-reviews = Le valutazioni devono essere da 1 a 10.
call-error-headcount = I dipendenti ammessi devono essere da 1 a 10.000.000.
call-error-budget = Il budget deve essere un numero intero di euro, al massimo 100.000.000.
call-error-eligibility = Scegli una regola, un attributo e almeno un valore (oppure tutti).
call-error-criterion = Ogni criterio richiede un nome, un peso da 1 a 100 e una scala da 2 a 10.
call-error-criteria = Indica almeno un criterio di valutazione.
call-error-award = Ogni premio richiede un nome (al massimo 120 caratteri).
call-error-extension = La nuova scadenza deve essere successiva a quella attuale e precedere i risultati.
call-kind-ideas = Bando aperto di idee
call-kind-cocreation = Co-creazione a partire da sfide
