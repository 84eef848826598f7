# Connexion et déconnexion, comptes, invitations et page des personnes.

signin-title = Connexion
signin-sso-heading = Agents de la ville
signin-sso-button = Se connecter avec votre compte de la ville
signin-local-heading = Experts invités
signin-platform-heading = Opérateurs et coordinateurs du réseau
signin-demo-link = Démo : se connecter en tant que personne fictive
signin-failed = L'adresse e-mail ou le mot de passe est incorrect.
signin-throttled = Trop de tentatives. Veuillez patienter 15 minutes avant de réessayer.
sso-error-not-configured = Cette ville n'a pas encore configuré la connexion avec ses propres comptes.
sso-error-state = La connexion a pris trop de temps ou a été interrompue. Veuillez recommencer.
sso-error-unavailable = Le service de connexion de la ville est injoignable pour le moment. Veuillez réessayer plus tard.
sso-error-refused = Le service de connexion de la ville n'a pas confirmé votre identité. Veuillez recommencer.

account-title = Votre compte
account-roles = Rôles

role-operator = Opérateur de la plateforme
role-coordinator = Coordinateur du réseau
role-tenant-admin = Administrateur de la ville
role-juror = Membre du jury
role-mentor = Mentor
role-employee = Agent

demo-signin-title = Connexion de démonstration
demo-signin-intro = Cette page n'existe que sur le site de démonstration. Choisissez une personne fictive pour découvrir la plateforme à travers son rôle.
demo-signin-as = Se connecter en tant que cette personne

accept-title = Choisissez votre mot de passe
accept-submit = Enregistrer le mot de passe et se connecter
password-hint = Au moins 12 caractères. Une courte phrase est facile à retenir et difficile à deviner.
password-too-short = Le mot de passe doit comporter au moins 12 caractères.
password-too-long = Le mot de passe peut comporter au maximum 256 caractères.
password-mismatch = Les deux mots de passe ne sont pas identiques.

invitations-title = Inviter des experts externes
invitation-created = L'invitation est prête. Envoyez ce lien à la personne ; il ne fonctionne qu'une seule fois, pendant 14 jours :
invite-submit = Créer l'invitation
invitations-sent = Invitations
invitations-none = Personne n'a encore été invité.
invitation-state = État
invitation-accepted = Acceptée
invitation-expired = Expirée
invitation-pending = En attente, valable jusqu'au { $date }
invitation-revoked = Révoquée
invitation-actions = Actions
invitation-revoke = Révoquer
invitation-revoke-title = Révoquer l'invitation ?
invitation-revoke-consequence = Le lien envoyé à { $email } cessera de fonctionner ; la personne n'en sera pas informée. Cette action est irréversible.
invitation-revoke-confirm = Oui, révoquer l'invitation
invitation-revoke-cancel = Annuler
invitation-revoke-accepted = Cette invitation a déjà été acceptée et ne peut plus être révoquée. Pour retirer le rôle, utilisez la page des personnes.
invitation-revoke-revoked = Cette invitation a déjà été révoquée.
invitation-revoke-expired = Cette invitation a expiré : son lien ne fonctionne déjà plus.
invite-error-email = Saisissez une adresse e-mail, par exemple nom@exemple.fr.
invite-error-name = Saisissez le nom de la personne (200 caractères maximum).
invite-error-role = Choisissez membre du jury ou mentor.

sso-title = Connexion avec les comptes de la ville
sso-saved = Les paramètres ont été enregistrés.
sso-redirect-uri = Enregistrez cette adresse de redirection auprès de votre fournisseur d'identité :
sso-issuer = URL de l'émetteur (issuer)
sso-client-id = Identifiant client
sso-client-secret = Secret client
sso-secret-kept = Un secret est enregistré ; il n'est jamais affiché. Laissez ce champ vide pour le conserver.
sso-secret-needed = Collez le secret que votre fournisseur d'identité a attribué à ce client.
sso-scopes = Portées (scopes)
sso-email-claim = Revendication (claim) contenant l'adresse e-mail
sso-name-claim = Revendication contenant le nom affiché
sso-division-claim = Revendication contenant le service
sso-grade-claim = Revendication contenant le grade
sso-error-issuer = Saisissez l'adresse de l'émetteur, par exemple https://login.exemple.fr.
sso-error-issuer-https = L'adresse de l'émetteur doit commencer par https://.
sso-error-client-id = Saisissez l'identifiant client (255 caractères maximum).
sso-error-secret = Saisissez le secret client (1 024 caractères maximum).
sso-error-scopes = Les portées doivent inclure openid.
sso-error-claim = Utilisez un nom de revendication composé de lettres, de chiffres, de points, de tirets ou de tirets bas.
sso-error-discovery = Le document de découverte (discovery) du fournisseur d'identité n'a pas pu être lu à cette adresse.

people-title = Personnes
people-search = Rechercher par nom ou adresse e-mail
people-none = Aucun résultat.
people-status = Statut
people-local = invité, se connecte avec un mot de passe
people-active = Actif
people-inactive = Désactivé
people-deactivate = Désactiver
people-activate = Réactiver

operator-title = Console de l'opérateur
operator-slug = Nom dans l'adresse
operator-active = Active


tokens-title = Jetons d'API
tokens-intro = Un jeton permet à un autre système d'utiliser l'API de la ville au nom de l'administrateur qui l'a créé. Gardez-le secret ; révoquez-le lorsqu'il n'est plus nécessaire.
tokens-created = Le jeton est prêt. Copiez-le maintenant : il ne sera plus affiché.
tokens-name = Nom (à quoi sert le jeton)
tokens-create = Créer un jeton
tokens-prefix = Commence par
tokens-created-on = Créé le
tokens-last-used = Dernière utilisation
tokens-revoked = Révoqué
tokens-revoke = Révoquer
token-error-name = Donnez au jeton un nom de 120 caractères maximum.
sso-extra-claims = Autres revendications à conserver pour les règles d’admissibilité (noms séparés par des espaces)
sso-error-extra-claims = Indiquez des noms de revendications composés de lettres, chiffres, points, tirets ou traits de soulignement, séparés par des espaces (ni grade ni service).

account-preferences = Préférences
account-language = Langue des pages
account-language-browser = Celle que demande mon navigateur
account-notify-by-email = M’envoyer aussi les notifications par courriel
account-data = Vos données
account-export = Télécharger tout ce que la plateforme conserve à votre sujet (JSON)
account-erasure-explained = Vous pouvez demander votre effacement : vos nom, adresse électronique et identité sont supprimés, et vos propositions restent sans votre nom. Un administrateur de la ville confirme la demande.
account-erasure-request = Demander l’effacement
account-erasure-pending = Vous avez demandé votre effacement ; un administrateur de la ville le confirmera.
people-erasure-requested = A demandé son effacement
people-erase = Effacer maintenant
person-erased = Ancien participant n° { $id }
sso-test = Tester la connexion
sso-test-ok = Le fournisseur d’identité a répondu : son document de découverte et ses clés ont pu être lus.
sso-test-private = L’adresse de l’émetteur { $host } est une adresse de réseau privé ou local, que ce serveur ne contacte pas.
sso-test-failed = Le fournisseur d’identité n’a pas pu être joint ou n’a pas répondu comme il le devrait. Détail technique : { $reason }

# The API's documentation page (/api/v1/docs).
api-docs-title = L'API de la ville
api-docs-intro = D'autres systèmes peuvent lire les appels de la ville et rédiger des propositions grâce à cette interface JSON. Vous trouverez ci-dessous ses opérations et la forme des données échangées.
api-docs-server = Adresse de l'interface
api-docs-auth = Authentification
api-docs-auth-detail = Envoyez « Authorization: Bearer » suivi d'un jeton d'API de cette ville. Les administrateurs de la ville créent les jetons sur la page des jetons d'API ; un jeton agit au nom de l'administrateur qui l'a créé. Un navigateur connecté peut utiliser sa session à la place, en envoyant le jeton CSRF de la page dans l'en-tête X-CSRF-Token à chaque modification.
api-docs-errors = Erreurs
api-docs-errors-detail = Chaque erreur est un document de problème (RFC 9457, application/problem+json) avec type, title, status et detail ; title et detail sont dans la langue de l'en-tête Accept-Language. Les champs invalides sont nommés dans errors.
api-docs-document = Description lisible par les machines
api-docs-operations = Opérations
api-docs-needs-token = Nécessite un jeton d'API (ou une session connectée).
api-docs-public = Ouverte à tous ; le jeton est facultatif.
api-docs-parameters = Paramètres
api-docs-name = Nom
api-docs-location = Emplacement
api-docs-type = Type de données
api-docs-required = Obligatoire
api-docs-description = Description détaillée
api-docs-yes = oui
api-docs-no = non
api-docs-request-body = Corps de la requête
api-docs-responses = Réponses
api-docs-status = Statut
api-docs-content-type = Type de contenu
api-docs-schemas = Forme des données
api-docs-one-of = L'une de ces formes :
api-docs-values = Valeurs possibles
api-docs-fields = Champs
api-docs-in-path = chemin
api-docs-in-query = chaîne de requête
api-docs-in-header = en-tête
api-docs-op-get-openapi = Cette description, au format OpenAPI 3.1
api-docs-op-get-docs = Cette page
api-docs-op-list-calls = Tous les appels publiés de la ville
api-docs-op-get-call = Un appel publié
api-docs-op-list-call-proposals = Toutes les propositions d'un appel, pour les administrateurs de la ville
api-docs-op-create-proposal = Commencer un brouillon de proposition sur un appel ouvert
api-docs-op-list-my-proposals = Les propositions dont l'appelant fait partie de l'équipe
api-docs-op-get-proposal = L'une de ses propres propositions
api-docs-op-save-proposal = Enregistrer les champs d'une proposition, jusqu'à la date limite de l'appel
api-docs-op-submit-proposal = Soumettre une proposition à son appel, jusqu'à la date limite
api-docs-op-withdraw-proposal = Retirer une proposition, jusqu'à la date limite de l'appel
api-docs-op-get-me = La personne au nom de laquelle agit la requête
api-docs-op-list-people = Les personnes de la ville, pour ses administrateurs
tokens-docs-link = Comment utiliser l'API : sa documentation
sso-post-logout-uri = Enregistrez aussi cette adresse de retour après déconnexion, pour qu’une déconnexion ici déconnecte aussi du fournisseur :
sso-test-end-session = Il annonce aussi la déconnexion (end_session_endpoint) : se déconnecter ici déconnecte aussi chez lui.
sso-test-no-end-session = Il n’annonce pas de déconnexion (end_session_endpoint) : qui se déconnecte ici reste connecté chez le fournisseur.
accept-role-title = Accepter l'invitation
accept-role-offered = Rôle proposé : { $role }
accept-role-submit = Accepter le rôle
accept-role-sign-in-first = Un compte existe déjà avec cette adresse e-mail. Connectez-vous à ce compte, puis ouvrez de nouveau ce lien : le rôle sera ajouté au compte, et son mot de passe ne changera pas.
accept-role-sign-in = Se connecter
people-error-admin-on-jury = Cette personne fait partie d'un jury
    .detail = Un administrateur voit qui a écrit chaque proposition et ne peut donc pas les juger : retirez d'abord la personne du jury des appels encore à évaluer.

## Issue 20, people page: filters, paging, role badges, attributes
people-filters = Filtrer les personnes
people-filter-role = Rôle
people-filter-any = Tous
people-division = Direction
people-grade = Grade
people-filter-clear = Effacer les filtres
people-found =
    { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
    }
people-no-role = Aucun rôle
people-juror-of-call = Juré d'un appel
people-grant = Attribuer : { $role }
people-revoke = Retirer : { $role }
people-pages = Pages de la liste
people-previous = Précédente
people-next = Suivante
people-back = Retour aux personnes
people-attributes-saved = Attributs enregistrés.
people-attributes = Direction et grade
people-attributes-intro = Les appels peuvent être réservés à une direction ou à un grade. Renseignez-les ici lorsque la connexion de la ville ne les transmet pas.
people-attribute-none = Aucun
people-from-sso = issu de la revendication SSO `{ $claim }` : à modifier chez le fournisseur d'identité
people-grade-hint = Un des grades de la ville, ou un autre nom.
people-error-division = Choisissez une des directions de la ville.
people-error-sso-owned = Cet attribut vient de la connexion de la ville (SSO) et ne peut pas être modifié ici.
people-error-grade = Saisissez un grade d'au plus { $max } caractères, sur une ligne.
