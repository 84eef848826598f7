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
