# Colleagues who support and comment, and moderation.

colleagues-call-setting = I colleghi possono sostenere e commentare le proposte presentate finché il bando è aperto
colleagues-call-setting-hint = I dipendenti del Comune che possono partecipare, se non fanno parte del gruppo della proposta né della giuria, sostengono una proposta una volta e la commentano fino alla scadenza; i giurati vedono soltanto quanti colleghi sostengono una proposta.
colleagues-admin-title = Commenti dei colleghi
colleagues-admin-intro = Tutti i commenti alle proposte di questo bando, dai più recenti. Un commento nascosto resta su questa pagina e ai lettori mostra il motivo al posto del testo.
colleagues-list-title = Sostieni le proposte dei colleghi
colleagues-list-intro = Le proposte presentate finora, senza i nomi degli autori. Sostieni quelle in cui credi e commenta per aiutarle a migliorare, fino alla scadenza.
colleagues-list-empty = Non è ancora stata presentata nessuna proposta.
colleagues-back-to-call = Torna al bando
colleagues-back-to-list = Torna alle proposte
colleagues-back-to-proposal = Torna alla tua proposta
colleagues-supporters = { $count ->
    [0] Nessun collega sostiene ancora questa proposta.
    [one] Un collega sostiene questa proposta.
   *[other] { $count } colleghi sostengono questa proposta.
}
colleagues-comments-count = { $count ->
    [0] nessun commento
    [one] un commento
   *[other] { $count } commenti
}
colleagues-by-team = Il gruppo della proposta
colleagues-former-colleague = Un ex collega
colleagues-hidden = Nascosto dall'amministratore: { $reason }
colleagues-support-heading = Sostegno
colleagues-you-support = Sostieni questa proposta. Lo vedi solo tu.
colleagues-support = Sostieni questa proposta
colleagues-unsupport = Ritira il mio sostegno
colleagues-team-note = È la proposta del tuo gruppo: la sostengono i colleghi, non tu.
colleagues-closed = Il bando non è più aperto: sostegni e commenti sono chiusi.
colleagues-comments-heading = Commenti
colleagues-no-comments = Ancora nessun commento.
colleagues-comment-label = Il tuo commento
colleagues-comment-hint = { $max ->
    [one] Al massimo un carattere. Il tuo nome è visibile al gruppo e ai colleghi, mai alla giuria.
   *[other] Al massimo { $max } caratteri. Il tuo nome è visibile al gruppo e ai colleghi, mai alla giuria.
}
colleagues-comment-send = Invia il commento
colleagues-error-body = { $max ->
    [one] Scrivi un commento di al massimo un carattere.
   *[other] Scrivi un commento da 1 a { $max } caratteri.
}
colleagues-error-reason = { $max ->
    [one] Indica un motivo di al massimo un carattere.
   *[other] Indica un motivo da 1 a { $max } caratteri.
}
colleagues-error-own = Fai parte del gruppo di questa proposta: possono sostenerla solo i colleghi.
colleagues-hide-confirm-title = Nascondere questo commento?
colleagues-hide-consequence = Il commento a «{ $proposal }» non sarà più mostrato al gruppo né ai colleghi; vedranno che l'amministratore lo ha nascosto, e il motivo. L'azione resta nel registro delle attività.
colleagues-hide = Nascondi il commento
colleagues-hide-reason = Motivo mostrato ai lettori
colleagues-team-link = Che cosa dicono i colleghi di questa proposta

# The API documentation of colleagues' feedback.
api-docs-field-ColleagueComment-author = Il collega che l'ha scritto; assente se l'ha scritto il gruppo o se l'autore è stato cancellato.
api-docs-field-ColleagueComment-body = Il testo; assente dopo che un amministratore lo ha nascosto.
api-docs-field-ColleagueComment-by-team = Scritto da un membro del gruppo della proposta.
api-docs-field-ColleagueComment-hidden-reason = Perché un amministratore lo ha nascosto.
api-docs-field-ColleagueFeedback-comments = Dal più vecchio.
api-docs-field-ColleagueFeedback-may-comment = Chi chiama può commentare ora.
api-docs-field-ColleagueFeedback-may-support = Chi chiama può sostenerla ora.
api-docs-field-ColleagueFeedback-supported-by-caller = Chi chiama la sostiene.
api-docs-field-ColleagueFeedback-supporters = Quanti colleghi sostengono la proposta.
api-docs-op-get-proposal-comments = Quanti sostengono una proposta e i suoi commenti, per il suo gruppo, gli amministratori del Comune e i colleghi finché il bando è aperto.
api-docs-param-get-proposal-comments-id = L'id della proposta
api-docs-reply-get-proposal-comments-200 = Il numero di sostenitori e i commenti
api-docs-reply-get-proposal-comments-403 = Chi chiama non può partecipare al bando come collega
api-docs-reply-get-proposal-comments-404 = Nessuna proposta presentata del Comune con questo id, il cui bando lasci intervenire i colleghi e che chi chiama possa leggere
api-docs-schema-ColleagueComment = Un commento a una proposta.
api-docs-schema-ColleagueFeedback = Che cosa dicono i colleghi di una proposta.
