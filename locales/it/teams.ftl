# Gruppi interdivisionali dei bandi di co-creazione: la ricerca dei gruppi,
# le candidature, i portatori di interesse e la regola di composizione.

teams-title = Ricerca dei gruppi
teams-rule = { $divisions ->
    [0] Gruppi da { $min } a { $max } membri.
    [one] Gruppi da { $min } a { $max } membri, di almeno una divisione.
   *[other] Gruppi da { $min } a { $max } membri, di almeno { $divisions } divisioni diverse.
}
teams-not-forming = I gruppi si formano solo durante la fase di co-creazione del bando: ora puoi consultarli, ma non avviarne uno né candidarti.
teams-none = Nessuna sfida è stata ancora selezionata.
teams-standing = { $members ->
    [one] Un membro
   *[other] { $members } membri
}, { $divisions ->
    [one] una divisione
   *[other] { $divisions } divisioni
}
teams-needs-members = { $count ->
    [one] Manca ancora un membro.
   *[other] Mancano ancora { $count } membri.
}
teams-needs-divisions = { $count ->
    [one] Serve qualcuno di un'altra divisione.
   *[other] Servono persone di altre { $count } divisioni.
}
teams-divisions = Divisioni presenti nel gruppo
teams-lacking = Divisioni interessate dalla sfida che mancano ancora al gruppo
teams-no-team = Nessuno ha ancora avviato il gruppo di questa sfida.
teams-members = Membri
teams-lead = capogruppo
teams-pending = invitato, non ha ancora accettato
teams-accepted = ha accettato
teams-open-draft = Apri la bozza del gruppo
teams-stakeholders = Portatori di interesse esterni
teams-offers = Persone che si sono candidate
teams-invite = Invita nel gruppo
teams-start = Avvia il gruppo di questa sfida
teams-offer-message = Che cosa porteresti a questo gruppo
teams-offer-hint = Una o due frasi, ad esempio «Lavoro alle politiche abitative, conosco le procedure di sfratto». Al massimo 500 caratteri.
teams-offer = Candidati
teams-offer-again = Modifica la candidatura
teams-withdraw-offer = Ritira la candidatura
teams-back-to-call = Torna al bando
teams-name = Nome
teams-division = Divisione
teams-stakeholders-intro = Organizzazioni esterne al Comune che lavorano con il gruppo (associazioni, reti, enti pubblici o privati). Non serve loro un account.
teams-stakeholders-none = Ancora nessun portatore di interesse.
teams-organisation = Organizzazione
teams-contact = Persona di contatto
teams-contribution = Che cosa apporta
teams-add-stakeholder = Aggiungi un portatore di interesse
teams-remove-stakeholder = Rimuovi
teams-remove-stakeholder-title = Rimuovere questo portatore di interesse?
teams-remove-stakeholder-consequence = { $organisation } non comparirà più tra i portatori di interesse del gruppo.

team-error-not-forming = I gruppi si formano solo durante la fase di co-creazione del bando.
team-error-started = Questa sfida ha già un gruppo: candidati per entrarvi.
team-error-on-team = Fai già parte di questo gruppo.
team-error-from-challenge = In un bando di co-creazione una proposta è un gruppo: avvialo da una delle sfide del bando nella ricerca dei gruppi.
team-error-too-small = { $min ->
    [one] Il gruppo deve avere almeno un membro che abbia accettato.
   *[other] Il gruppo ha { $size } membri che hanno accettato; questo bando ne richiede almeno { $min }.
}
team-error-too-large = Il gruppo ha { $size } membri; questo bando ne accetta al massimo { $max }.
team-error-divisions = { $count ->
    [0] Nessun membro del gruppo appartiene a una divisione; questo bando richiede { $needed } divisioni: aggiungi persone di divisioni diverse.
    [one] Il gruppo copre una divisione ({ $divisions }); questo bando ne richiede { $needed }: aggiungi qualcuno di un'altra divisione.
   *[other] Il gruppo copre { $count } divisioni ({ $divisions }); questo bando ne richiede { $needed }: aggiungi qualcuno di un'altra divisione.
}
team-error-divisions-example = { $count ->
    [0] Nessun membro del gruppo appartiene a una divisione; questo bando richiede { $needed } divisioni: aggiungi persone di divisioni diverse, ad esempio { $example }.
    [one] Il gruppo copre una divisione ({ $divisions }); questo bando ne richiede { $needed }: aggiungi qualcuno di un'altra divisione, ad esempio { $example }.
   *[other] Il gruppo copre { $count } divisioni ({ $divisions }); questo bando ne richiede { $needed }: aggiungi qualcuno di un'altra divisione, ad esempio { $example }.
}
