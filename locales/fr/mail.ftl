# Email: the queue, a person's choices per kind, unsubscribing, digests, delivery failures.

## The kinds of email a person chooses about
mail-kind-call-opened = Un appel auquel je peux participer s’ouvre
mail-kind-deadline = La date limite d’un appel approche
mail-kind-draft = Mon brouillon n’est pas encore soumis
mail-kind-announcement = Annonces concernant un appel
mail-kind-proposal = Mes propositions et leurs équipes
mail-kind-review = Mes évaluations en tant que membre du jury
mail-kind-results = Les résultats de mes propositions
mail-kind-project = Les projets de mise en œuvre auxquels je participe
mail-kind-cocreation = Défis et équipes qui cherchent quelqu’un de ma direction

mail-cadence-now = Immédiatement
mail-cadence-daily = Dans un récapitulatif quotidien
mail-cadence-weekly = Dans un récapitulatif hebdomadaire
mail-cadence-never = Jamais

## The email itself
mail-open = Ouvrir sur le site
mail-footer-why = Vous recevez cet e-mail parce que vous participez aux appels à idées de { $city }.
mail-footer-choices = Choisir les e-mails que vous recevez
mail-footer-unsubscribe = Se désabonner de ces e-mails
mail-digest-subject = { $city } · { $count ->
    [one] { $count } notification
   *[other] { $count } notifications
}

## The choices page
mail-choices-link = Choisir les notifications qui arrivent aussi par e-mail
mail-choices-title = Notifications par e-mail
mail-choices-intro = Pour chaque type de notification, choisissez si elle arrive aussi par e-mail immédiatement, dans un récapitulatif ou jamais. Toutes les notifications restent sur le site.
mail-choices-email-off = Vous avez désactivé les e-mails pour toutes les notifications sur la page de votre compte : aucun de ceux-ci n’est envoyé.
mail-choices-saved = Vos choix sont enregistrés.
mail-choice-required = Votre rôle exige ces e-mails : choisissez immédiatement ou un récapitulatif.
mail-choice-required-hint = Votre rôle exige ces e-mails, ils ne peuvent donc pas être désactivés ; vous pouvez les recevoir dans un récapitulatif.
mail-choices-digest-time = Les récapitulatifs partent à { $hour } h, heure de la ville : le quotidien chaque matin, l’hebdomadaire le lundi.

## Unsubscribing from an email's link
mail-unsubscribe-title = Se désabonner
mail-unsubscribe-kind = E-mails
mail-unsubscribe-now = Vous les recevez
mail-unsubscribe-button = Ne plus recevoir ces e-mails
mail-unsubscribe-done = C’est fait : vous ne recevrez plus ces e-mails. Les notifications restent sur le site.
mail-unsubscribe-required = « { $kind } » : votre rôle exige ces e-mails, ils ne peuvent donc pas être arrêtés. Vous pouvez les recevoir dans un récapitulatif.
mail-unsubscribe-choices = Choisir pour chaque type d’e-mail

## The admin's view of the queue
mail-queue-title = E-mails
mail-queue-intro = Les notifications partent par e-mail via le serveur de messagerie de la ville, ou celui de la plateforme. Les e-mails refusés par un serveur apparaissent ici avec sa réponse.
mail-queue-counts = E-mails par état
mail-queue-state = État
mail-queue-emails = E-mails
mail-queue-failures = E-mails en échec et refusés
mail-queue-no-failures = Aucun e-mail n’a échoué ni été refusé.
mail-queue-person = À
mail-queue-kind = Type
mail-queue-when = Écrit le
mail-queue-error = La réponse du serveur de messagerie
mail-state-queued = En attente d’envoi
mail-state-held = Retenu pour un récapitulatif
mail-state-sent = Envoyé
mail-state-failed = En échec après plusieurs essais
mail-state-bounced = Refusé par le serveur de messagerie
mail-state-skipped = Non envoyé (pas de serveur de messagerie, ou non souhaité)
mail-retry = Réessayer
mail-retry-title = Renvoyer cet e-mail ?
mail-retry-consequence = L’e-mail retourne dans la file d’attente et part dans quelques secondes ; la personne peut le recevoir en retard.
