# Colleagues who support and comment, and moderation.

colleagues-call-setting = Les collègues peuvent soutenir et commenter les propositions déposées tant que l'appel est ouvert
colleagues-call-setting-hint = Les agents de la ville qui peuvent participer, s'ils ne sont ni dans l'équipe de la proposition ni dans le jury, soutiennent une proposition une fois et la commentent jusqu'à la date limite ; les jurés ne voient jamais que le nombre de collègues qui la soutiennent.
colleagues-admin-title = Commentaires des collègues
colleagues-admin-intro = Tous les commentaires sur les propositions de cet appel, du plus récent au plus ancien. Un commentaire masqué reste sur cette page ; ses lecteurs en voient le motif au lieu du texte.
colleagues-list-title = Soutenez les propositions de vos collègues
colleagues-list-intro = Les propositions déposées jusqu'ici, sans leurs auteurs. Soutenez celles auxquelles vous croyez et commentez pour les aider à s'améliorer, jusqu'à la date limite.
colleagues-list-empty = Aucune proposition n'a encore été déposée.
colleagues-back-to-call = Retour à l'appel
colleagues-back-to-list = Retour aux propositions
colleagues-back-to-proposal = Retour à votre proposition
colleagues-supporters = { $count ->
    [0] Aucun collègue ne soutient encore cette proposition.
    [one] Un collègue soutient cette proposition.
   *[other] { $count } collègues soutiennent cette proposition.
}
colleagues-comments-count = { $count ->
    [0] aucun commentaire
    [one] un commentaire
   *[other] { $count } commentaires
}
colleagues-by-team = L'équipe de la proposition
colleagues-former-colleague = Un ancien collègue
colleagues-hidden = Masqué par l'administrateur : { $reason }
colleagues-support-heading = Soutien
colleagues-you-support = Vous soutenez cette proposition. Vous seul le voyez.
colleagues-support = Soutenir cette proposition
colleagues-unsupport = Retirer mon soutien
colleagues-team-note = C'est la proposition de votre équipe : vos collègues peuvent la soutenir, pas vous.
colleagues-closed = L'appel n'est plus ouvert : soutiens et commentaires sont clos.
colleagues-comments-heading = Commentaires
colleagues-no-comments = Aucun commentaire pour l'instant.
colleagues-comment-label = Votre commentaire
colleagues-comment-hint = { $max ->
    [one] Un caractère au plus. Votre nom est visible de l'équipe et des collègues, jamais du jury.
   *[other] { $max } caractères au plus. Votre nom est visible de l'équipe et des collègues, jamais du jury.
}
colleagues-comment-send = Envoyer le commentaire
colleagues-error-body = { $max ->
    [one] Écrivez un commentaire d'un caractère au plus.
   *[other] Écrivez un commentaire de 1 à { $max } caractères.
}
colleagues-error-reason = { $max ->
    [one] Indiquez un motif d'un caractère au plus.
   *[other] Indiquez un motif de 1 à { $max } caractères.
}
colleagues-error-own = Vous faites partie de l'équipe de cette proposition : seuls vos collègues peuvent la soutenir.
colleagues-hide-confirm-title = Masquer ce commentaire ?
colleagues-hide-consequence = Le commentaire sur « { $proposal } » ne sera plus montré à l'équipe ni aux collègues ; ils verront que l'administrateur l'a masqué, et pourquoi. L'action est inscrite au journal d'audit.
colleagues-hide = Masquer le commentaire
colleagues-hide-reason = Motif montré aux lecteurs
colleagues-team-link = Ce que les collègues disent de cette proposition

# The API documentation of colleagues' feedback.
api-docs-field-ColleagueComment-author = Le collègue qui l'a écrit ; absent quand l'équipe l'a écrit ou que l'auteur a été effacé.
api-docs-field-ColleagueComment-body = Le texte ; absent dès qu'un administrateur l'a masqué.
api-docs-field-ColleagueComment-by-team = Écrit par un membre de l'équipe de la proposition.
api-docs-field-ColleagueComment-hidden-reason = Pourquoi un administrateur l'a masqué.
api-docs-field-ColleagueFeedback-comments = Du plus ancien au plus récent.
api-docs-field-ColleagueFeedback-may-comment = L'appelant peut commenter maintenant.
api-docs-field-ColleagueFeedback-may-support = L'appelant peut la soutenir maintenant.
api-docs-field-ColleagueFeedback-supported-by-caller = L'appelant la soutient.
api-docs-field-ColleagueFeedback-supporters = Combien de collègues soutiennent la proposition.
api-docs-op-get-proposal-comments = Le nombre de soutiens d'une proposition et ses commentaires, pour son équipe, les administrateurs de la ville et les collègues tant que l'appel est ouvert.
api-docs-param-get-proposal-comments-id = L'identifiant de la proposition
api-docs-reply-get-proposal-comments-200 = Le nombre de soutiens et les commentaires
api-docs-reply-get-proposal-comments-403 = L'appelant ne peut pas participer à l'appel en tant que collègue
api-docs-reply-get-proposal-comments-404 = Aucune proposition déposée de la ville avec cet identifiant, dont l'appel ouvre la participation aux collègues et que l'appelant peut lire
api-docs-schema-ColleagueComment = Un commentaire sur une proposition.
api-docs-schema-ColleagueFeedback = Ce que les collègues disent d'une proposition.
