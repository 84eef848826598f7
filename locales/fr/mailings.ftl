# Mailings: announcements, deadline and draft reminders, reach.

notification-call-opened = L'appel « { $title } » est ouvert : participez avec votre propre proposition, seul ou en équipe.
notification-deadline-near = { $days ->
    [one] L'appel « { $title } » se termine dans un jour : déposez votre proposition avant la date limite.
   *[other] L'appel « { $title } » se termine dans { $days } jours : déposez votre proposition avant la date limite.
}
notification-draft-unsubmitted = Votre brouillon « { $title } » n'est pas encore déposé, et l'appel se termine dans { $days } jours.
notification-announcement = Annonce concernant l'appel « { $title } » — { $subject } : { $body }
notification-review-due = Certaines de vos évaluations pour l'appel « { $title } » ne sont pas terminées, et les résultats sont attendus dans { $days } jours.
notification-milestone-due = { $days ->
    [0] Le jalon « { $milestone } » du projet « { $title } » arrive à échéance aujourd'hui.
    [one] Le jalon « { $milestone } » du projet « { $title } » arrive à échéance demain.
   *[other] Le jalon « { $milestone } » du projet « { $title } » arrive à échéance dans { $days } jours.
}
notification-division-wanted = L'équipe du défi « { $title } » cherche un collègue de la direction { $division } : proposez-vous dans la recherche d'équipes.

mailings-title = Envois
mailings-intro = Ce que la plateforme a envoyé d'elle-même aux personnes de cet appel, et les annonces rédigées ici : pour chacun, à combien de personnes il était destiné et où en sont ses courriels.
mailings-none = Rien n'a encore été envoyé pour cet appel.
mailings-table = Envois de l'appel
mailings-what = Envoi
mailings-when = Envoyé le
mailings-audience = Destinataires
mailings-people = { $count ->
    [one] une personne
   *[other] { $count } personnes
}
mailings-state-queued = En file d'attente
mailings-state-held = Réservés pour un récapitulatif
mailings-state-sent = Envoyés
mailings-state-skipped = Non envoyés
mailings-state-failed = En échec
mailings-state-bounced = Rejetés
mailings-emails-hint = Un courriel n'est pas envoyé lorsque la personne a choisi de ne jamais recevoir ce type de message ou qu'aucun serveur de messagerie n'est configuré ; chacun retrouve de toute façon le message parmi ses notifications dans l'application.
mailings-what-call-opened = Ouverture de l'appel
mailings-what-deadline = { $days ->
    [one] Rappel de la date limite, un jour avant
   *[other] Rappel de la date limite, { $days } jours avant
}
mailings-what-draft = Brouillon non déposé, deux jours avant la date limite
mailings-what-review-due = Évaluations attendues
mailings-what-milestone = Jalon de projet à échéance
mailings-what-division = Une équipe cherche une direction
mailings-what-announcement = Annonce : { $subject }
mailings-announce-heading = Envoyer une annonce
mailings-reach = { $count ->
    [0] Personne ne peut participer à cet appel aujourd'hui : une annonce n'atteindrait personne.
    [one] Une annonce atteindra la seule personne pouvant participer à cet appel aujourd'hui.
   *[other] Une annonce atteindra les { $count } personnes pouvant participer à cet appel aujourd'hui.
}
mailings-subject = Objet
mailings-body = Texte
mailings-body-hint = Jusqu'à 5 000 caractères. Chaque personne éligible la retrouve dans l'application et, si elle le souhaite, par courriel.
mailings-review = Vérifier les destinataires et envoyer
mailings-send = Envoyer l'annonce
mailings-confirm-title = Envoyer l'annonce « { $subject } » ?
mailings-confirm-reach = { $count ->
    [0] Personne ne peut participer à cet appel aujourd'hui : l'annonce n'atteindra personne.
    [one] Elle part vers la seule personne éligible à cet appel, dans l'application et par courriel si elle le souhaite.
   *[other] Elle part vers les { $count } personnes éligibles à cet appel, dans l'application et par courriel pour celles qui le souhaitent.
}
mailings-confirm-final = Une fois envoyée, elle ne peut pas être retirée.
mailings-sent = L'annonce a été envoyée.
mailings-closed = Les annonces s'adressent aux personnes éligibles d'un appel publié et non archivé.
mailings-error-required = Remplissez ce champ.
mailings-error-too-long = { $max } caractères au plus.
mailings-error-one-line = L'objet doit tenir sur une seule ligne.
mailings-error-token = Ce formulaire ne peut plus être envoyé : rechargez la page et envoyez l'annonce à nouveau.
mailings-error-draft = Un appel en brouillon n'est visible que par vous : publiez-le avant d'annoncer quoi que ce soit.
mailings-error-archived = Cet appel est archivé : plus aucune annonce ne peut être envoyée.
