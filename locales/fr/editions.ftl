# An edition's whole life: archiving, new editions, network templates.

admin-call-archive = Archiver l’appel
admin-call-offer-template = Proposer au réseau comme modèle
admin-call-withdraw-template = Retirer le modèle
call-archived-on = Archivé le { $date }
call-fact-archived = Archivé
call-template-since = Proposé au réseau comme modèle depuis le { $date }.
call-archived-read-only = Cet appel est archivé : ni lui, ni ses propositions, évaluations, décisions et projets ne peuvent plus être modifiés.
call-origin = Créé à partir de :
call-start-from = Partir d’un appel existant
call-start-from-city = Une nouvelle édition de l’un de vos appels
call-start-from-network = Depuis le réseau
call-templates-none = Aucune autre ville ne propose encore d’appel comme modèle.
call-start-blank = Ou partir d’un appel vierge
call-year = Année
call-new-edition = Nouvelle édition
call-copy-template = Copier ce modèle
call-copy-done = Un nouveau brouillon a été créé à partir de l’appel, ses dates décalées d’années entières. Vérifiez-le avant de le publier.
call-copy-dropped-categories = Ces catégories n’ont pas d’équivalent parmi celles de votre ville et ont été omises : { $categories }.
call-copy-unknown-attribute = La règle d’éligibilité porte sur l’attribut « { $attribute } », que votre ville n’a pas : le brouillon est ouvert à tous les agents tant que vous ne fixez pas de règle.
confirm-archive-call-title = Archiver « { $call } » ?
confirm-archive-call-read-only = L’appel, ses propositions, évaluations, décisions et projets passent définitivement en lecture seule ; l’appel reste dans tous les chiffres du réseau.
confirm-archive-call-open-projects = { $count ->
    [0] Aucun projet n’est encore ouvert.
    [one] { $count } projet est encore ouvert et restera en l’état :
   *[other] { $count } projets sont encore ouverts et resteront en l’état :
}
confirm-archive-call-project = { $title } ({ $status })
confirm-archive-call-button = Archiver
confirm-template-title = Proposer « { $call } » au réseau comme modèle ?
confirm-template-shown = Les administrateurs de chaque ville verront ses textes, catégories, critères, éligibilité, prix et réglages, et pourront les copier ; aucun nom de personne ni aucune proposition n’est montré.
confirm-template-withdraw = Vous pouvez le retirer à tout moment ; les copies déjà faites gardent leur lien avec lui.
confirm-template-button = Proposer comme modèle
network-formats-travelled = Formats d’appel qui ont voyagé
