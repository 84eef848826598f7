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
audit-filter-action = L'action commence par
audit-none = Aucune entrée.
audit-when = Quand
audit-who = Qui
audit-what = Quoi
audit-change = Avant → après
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
audit-subject = Objet
audit-before = Avant
audit-after = Après
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
