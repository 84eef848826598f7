# Les paramètres d'une ville : langues, noms, couleur, effectifs, services.

settings-title = Paramètres de la ville
settings-names = Le nom de la ville dans chaque langue (facultatif ; à défaut, le nom indiqué à la création est utilisé)
settings-grades = Agents par grade (pour les chiffres de participation des appels réservés à un grade)
settings-employees = Agents
settings-error-contrast = Un texte blanc est difficile à lire sur cette couleur : choisissez-en une plus foncée (contraste d'au moins 4,5 pour 1).
settings-error-grade = Chaque grade doit avoir un nom (80 caractères maximum, sans doublon) et un nombre entier d'agents.

divisions-title = Services
divisions-current = Services actuels
divisions-none = La ville n'a pas encore de services.
divisions-csv = Services à importer, au format CSV : une ligne par service, le code puis le nom
divisions-csv-hint = Par exemple : AMB,Service de l'environnement. Une première ligne "code,name" est ignorée. Les services dont le code existe déjà sont renommés, les nouveaux sont ajoutés ; rien n'est supprimé.
divisions-check-button = Vérifier la liste
divisions-preview = Aperçu
divisions-line = Ligne
divisions-code = Code
divisions-check = Vérification
divisions-import = Importer ces services
divisions-error-columns = Indiquez exactement deux colonnes : le code et le nom.
divisions-error-code = Le code est vide, dépasse 40 caractères ou contient des caractères autres que des lettres, des chiffres, des points, des tirets et des tirets bas.
divisions-error-name = Le nom est vide ou dépasse 200 caractères.
divisions-error-duplicate = Ce code figure déjà sur une ligne précédente.
divisions-error-empty = La liste est vide.
divisions-error-too-many = Vous pouvez importer au maximum 2 000 services à la fois.
divisions-rows-wrong = { $count ->
    [one] Une ligne doit être corrigée ; rien n'a été importé.
   *[other] { $count } lignes doivent être corrigées ; rien n'a été importé.
}
divisions-imported = Importation terminée. Services ajoutés : { $added } ; renommés : { $renamed }.

categories-title = Catégories
categories-intro = Les catégories que proposent les appels de la ville. Chacune correspond à l’une des catégories communes du réseau, afin que les villes puissent être comparées.
categories-network = Catégorie du réseau
categories-new = Nouvelle catégorie
categories-add = Ajouter la catégorie
category-error-name = Donnez à la catégorie un nom de 120 caractères au plus.
category-error-taken = Une autre catégorie porte déjà ce nom.
category-error-network = Choisissez l’une des catégories du réseau.

settings-logo = Logo
settings-logo-file = Le logo de la ville (PNG ou JPEG, 512 Ko au plus), affiché à côté de son nom
settings-mail = Serveur de messagerie propre à la ville (facultatif)
settings-smtp-url = Serveur SMTP
settings-smtp-hint = Par exemple smtp://utilisateur:motdepasse@mail.exemple.fr:587?tls=required. Conservé scellé et jamais réaffiché ; laissez les deux champs vides pour utiliser le serveur de la plateforme.
settings-mail-from = Expéditeur, par exemple Idées <idees@exemple.fr>
settings-error-logo = Le logo doit être une image PNG ou JPEG
    .detail = Choisissez un fichier PNG ou JPEG de 512 Ko au plus.
settings-error-mail = Les réglages de messagerie ne sont pas valides
    .detail = Indiquez une URL SMTP comme smtp://mail.exemple.fr:587?tls=required et un expéditeur comme Idées <idees@exemple.fr>, ou laissez les deux champs vides.
