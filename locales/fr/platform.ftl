# La console des opérateurs : villes, état, création et suspension.

operator-new-city = Nouvelle ville
operator-open-calls = Appels ouverts
operator-sso = Connexion de la ville
operator-sso-configured = Configurée
operator-sso-missing = Pas encore configurée
operator-suspend = Suspendre
operator-resume = Réactiver
operator-create = Créer la ville
operator-created = La ville a été créée :
operator-created-admin = Envoyez ce lien à son premier administrateur ; il ne fonctionne qu'une seule fois, pendant 14 jours, et lui permet de choisir un mot de passe :
operator-field-slug = Nom dans l'adresse
operator-hint-slug = De 2 à 40 lettres minuscules, chiffres ou tirets, en commençant par une lettre ; les pages de la ville se trouvent à l'adresse /t/nom-adresse/.
operator-field-name = Nom de la ville
operator-field-hosts = Noms d'hôte propres à la ville (facultatif)
operator-hint-hosts = Séparés par des espaces, par exemple idees.grandparis.example ; sans https:// ni port.
operator-field-locales = Langues
operator-field-default-locale = Langue par défaut
operator-field-timezone = Fuseau horaire
operator-hint-timezone = Sous le nom que lui donne l'IANA, par exemple Europe/Rome.
operator-field-headcount = Nombre d'agents
operator-field-colour = Couleur des pages de la ville
operator-hint-colour = Au format #rrggbb ; un texte blanc doit y rester lisible.
operator-field-admin-email = Adresse e-mail du premier administrateur
operator-hint-admin = Il est invité par un lien et configure la connexion propre à la ville.
operator-field-admin-name = Nom du premier administrateur

tenant-error-slug = Utilisez de 2 à 40 lettres minuscules, chiffres ou tirets, en commençant par une lettre.
tenant-error-reserved = Ce nom dans l'adresse est réservé par la plateforme ; choisissez-en un autre.
tenant-error-duplicate-slug = Une ville utilise déjà ce nom dans l'adresse.
tenant-error-name = Saisissez le nom de la ville (120 caractères maximum).
tenant-error-host = Saisissez des noms d'hôte comme idees.grandparis.example, sans https:// ni port.
tenant-error-duplicate-host = L'un de ces noms d'hôte appartient déjà à une ville.
tenant-error-no-locales = Choisissez au moins une langue.
tenant-error-default-locale = La langue par défaut doit faire partie des langues choisies.
tenant-error-timezone = Saisissez un fuseau horaire, par exemple Europe/Rome.
tenant-error-headcount = Saisissez un nombre entier d'agents, 10 000 000 au maximum.
tenant-error-colour = Écrivez la couleur au format #rrggbb, par exemple #1f4e8c.
tenant-error-admin-email = Saisissez l'adresse e-mail du premier administrateur, par exemple nom@exemple.fr.

operator-last-sign-in = Dernière connexion
operator-never = Jamais
operator-check-sso = Vérifier
operator-sso-none = { $city } n’a pas configuré de connexion propre.
operator-sso-ok = Le fournisseur d’identité de { $city } répond.
operator-sso-failed = Le fournisseur d’identité de { $city } ne répond pas comme il le devrait : { $reason }
tenant-error-unknown-locale = Seules les langues de la plateforme peuvent être activées : it, en, fr, pt, nl, ro, es, hu.
