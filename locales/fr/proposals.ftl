# Propositions : rédaction, équipes et liste pour l'administrateur.

proposal-untitled = Proposition sans titre
proposal-heading = La proposition
proposal-title = Titre
proposal-summary = Résumé
proposal-problem = Le problème
proposal-solution = La solution proposée
proposal-benefits = Bénéfices attendus (économies en euros, en heures, en énergie…)
proposal-resources = Ressources nécessaires
proposal-category = Catégorie
proposal-language = Langue de la proposition
proposal-divisions = Services concernés
proposal-save = Enregistrer
proposal-saved-at = Enregistrée le { $time }.
proposal-limit = { $max ->
    [one] { $max } caractère au maximum.
   *[other] { $max } caractères au maximum.
}
proposal-error-too-long = { $max ->
    [one] Ce texte est trop long : { $max } caractère au maximum.
   *[other] Ce texte est trop long : { $max } caractères au maximum.
}
proposal-error-category = Choisissez l'une des catégories de l'appel.
proposal-error-divisions = Choisissez au maximum 20 services de la ville.
proposal-error-required = Remplissez ce champ avant de déposer la proposition.
proposal-submission = Dépôt
proposal-submit = Déposer la proposition
proposal-withdraw = Retirer la proposition

status-draft = Brouillon
status-submitted = Déposée
status-withdrawn = Retirée
status-in-review = En cours d'évaluation
status-shortlisted = Présélectionnée
status-awarded = Primée
status-not-selected = Non retenue
status-in-implementation = En cours de mise en œuvre
status-implemented = Mise en œuvre
status-stopped = Arrêtée

mine-title = Mes propositions
mine-none = Vous n'avez pas encore de proposition. Ouvrez un appel pour en rédiger une.

team-title = Équipe
team-role = Rôle
team-lead = Responsable
team-co-author = Coauteur
team-pending = invitation en attente de réponse
team-invited = Vous êtes invité
team-invited-heading = Vous êtes invité à rejoindre cette équipe
team-accept = Rejoindre l'équipe
team-decline = Refuser
team-invite-label = Adresse e-mail ou nom complet du collègue
team-invite = Inviter
team-error-who = Saisissez l'adresse e-mail ou le nom complet d'un collègue.
team-error-ineligible = { $name } ne peut pas participer à cet appel.
team-error-unknown = Aucun collègue de cette ville ne correspond à « { $who } ».
team-error-ambiguous = Plusieurs collègues s'appellent « { $who } » : utilisez l'adresse e-mail.
team-error-already = { $name } fait déjà partie de l'équipe.
team-error-full = { $size ->
    [one] L'équipe est complète : cet appel n'accepte qu'une seule personne par proposition.
   *[other] L'équipe est complète : cet appel accepte au maximum { $size } personnes par proposition.
}

admin-proposals-title = Propositions
admin-proposals-none = Aucune proposition ne correspond.
admin-proposals-csv = Télécharger au format CSV
csv-proposal-id = Numéro
csv-proposal-title = Titre
csv-proposal-status = Statut
csv-proposal-category = Catégorie
csv-proposal-divisions = Services
csv-proposal-submitted-at = Date de dépôt
csv-proposal-team = Équipe


attachment-title = Pièces jointes
attachment-none = Aucun fichier joint.
attachment-delete = Supprimer
attachment-choose = Joindre un fichier (PDF, PNG, JPEG ou document bureautique)
attachment-upload = Joindre
attachment-hint = Jusqu'à { $count } fichiers de { $mb } Mo au maximum chacun. Les évaluations sont anonymes : le jury reçoit une copie sans les données qui pourraient désigner une personne (propriétés du document, données EXIF des photos, auteurs des commentaires et des modifications suivies).
attachment-size = { $kib ->
    [one] { $kib } Ko
   *[other] { $kib } Ko
}
attachment-error-type = Ce type de fichier n'est pas accepté
    .detail = Joignez un fichier PDF, PNG ou JPEG, ou un document Word, Excel, PowerPoint ou OpenDocument. Le type est déterminé d'après le contenu du fichier, et non d'après son nom.
attachment-error-malformed = Le fichier est endommagé
    .detail = Le fichier n'a pas pu être lu : les données qui pourraient nommer son auteur (les évaluations sont anonymes) ne peuvent donc pas être retirées. Enregistrez-le à nouveau depuis le logiciel avec lequel il a été créé, puis joignez-le de nouveau.
attachment-error-encrypted = Le fichier est protégé par un mot de passe ou chiffré
    .detail = Les évaluations sont anonymes, et les données qui pourraient nommer l'auteur ne peuvent pas être retirées d'un fichier chiffré. Enregistrez-le sans protection, puis joignez-le de nouveau.
attachment-error-empty = Aucun fichier n'a été choisi
    .detail = Choisissez un fichier à joindre.
attachment-error-count = La proposition a atteint le nombre maximal de fichiers
    .detail = Supprimez un fichier avant d'en joindre un autre.
attachment-error-macros = Les documents contenant des macros ne sont pas acceptés
    .detail = Enregistrez le document sans macros (par exemple en .docx plutôt qu'en .docm) et joignez-le à nouveau.
attachment-error-history = Le classeur conserve un journal de ses modifications
    .detail = Les évaluations sont anonymes, et le journal d'un classeur partagé indique qui a modifié chaque cellule et ce qu'elle contenait auparavant. Acceptez ou refusez les modifications suivies (ou cessez de partager le classeur), enregistrez-le et joignez-le à nouveau.
attachment-error-expands = Le fichier est trop volumineux pour être vérifié
    .detail = Les évaluations sont anonymes : on retire donc des documents les noms de ceux qui les ont commentés ou modifiés ; le texte de ce fichier, une fois décompressé, dépasse ce qui peut être vérifié. Divisez-le ou joignez-le en PDF.
proposal-error-key-reused = Cette clé d'idempotence a déjà servi
    .detail = Elle a été envoyée pour un autre appel ou avec un autre contenu : utilisez une nouvelle clé pour chaque proposition.

proposal-names-team = Les évaluations sont anonymes, et ces parties de votre proposition nomment une personne de votre équipe. Vous pouvez tout de même enregistrer et soumettre, mais retirez les noms :
proposal-names-team-in = Ces parties nomment une personne de votre équipe : { $fields }. Les évaluations sont anonymes : retirez les noms.

# Employees know where they stand (issue 20): My proposals' columns, the page after submitting
mine-col-proposal = Proposition
mine-col-call = Appel
submitted-title = Proposition déposée
submitted-lead = Votre proposition « { $title } » a été déposée le { $date }.
submitted-told = Vous et votre équipe en êtes informés dans vos notifications, et par e-mail si la ville en envoie.
submitted-next = La suite
submitted-edit = Jusqu'au { $date }, vous pouvez encore la modifier et l'enregistrer : le jury lit la proposition telle qu'elle est à la clôture des dépôts.
submitted-review = À partir du { $date }, à la clôture des dépôts, le jury examine les propositions sans savoir qui les a écrites.
submitted-review-now = Le jury examine les propositions, sans savoir qui les a écrites.
submitted-results = Les résultats sont attendus le { $date } : vous recevrez une notification à leur publication.
submitted-results-later = Vous recevrez une notification à la publication des résultats.
submitted-back = Retour à la proposition
