# Évaluation anonyme par le jury : les pages du juré, le jury côté administrateur, le classement et les décisions.

review-title = Évaluations
review-blind-note = Vous voyez chaque proposition sans ses auteurs : ni noms, ni services, ni dates. Jugez l'idée sur ses mérites.
review-no-calls = Vous n'êtes membre du jury d'aucun appel.
review-call = Appel
review-scoring = Notation
review-your-progress = Avancement
review-progress = { $done } sur { $total } notées
review-state-not-started = La notation n'a pas encore commencé
review-state-open = La notation est ouverte
review-state-closed = La notation est close
review-none-assigned = Aucune proposition ne vous a encore été attribuée.
review-proposal = Proposition
review-label = Proposition { $n }
review-scored = Notée
review-partly-scored = Notée en partie
review-not-scored = Pas encore notée
review-back = Retour à vos propositions
review-attachment = Pièce jointe { $n } ({ $kind }, { $kib } Ko)
review-scores = Vos notes
review-scale = Note de 1 à { $scale } · pondération { $weight }
review-comment = Commentaire (facultatif)
review-save = Enregistrer les notes
review-saved = Vos notes sont enregistrées. Vous pouvez les modifier jusqu'à la clôture de la notation.
review-closed-note = La notation est close : ces notes sont définitives.
review-conflict-heading = Conflit d'intérêts
review-conflict-reason = Pourquoi vous ne devriez pas évaluer cette proposition (facultatif, visible par les administrateurs de la ville)
review-conflict-declare = Déclarer un conflit et transmettre cette proposition à un autre juré
review-error-score = Indiquez un nombre entier compris dans l'échelle de ce critère, ou laissez le champ vide.
review-error-comment = Un commentaire peut comporter au maximum 2 000 caractères.
review-error-reason = Le motif peut comporter au maximum 500 caractères.
review-error-changed = Entre-temps, vos notes ont été modifiées dans une autre fenêtre. Rechargez la page pour les voir.
review-error-no-jury = Constituez le jury avant de lancer l'évaluation.

review-admin-title = Jury et évaluation
review-kind-employee = Agent
review-kind-expert = Expert externe
jury-title = Le jury
jury-empty = Le jury ne compte encore aucun membre.
jury-kind = Type
jury-conflicts = Conflits déclarés
jury-remove = Retirer
jury-add-email = Adresse e-mail de la personne à ajouter
jury-add-hint = Un agent de la ville, ou un expert externe que vous avez invité comme juré. Les administrateurs de la ville ne peuvent pas évaluer.
jury-add = Ajouter au jury
jury-error-unknown-person = Aucune personne active dans la ville n'a cette adresse e-mail. Invitez d'abord les experts externes.
jury-error-admin = Les administrateurs de la ville voient qui a rédigé chaque proposition ; ils ne peuvent donc pas être jurés.
jury-error-role = Seuls les agents et les jurés invités peuvent faire partie d'un jury.
jury-error-already = Cette personne fait déjà partie du jury.
jury-error-has-reviews = Ce juré a déjà des propositions à évaluer et ne peut pas être retiré.
review-assignment = Attribution
review-not-in-review = L'appel n'est pas en cours d'évaluation : les propositions sont attribuées une fois la date limite passée.
review-start = Lancer l'évaluation : attribuer les propositions
review-assign-missing = Attribuer les évaluations manquantes
review-all-assigned = Chaque proposition a tous ses évaluateurs.
review-short-heading = Propositions auxquelles il manque des évaluateurs
review-short-missing = Évaluations manquantes
review-short-why = Raison
review-short-jurors = { $jurors ->
    [one] Le jury ne compte que { $jurors } membre.
   *[other] Le jury ne compte que { $jurors } membres.
}
review-short-conflicts = Parmi les autres jurés : { $division } du même service que l'équipe, { $declared } ayant déclaré un conflit, { $eligible } en mesure de l'évaluer.
review-close = Clore la notation
ranking-title = Classement
ranking-formula = Les notes pondérées de chaque juré (0–100) sont standardisées (z = (note − moyenne du juré) / écart-type du juré), afin qu'un juré sévère et un juré indulgent pèsent autant ; le classement suit la moyenne de ces scores z. Les formules figurent dans la documentation.
ranking-table = Propositions par note normalisée
ranking-rank = Rang
ranking-normalised = Note normalisée
ranking-mean = Note moyenne
ranking-spread = Écart
ranking-spread-value = écart de { $spread } points
ranking-by-juror = Note par juré
ranking-reviews = Évaluations
ranking-missing = évaluations manquantes
ranking-tie = ex æquo
agreement-title = Accord entre les jurés
agreement-alpha = Alpha de Krippendorff : { $alpha }
agreement-high = les jurés sont largement d'accord.
agreement-moderate = les jurés ne sont que partiellement d'accord : discutez des propositions contestées.
agreement-low = les jurés sont en désaccord : discutez des propositions contestées avant de décider.
agreement-undefined = pas assez de propositions ayant au moins deux évaluations complètes pour le mesurer.
agreement-contested = Plus grands écarts entre les jurés
decision-label = Décision
decision-undecided = Non décidée
decision-shortlist = Présélectionnée
decision-award = Prix : { $award }
decision-award-plain = Prix (sans prix nommé)
decision-not-selected = Non retenue
decision-save = Enregistrer
results-publish-heading = Publier les résultats
results-publish-note = Toute proposition non primée devient « non retenue », les propositions primées passent à la mise en œuvre, et chaque équipe est informée.
results-publish = Publier les résultats
results-published = Les résultats sont publiés.

sealing-title = Identités sous scellés
sealing-active = Cet appel place les identités sous scellés : jusqu'aux résultats, personne, pas même les administrateurs, ne voit qui a rédigé une proposition.
sealing-hidden = sous scellés
sealing-open = Les identités sont visibles.
sealing-reason = Pourquoi les scellés sur les identités doivent être levés avant les résultats
sealing-request = Demander la levée des scellés
sealing-requested = { $name } a demandé la levée des scellés sur les identités. Un second administrateur doit confirmer.
sealing-confirm = Confirmer : lever les scellés
sealing-second-admin = Un autre administrateur doit confirmer.
sealing-error-reason = Indiquez un motif de 500 caractères au maximum.
sealing-error-no-request = Personne n'a demandé la levée des scellés sur les identités.
sealing-error-same-admin = Un second administrateur doit confirmer : c'est vous qui avez fait la demande.
sealing-mentions = Certaines propositions nomment un membre de leur propre équipe. Le jury le verrait : demandez à l'équipe de retirer cette mention avant de lancer l'évaluation.
sealing-field-file-name = le nom d'un fichier joint

notification-review-assigned = Vous avez des propositions à évaluer.
notification-awarded = Votre proposition « { $title } » a remporté un prix : { $award }.
notification-not-selected = Les résultats sont publiés : votre proposition « { $title } » n'a pas été retenue cette fois-ci.

admin-call-seal = Placer les identités sous scellés : jusqu'aux résultats, même les administrateurs ne voient pas qui a rédigé une proposition (à définir tant que l'appel est à l'état de brouillon)
call-results-heading = Résultats
call-results-by = par { $names }
decision-error-award-given = Ce prix a déjà été attribué
    .detail = Une autre proposition de cet appel l'a déjà reçu : modifiez d'abord la décision sur cette proposition.
decision-error-unknown = Cette décision ne fait pas partie de celles de l'appel
    .detail = Choisissez undecided, shortlist, award-N (le prix N de l'appel, à partir de 0), award ou not_selected.
sealing-error-on-jury = Un membre du jury de cet appel ne peut pas en ouvrir les identités : un autre administrateur doit le faire.

redaction-passage = Passage à cacher au jury
redaction-redact = Masquer
redaction-hint = Saisissez exactement les mots à cacher (un nom, une adresse e-mail) : les jurés lisent « [masqué] » à leur place, l'équipe garde son texte et chaque masquage est inscrit au journal d'audit.
redaction-heading = Passages cachés au jury
redaction-mark = [masqué]
redaction-error-passage = Saisissez le passage à cacher, en 500 caractères au plus.
redaction-error-not-found = Cette partie de la proposition ne contient pas ce passage : saisissez-le exactement tel qu'il est écrit.

# Employees know where they stand (issue 20): an award without a name
notification-awarded-plain = Votre proposition « { $title } » a remporté un prix.

# issue 20, rule 2: what is missing before a decision, the ranking in plain words, the admin's full proposal
decide-missing-heading = Ce qui manque avant de décider
decide-nothing-missing = Rien ne manque : toutes les évaluations sont faites et chaque juré a noté.
decide-reviews-missing = { $count ->
    [one] { $count } évaluation sur { $expected } n'est pas faite.
   *[other] { $count } évaluations sur { $expected } ne sont pas faites.
}
decide-idle-jurors = { $count ->
    [one] { $count } juré sur { $jurors } n'a rien noté : { $names }.
   *[other] { $count } jurés sur { $jurors } n'ont rien noté : { $names }.
}
decide-unassignable = { $count ->
    [one] { $count } proposition ne peut pas recevoir toutes ses évaluations de ce jury.
   *[other] { $count } propositions ne peuvent pas recevoir toutes leurs évaluations de ce jury.
}
decide-undecided = { $count ->
    [one] { $count } proposition n'a pas de décision : la publication la rend « non retenue ».
   *[other] { $count } propositions n'ont pas de décision : la publication les rend « non retenues ».
}
decide-short-list = Propositions sous le nombre d'évaluations prévu
decide-undecided-list = Propositions sans décision
confirm-publish-teams = { $count ->
    [one] { $count } équipe recevra aussitôt son résultat, par notification et par e-mail.
   *[other] { $count } équipes recevront aussitôt leur résultat, par notification et par e-mail.
}
ranking-winner = Lauréate
ranking-award-sponsor = parrain : { $sponsor }
ranking-award-prize = prix : { $prize }
ranking-normalised-explained = La note normalisée indique de combien cette proposition se situe au-dessus ou au-dessous de la moyenne propre à chaque juré, pour qu'un juré sévère et un juré généreux pèsent autant. 0 est la moyenne ; au-dessus de 0, c'est mieux que la moyenne.
formula-summary = Comment c'est calculé
agreement-explained = L'accord indique si les jurés ont jugé les mêmes propositions de la même façon. À partir de 0,8, les jurés sont bien d'accord ; entre 0,667 et 0,8, ils sont d'accord dans l'ensemble : discutez des propositions contestées ; sous 0,667, ils sont en désaccord : discutez-en avant de décider.
agreement-formula = Alpha de Krippendorff pour des données d'intervalle sur les notes pondérées : α = 1 − D_o / D_e, où D_o est le désaccord entre les jurés d'une même proposition et D_e le désaccord attendu par hasard sur toutes les notes. 1 est un accord complet ; 0 ne fait pas mieux que le hasard.
dossier-created = Commencée le
dossier-updated = Dernière modification le
dossier-draft = C'est un brouillon : son équipe ne l'a pas soumis, son texte lui appartient donc jusqu'à la soumission.
dossier-team-sealed = Sous scellés : l'appel cache l'équipe jusqu'aux résultats.
dossier-reviews = Évaluations
dossier-reviews-later = Les évaluations apparaissent ici une fois la notation close.
dossier-conflict = A déclaré un conflit
dossier-criterion = Critère
dossier-score-heading = Note
dossier-score = { $score } / { $scale }
dossier-not-scored = Pas encore notée.
dossier-comment = Commentaire
dossier-weighted = Note pondérée (0–100)
