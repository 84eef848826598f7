# Textes communs de l'interface : mise en page, erreurs, nombres et dates.

app-name = Innovato
skip-link = Aller au contenu
language-switcher = Langue
demo-banner = Site de démonstration : les personnes, propositions et chiffres présentés ici sont fictifs et servent uniquement à la démonstration, à l'exception des chiffres publiés des éditions d'Innova.TO de la Ville de Turin.
suspended-banner = Le site de cette ville est suspendu : vous pouvez le consulter, mais aucune modification n'est possible.
footer-platform = Innovato, appels à idées pour les administrations municipales
footer-all-cities = Toutes les villes

platform-title = Appels à idées dans les villes du réseau
platform-intro = Les agents municipaux proposent des innovations, un jury sélectionne les meilleures sans savoir qui les a rédigées, et les propositions lauréates sont accompagnées jusqu'à leur mise en œuvre.
platform-cities = Villes
platform-no-cities = Aucune ville n'a encore rejoint la plateforme.
platform-city-languages = Langues :
platform-city-demo = Données de démonstration
platform-city-suspended = Suspendue

error-status = Code d'erreur
error-back-home = Retour à la page d'accueil
error-not-found = Page introuvable
    .detail = Aucune page ne se trouve à cette adresse. Elle a peut-être été déplacée, ou le lien contient une erreur de saisie.
error-unknown-tenant = Ville introuvable
    .detail = Aucune ville de la plateforme n'utilise cette adresse. Vérifiez le lien ou choisissez une ville dans la liste de toutes les villes.
error-unavailable = Service temporairement indisponible
    .detail = Le service ne parvient pas à accéder à ses données pour le moment. Rien de ce que vous avez enregistré n'est perdu ; veuillez réessayer dans une minute.
error-internal = Une erreur s'est produite de notre côté
    .detail = L'erreur a été enregistrée et sera examinée. Rien de ce que vous avez enregistré n'est perdu ; veuillez réessayer.

# $amount est déjà mis en forme avec le séparateur de milliers propre à la langue.
money-eur = { $amount } €
# $day et $year sont des nombres, $month est le nom du mois tiré de month-1 … month-12.
date-long = { $day } { $month } { $year }
date-time = { $date } à { $time }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

session-unavailable-banner = Nous n'avons pas pu vérifier votre session pour le moment. Veuillez vous reconnecter ; rien de ce que vous avez enregistré n'est perdu.
account-menu = Votre compte
menu = Menu
sign-in = Se connecter
sign-out = Se déconnecter
save = Enregistrer
search = Rechercher
field-email = Adresse e-mail
field-password = Mot de passe
field-name = Nom
field-role = Rôle
field-new-password = Nouveau mot de passe
field-confirm-password = Confirmez le nouveau mot de passe

error-sign-in-required = Veuillez vous connecter
    .detail = Cette page est réservée aux personnes connectées. Connectez-vous et vous reviendrez ici.
error-forbidden = Action non autorisée
    .detail = Votre rôle ne permet pas cette action. Si vous pensez qu'il devrait la permettre, adressez-vous à l'administrateur de votre ville.
error-csrf = Ce formulaire a expiré
    .detail = Pour votre sécurité, le formulaire n'a pas pu être accepté. Revenez en arrière, rechargez la page et envoyez-le à nouveau.
error-bad-request = La requête n'a pas pu être comprise
    .detail = Une partie des données envoyées est manquante ou mal formée. Revenez en arrière et vérifiez le formulaire.
error-invitation-invalid = Ce lien ne fonctionne plus
    .detail = Le lien est inconnu, a déjà été utilisé ou a expiré. Demandez-en un nouveau à la personne qui vous a invité.
error-session-store = La connexion est momentanément indisponible
    .detail = Nous ne pouvons pas vérifier les sessions pour le moment. Veuillez réessayer dans une minute.
error-session-lost = Veuillez vous reconnecter
    .detail = Nous ne pouvons pas vérifier votre session pour le moment. Rien de ce que vous avez enregistré n'est perdu ; reconnectez-vous dans une minute. Si vous envoyiez un formulaire, il n'a pas été enregistré : revenez en arrière dans votre navigateur pour retrouver votre texte.

form-has-errors = Certains champs demandent votre attention ; rien de ce que vous avez saisi n'a été perdu.
form-errors-heading = Veuillez vérifier les points suivants :
error-locked = Action impossible à ce stade
    .detail = L'appel ou la proposition en est à une étape où cette action n'est plus possible.
error-deadline = La date limite est dépassée
    .detail = La date limite était le { $deadline }. Passé ce délai, les propositions ne peuvent plus être créées, modifiées, déposées ni retirées.

notifications-title = Notifications
notifications-none = Rien de nouveau.
notifications-new = Nouveau :
notification-submitted = La proposition « { $title } », dans l'équipe de laquelle vous figurez, a été déposée.
notification-team-invitation = { $name } vous invite à rejoindre l'équipe de la proposition « { $title } ».

audit-title = Journal d'audit
audit-none = Aucune entrée.
audit-when = Quand
audit-who = Qui
audit-what = Quoi
audit-system = La plateforme (une date a été atteinte)


api-invalid = Certains champs ne sont pas valides
error-bad-token = Le jeton d'API n'est pas valide
    .detail = Le jeton est inconnu ou a été révoqué. Demandez-en un nouveau à l'administrateur de la ville.


error-too-large = Le fichier est trop volumineux
    .detail = Le fichier dépasse la taille acceptée par cette plateforme. Réduisez sa taille et envoyez-le à nouveau.
notification-in-review = La proposition « { $title } » est maintenant examinée par le jury.


error-suspended = Le site de cette ville est suspendu
    .detail = Ses pages peuvent être consultées, mais aucune modification n'est possible tant que les opérateurs de la plateforme ne l'ont pas réactivé.
audit-from = Du (date)
audit-to = Au (date)
audit-csv = Télécharger au format CSV
audit-checkpoint = Télécharger un point de contrôle signé du journal
audit-broken = Le journal d'audit n'est pas intègre : aucun point de contrôle ne peut être signé. Prévenez les opérateurs de la plateforme.
audit-seq = N°
error-rate-limited = Trop de requêtes
    .detail = Vous avez envoyé beaucoup de requêtes en peu de temps. Veuillez patienter une minute puis réessayer ; rien de ce que vous aviez enregistré n’est perdu.

error-method-not-allowed = Cette adresse n'accepte pas cette méthode
    .detail = La requête a utilisé une méthode HTTP que cette adresse ne propose pas ; l'en-tête Allow indique celles qu'elle accepte.
error-unsupported-media-type = Le corps de la requête n'est pas du JSON
    .detail = Cette adresse ne lit que du JSON : envoyez le corps avec le Content-Type application/json.

# The console (issue 20, rule 1): the admin home, its side navigation, the header's admin link.
console-title = Administration
console-nav = Outils d'administration
console-group-calls = Appels et évaluation
console-group-implementation = Mise en œuvre
console-group-people = Personnes et accès
console-group-city = Paramètres de la ville
console-group-network = Réseau
console-attention = À traiter maintenant
console-attention-none = Rien ne demande votre attention pour le moment.
console-closing = les dépôts ferment dans { $days ->
        [one] 1 jour
       *[other] { $days } jours
    }
console-reviews = évaluations terminées : { $done } sur { $expected } ; jurés qui n'ont encore rien noté : { $idle }
console-stalled = { $count ->
        [one] 1 projet à l'arrêt
       *[other] { $count } projets à l'arrêt
    }
console-opening = un administrateur a demandé la levée de l'anonymat ; un second administrateur doit confirmer
console-section-closing = Appels bientôt clos
console-section-reviews = Évaluations en retard
console-section-stalled = Projets à l'arrêt
console-section-openings = Levées d'anonymat en attente d'un second administrateur
console-platform-tools = Vos outils
# issue 20, rule 3: confirmations before irreversible or far-reaching actions (confirm helper)
confirm-cancel = Annuler
confirm-do = Confirmer
confirm-cannot-undo = Cette action est irréversible.
confirm-close-call-title = Clôturer l'appel « { $call } » avant la date prévue ?
confirm-close-call-eligible = { $count ->
    [one] { $count } agent éligible ne pourra plus déposer de proposition.
   *[other] { $count } agents éligibles ne pourront plus déposer de proposition.
}
confirm-close-call-drafts = { $count ->
    [0] Aucun brouillon ne reste non déposé.
    [one] { $count } brouillon n'est pas déposé et ne le sera plus.
   *[other] { $count } brouillons ne sont pas déposés et ne le seront plus.
}
confirm-close-call-button = Clôturer l'appel maintenant
confirm-close-scoring-title = Clôturer l'évaluation de « { $call } » ?
confirm-close-scoring-final = Les notes deviennent définitives : le jury ne pourra plus noter ni modifier ses évaluations.
confirm-close-scoring-button = Clôturer l'évaluation
confirm-publish-title = Publier les résultats de « { $call } » ?
confirm-publish-short = { $count ->
    [one] { $count } proposition a moins de { $required } évaluations complètes.
   *[other] { $count } propositions ont moins de { $required } évaluations complètes.
}
confirm-publish-button = Publier les résultats
confirm-withdraw-title = Retirer cette proposition ?
confirm-withdraw-consequence = La proposition quitte définitivement l'appel : elle ne pourra plus être déposée et le jury ne la lira pas.
confirm-withdraw-button = Retirer la proposition
confirm-grant-title = Donner à { $person } le rôle « { $role } » ?
confirm-grant-consequence = { $person } pourra faire tout ce que permet le rôle « { $role } », dès sa prochaine page.
confirm-grant-button = Donner le rôle
confirm-revoke-role-title = Retirer à { $person } le rôle « { $role } » ?
confirm-revoke-role-consequence = { $person } ne pourra plus faire ce que permet le rôle « { $role } », dès sa prochaine page.
confirm-revoke-role-button = Retirer le rôle
confirm-deactivate-title = Désactiver { $person } ?
confirm-deactivate-consequence = { $person } est aussitôt déconnecté partout et ne pourra plus se connecter.
confirm-deactivate-button = Désactiver
confirm-erase-title = Effacer { $person } ?
confirm-erase-consequence = Le nom, l'adresse e-mail et les attributs de { $person } sont effacés définitivement ; ses propositions restent, sans son nom.
confirm-erase-button = Effacer définitivement
confirm-suspend-title = Suspendre { $city } ?
confirm-suspend-consequence = { $count ->
    [one] { $count } personne active ne pourra plus rien modifier sur le site de la ville.
   *[other] { $count } personnes actives ne pourront plus rien modifier sur le site de la ville.
}
confirm-suspend-dialog = Plus personne ne pourra rien modifier sur le site de la ville jusqu'à sa réactivation.
confirm-suspend-button = Suspendre la ville
confirm-token-title = Révoquer le jeton « { $token } » ?
confirm-token-consequence = Tout programme qui utilise ce jeton est refusé immédiatement.
confirm-token-button = Révoquer le jeton
# Audit log in sentences (issue 20, rule 5)
audit-platform = La plateforme
audit-anyone = Tout le monde
audit-any-action = Toute action
audit-details = Détails
audit-code = Code de l'action
audit-sentence = Ce qui s'est passé
audit-pages = Pages du journal
audit-newer = ← Entrées plus récentes
audit-older = Entrées plus anciennes →
audit-page = Page { $page }
audit-group-call = Appels
audit-group-review = Évaluation et notes
audit-group-jury = Jurys
audit-group-proposal = Propositions
audit-group-identities = Identités scellées
audit-group-project = Projets
audit-group-practice = Bibliothèque du réseau
audit-group-person = Personnes
audit-group-role = Rôles
audit-group-invitation = Invitations
audit-group-api-token = Jetons d'API
audit-group-city = Paramètres de la ville
audit-group-category = Catégories
audit-do-unknown = { $actor } a effectué l'action « { $code } » sur { $subject }.
audit-do-api-token-create = { $actor } a créé le jeton d'API « { $name } ».
audit-do-api-token-revoke = { $actor } a révoqué un jeton d'API.
audit-do-call-announce = { $actor } a envoyé l'annonce ‘{ $name }’ { $count ->
    [one] à la seule personne éligible
   *[other] aux { $count } personnes éligibles
} à l'appel ‘{ $call }’.
audit-do-call-close-early = { $days ->
    [0] { $actor } a clôturé l'appel ‘{ $call }’ en avance, { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } avant son échéance.
    [one] { $actor } a clôturé l'appel ‘{ $call }’ en avance, { $days } jour avant son échéance.
   *[other] { $actor } a clôturé l'appel ‘{ $call }’ en avance, { $days } jours avant son échéance.
}
audit-do-call-create = { $actor } a créé l'appel ‘{ $call }’.
audit-do-call-extend = { $actor } a prolongé l'appel ‘{ $call }’ jusqu'au { $deadline }.
audit-do-call-phase = { $actor } a fait passer l'appel ‘{ $call }’ de la phase « { $from } » à la phase « { $to } ».
audit-do-call-proposals-export = { $actor } a exporté en CSV { $count ->
    [one] { $count } proposition
   *[other] { $count } propositions
} de l'appel ‘{ $call }’.
audit-do-call-publish = { $actor } a publié l'appel ‘{ $call }’.
audit-do-call-results = { $actor } a publié les résultats de l'appel ‘{ $call }’ : { $count } { $total ->
    [one] primée sur { $total } proposition
   *[other] primées sur { $total } propositions
}.
audit-do-call-update = { $actor } a modifié l'appel ‘{ $call }’.
audit-do-category-create = { $actor } a créé la catégorie « { $name } ».
audit-do-category-update = { $actor } a modifié la catégorie « { $name } ».
audit-do-city-divisions = { $actor } a importé les services : { $added } ajoutés, { $renamed } renommés.
audit-do-city-logo = { $actor } a changé le logo de la ville.
audit-do-city-mail = { $actor } a modifié les paramètres de messagerie de la ville.
audit-do-city-resume = L'opérateur de la plateforme { $operator } a réactivé la ville.
audit-do-city-settings = { $actor } a modifié les paramètres de la ville.
audit-do-city-sign-in = { $actor } a modifié les paramètres de connexion de la ville.
audit-do-city-stalled-after-days = { $actor } a fixé qu'un projet est à l'arrêt après { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} sans nouvelles.
audit-do-city-suspend = L'opérateur de la plateforme { $operator } a suspendu la ville.
audit-do-identities-open = { $actor } a levé le scellé des identités de l'appel ‘{ $call }’.
audit-do-identities-open-request = { $actor } a demandé la levée du scellé des identités de l'appel ‘{ $call }’ (motif : { $reason }).
audit-do-invitation-accept = { $actor } a accepté une invitation comme { $role }.
audit-do-invitation-revoke = { $actor } a révoqué une invitation comme { $role }.
audit-do-invitation-send = { $actor } a envoyé une invitation comme { $role }.
audit-do-jury-add = { $actor } a ajouté { $person } au jury de l'appel ‘{ $call }’.
audit-do-jury-remove = { $actor } a retiré { $person } du jury de l'appel ‘{ $call }’.
audit-do-mail-retry = { $actor } a remis en file d’attente un e-mail non distribué à { $person }.
audit-do-person-attributes = { $actor } a modifié la direction ou le grade de { $person }.
audit-do-person-deactivate = { $actor } a désactivé { $person }.
audit-do-person-erase = { $actor } a effacé les données personnelles de { $person }.
audit-do-person-export = { $actor } a exporté les données personnelles de { $person }.
audit-do-person-reactivate = { $actor } a réactivé { $person }.
audit-do-practice-adopt = { $actor } a adopté une pratique de la bibliothèque du réseau pour le projet ‘{ $project }’.
audit-do-practice-publish = { $actor } a publié la proposition ‘{ $proposal }’ dans la bibliothèque du réseau.
audit-do-project-budget = { $actor } a modifié le budget du projet ‘{ $project }’.
audit-do-project-mentor = { $actor } a changé le mentor du projet ‘{ $project }’.
audit-do-project-milestone = { $actor } a ajouté une étape au projet ‘{ $project }’.
audit-do-project-milestone-done = { $actor } a marqué comme atteinte une étape du projet ‘{ $project }’.
audit-do-project-outcome = { $actor } a enregistré le résultat du projet ‘{ $project }’.
audit-do-project-status = { $actor } a changé le statut du projet ‘{ $project }’.
audit-do-project-update = { $actor } a publié des nouvelles du projet ‘{ $project }’.
audit-do-proposal-decision = { $actor } a statué sur la proposition ‘{ $proposal }’ : { $status }.
audit-do-proposal-comment-hide = { $actor } a masqué le commentaire d'un collègue sur la proposition ‘{ $proposal }’.
audit-do-proposal-redact = { $actor } a masqué un passage de la proposition ‘{ $proposal }’.
audit-do-proposal-link = { $actor } a relié la proposition ‘{ $proposal }’ à une proposition apparentée du même appel.
audit-do-review-assign = { $actor } a attribué { $count ->
    [one] { $count } évaluation supplémentaire
   *[other] { $count } évaluations supplémentaires
} pour l'appel ‘{ $call }’.
audit-do-review-close = { $actor } a clôturé la notation de l'appel ‘{ $call }’.
audit-do-review-conflict = { $actor } a déclaré un conflit d'intérêts sur la proposition ‘{ $proposal }’.
audit-do-review-reassign = { $actor } a réattribué { $count ->
    [one] { $count } évaluation
   *[other] { $count } évaluations
} de l'appel ‘{ $call }’.
audit-do-review-score = { $actor } a noté la proposition ‘{ $proposal }’.
audit-do-review-start = { $actor } a lancé l'évaluation de l'appel ‘{ $call }’ en attribuant { $count ->
    [one] { $count } évaluation
   *[other] { $count } évaluations
}.
audit-do-role-grant = { $actor } a attribué à { $person } le rôle { $role }.
audit-do-role-revoke = { $actor } a retiré à { $person } le rôle { $role }.
audit-do-call-copy = { $actor } a lancé l'appel ‘{ $call }’ à partir d'un autre appel.
audit-do-call-template = { $actor } a proposé l'appel ‘{ $call }’ au réseau comme modèle.
audit-do-call-template-withdraw = { $actor } a retiré l'appel ‘{ $call }’ des modèles du réseau.
audit-do-challenge-propose = { $actor } a proposé le défi ‘{ $challenge }’.
audit-do-challenge-select = { $actor } a retenu le défi ‘{ $challenge }’.
audit-do-challenge-decline = { $actor } a écarté le défi ‘{ $challenge }’.
audit-do-challenge-merge = { $actor } a fusionné le défi ‘{ $challenge }’ avec un autre.
audit-do-challenge-translate = { $actor } a traduit le défi ‘{ $challenge }’.
audit-do-facilitator-add = { $actor } a nommé { $person } facilitateur de l'appel ‘{ $call }’.
audit-do-facilitator-remove = { $actor } a retiré à { $person } le rôle de facilitateur de l'appel ‘{ $call }’.
audit-do-team-workshop = { $actor } a consigné un atelier de l'équipe ‘{ $proposal }’.
