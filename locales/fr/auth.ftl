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
