# Colleagues who support and comment, and moderation.

colleagues-call-setting = Collega's mogen ingediende voorstellen steunen en becommentariëren zolang de oproep openstaat
colleagues-call-setting-hint = Medewerkers van de stad die mogen meedoen en niet in het team van het voorstel of in de jury zitten, steunen een voorstel één keer en reageren erop tot de deadline; juryleden zien alleen hoeveel collega's een voorstel steunen.
colleagues-admin-title = Reacties van collega's
colleagues-admin-intro = Alle reacties op de voorstellen van deze oproep, de nieuwste eerst. Een verborgen reactie blijft op deze pagina staan; lezers zien de reden in plaats van de tekst.
colleagues-list-title = Steun de voorstellen van je collega's
colleagues-list-intro = De voorstellen die tot nu toe zijn ingediend, zonder hun indieners. Steun de voorstellen waarin je gelooft en reageer om ze beter te maken, tot de deadline.
colleagues-list-empty = Er is nog geen voorstel ingediend.
colleagues-back-to-call = Terug naar de oproep
colleagues-back-to-list = Terug naar de voorstellen
colleagues-back-to-proposal = Terug naar je voorstel
colleagues-supporters = { $count ->
    [0] Nog geen enkele collega steunt dit voorstel.
    [one] Eén collega steunt dit voorstel.
   *[other] { $count } collega's steunen dit voorstel.
}
colleagues-comments-count = { $count ->
    [0] geen reacties
    [one] één reactie
   *[other] { $count } reacties
}
colleagues-by-team = Het team van het voorstel
colleagues-former-colleague = Een voormalige collega
colleagues-hidden = Verborgen door de beheerder: { $reason }
colleagues-support-heading = Steun
colleagues-you-support = Je steunt dit voorstel. Alleen jij ziet dat.
colleagues-support = Steun dit voorstel
colleagues-unsupport = Mijn steun intrekken
colleagues-team-note = Dit is het voorstel van je team: collega's kunnen het steunen, jij niet.
colleagues-closed = De oproep staat niet meer open: steunen en reageren kan niet meer.
colleagues-comments-heading = Reacties
colleagues-no-comments = Nog geen reacties.
colleagues-comment-label = Je reactie
colleagues-comment-hint = { $max ->
    [one] Hooguit één teken. Het team en je collega's zien je naam, de jury nooit.
   *[other] Hooguit { $max } tekens. Het team en je collega's zien je naam, de jury nooit.
}
colleagues-comment-send = Reactie versturen
colleagues-error-body = { $max ->
    [one] Schrijf een reactie van hooguit één teken.
   *[other] Schrijf een reactie van 1 tot { $max } tekens.
}
colleagues-error-reason = { $max ->
    [one] Geef een reden van hooguit één teken.
   *[other] Geef een reden van 1 tot { $max } tekens.
}
colleagues-error-own = Je zit in het team van dit voorstel: alleen collega's kunnen het steunen.
colleagues-hide-confirm-title = Deze reactie verbergen?
colleagues-hide-consequence = De reactie op ‘{ $proposal }’ wordt niet meer getoond aan het team en aan collega's; zij zien dat de beheerder haar heeft verborgen, en waarom. De actie komt in het auditlogboek.
colleagues-hide = Reactie verbergen
colleagues-hide-reason = Reden die lezers zien
colleagues-team-link = Wat collega's over dit voorstel zeggen

# The API documentation of colleagues' feedback.
api-docs-field-ColleagueComment-author = De collega die de reactie schreef; leeg als het team haar schreef of de auteur is gewist.
api-docs-field-ColleagueComment-body = De tekst; leeg zodra een beheerder haar verborg.
api-docs-field-ColleagueComment-by-team = Geschreven door een lid van het team van het voorstel.
api-docs-field-ColleagueComment-hidden-reason = Waarom een beheerder haar verborg.
api-docs-field-ColleagueFeedback-comments = Oudste eerst.
api-docs-field-ColleagueFeedback-may-comment = De aanroeper mag nu reageren.
api-docs-field-ColleagueFeedback-may-support = De aanroeper mag het voorstel nu steunen.
api-docs-field-ColleagueFeedback-supported-by-caller = De aanroeper steunt het voorstel.
api-docs-field-ColleagueFeedback-supporters = Hoeveel collega's het voorstel steunen.
api-docs-op-get-proposal-comments = Het aantal steunbetuigingen en de reacties van een voorstel, voor het team, de beheerders van de stad en collega's zolang de oproep openstaat.
api-docs-param-get-proposal-comments-id = Het id van het voorstel
api-docs-reply-get-proposal-comments-200 = Het aantal steunbetuigingen en de reacties
api-docs-reply-get-proposal-comments-403 = De aanroeper mag niet als collega aan de oproep meedoen
api-docs-reply-get-proposal-comments-404 = Geen ingediend voorstel van de stad met dit id waarvan de oproep collega's laat meedoen en dat de aanroeper mag lezen
api-docs-schema-ColleagueComment = Een reactie op een voorstel.
api-docs-schema-ColleagueFeedback = Wat collega's over een voorstel zeggen.
