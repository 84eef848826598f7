# Texte comune ale interfeței: structura paginii, erori, numere și date calendaristice.

app-name = Innovato
skip-link = Salt la conținut
language-switcher = Limbă
demo-banner = Site demonstrativ: toate persoanele, propunerile și cifrele de aici sunt fictive și au doar rol demonstrativ, cu excepția cifrelor publicate ale edițiilor Innova.TO din Torino.
suspended-banner = Site-ul acestui oraș este suspendat: îl puteți consulta, dar nu se pot face modificări.
footer-platform = Innovato, apeluri de idei pentru administrațiile locale
footer-all-cities = Toate orașele

platform-title = Apeluri de idei în orașele din rețea
platform-intro = Angajații primăriilor propun inovații, un juriu le alege pe cele mai bune fără să știe cine le-a scris, iar propunerile câștigătoare sunt sprijinite până la implementare.
platform-cities = Orașe
platform-no-cities = Niciun oraș nu s-a alăturat încă platformei.
platform-city-languages = Limbi:
platform-city-demo = Date demonstrative
platform-city-suspended = Suspendat

error-status = Cod de eroare
error-back-home = Înapoi la pagina principală
error-not-found = Pagina nu a fost găsită
    .detail = Nu există nicio pagină la această adresă. Este posibil să fi fost mutată sau ca linkul să conțină o greșeală.
error-unknown-tenant = Orașul nu a fost găsit
    .detail = Niciun oraș de pe această platformă nu folosește această adresă. Verificați linkul sau alegeți un oraș din lista tuturor orașelor.
error-unavailable = Serviciu temporar indisponibil
    .detail = Serviciul nu își poate accesa datele în acest moment. Nimic din ce ați salvat nu s-a pierdut; vă rugăm să încercați din nou peste un minut.
error-internal = A apărut o problemă din partea noastră
    .detail = Eroarea a fost înregistrată și va fi analizată. Nimic din ce ați salvat nu s-a pierdut; vă rugăm să încercați din nou.

# $amount este deja formatat cu gruparea cifrelor specifică limbii.
money-eur = { $amount } €
# $day și $year sunt numere, $month este numele lunii, preluat din month-1 … month-12.
date-long = { $day } { $month } { $year }
date-time = { $date }, ora { $time }
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

session-unavailable-banner = Nu am putut verifica sesiunea dumneavoastră în acest moment. Vă rugăm să vă autentificați din nou; nimic din ce ați salvat nu s-a pierdut.
account-menu = Contul dumneavoastră
menu = Meniu
sign-in = Autentificare
sign-out = Deconectare
save = Salvare
search = Căutare
field-email = Adresă de e-mail
field-password = Parolă
field-name = Nume
field-role = Rol
field-new-password = Parolă nouă
field-confirm-password = Repetați parola nouă

error-sign-in-required = Vă rugăm să vă autentificați
    .detail = Această pagină este destinată persoanelor autentificate. Autentificați-vă și veți reveni aici.
error-forbidden = Acțiune nepermisă
    .detail = Rolul dumneavoastră nu permite această acțiune. Dacă considerați că ar trebui să o permită, adresați-vă administratorului orașului dumneavoastră.
error-csrf = Acest formular a expirat
    .detail = Pentru siguranța dumneavoastră, formularul nu a putut fi acceptat. Reveniți la pagina anterioară, reîncărcați pagina și trimiteți-l din nou.
error-bad-request = Cererea nu a putut fi înțeleasă
    .detail = O parte din datele trimise lipsește sau are un format greșit. Reveniți la pagina anterioară și verificați formularul.
error-invitation-invalid = Acest link nu mai funcționează
    .detail = Linkul este necunoscut, a fost deja folosit sau a expirat. Cereți unul nou persoanei care v-a invitat.
error-session-store = Autentificarea este temporar indisponibilă
    .detail = Nu putem verifica sesiunile în acest moment. Vă rugăm să încercați din nou peste un minut.
error-session-lost = Vă rugăm să vă autentificați din nou
    .detail = Nu putem verifica sesiunea dumneavoastră în acest moment. Nimic din ce ați salvat nu s-a pierdut; autentificați-vă din nou peste un minut. Dacă trimiteați un formular, acesta nu a fost salvat: reveniți în browser la pagina anterioară pentru a vă regăsi textul.

form-has-errors = Unele câmpuri necesită atenția dumneavoastră; nimic din ce ați scris nu s-a pierdut.
form-errors-heading = Verificați următoarele:
error-locked = Nu este posibil în această etapă
    .detail = Apelul sau propunerea a trecut într-o etapă în care această acțiune nu mai este posibilă.
error-deadline = Termenul-limită a expirat
    .detail = Termenul-limită era { $deadline }. După această dată, propunerile nu mai pot fi create, modificate, depuse sau retrase.

notifications-title = Notificări
notifications-none = Nimic nou.
notifications-new = Noi:
notification-submitted = Propunerea „{ $title }”, din a cărei echipă faceți parte, a fost depusă.
notification-team-invitation = { $name } vă invită în echipa propunerii „{ $title }”.

audit-title = Jurnal de audit
audit-none = Nicio înregistrare.
audit-when = Când
audit-who = Cine
audit-what = Ce
audit-system = Platforma (a fost atinsă o dată stabilită)


api-invalid = Unele câmpuri nu sunt valide
error-bad-token = Tokenul API nu este valid
    .detail = Tokenul este necunoscut sau a fost revocat. Cereți unul nou administratorului orașului.


error-too-large = Fișierul este prea mare
    .detail = Fișierul depășește dimensiunea acceptată de această platformă. Reduceți-i dimensiunea și trimiteți-l din nou.
notification-in-review = Propunerea „{ $title }” este acum evaluată de juriu.


error-suspended = Site-ul acestui oraș este suspendat
    .detail = Paginile sale pot fi consultate, dar nu se poate modifica nimic până când operatorii platformei nu îl reactivează.
audit-from = De la (data)
audit-to = Până la (data)
audit-csv = Descărcați în format CSV
audit-checkpoint = Descărcați un punct de control semnat al jurnalului
audit-broken = Jurnalul de audit nu este integru, deci nu se poate semna un punct de control. Anunțați operatorii platformei.
audit-seq = Nr.
error-rate-limited = Prea multe cereri
    .detail = Ați trimis multe cereri într-un timp scurt. Așteptați un minut și încercați din nou; nimic din ce ați salvat nu s-a pierdut.

error-method-not-allowed = Această adresă nu acceptă această metodă
    .detail = Cererea a folosit o metodă HTTP pe care această adresă nu o oferă; antetul Allow le enumeră pe cele acceptate.
error-unsupported-media-type = Corpul cererii nu este JSON
    .detail = Această adresă citește doar JSON: trimiteți corpul cu Content-Type application/json.

# The console (issue 20, rule 1): the admin home, its side navigation, the header's admin link.
console-title = Administrare
console-nav = Instrumente de administrare
console-group-calls = Apeluri și evaluare
console-group-implementation = Implementare
console-group-people = Persoane și acces
console-group-city = Setările orașului
console-group-network = Rețea
console-attention = Necesită atenție acum
console-attention-none = În acest moment nimic nu necesită atenția dumneavoastră.
console-closing = depunerile se închid în { $days ->
        [one] 1 zi
       *[other] { $days } zile
    }
console-reviews = evaluări finalizate: { $done } din { $expected }; jurați care nu au punctat nimic: { $idle }
console-stalled = { $count ->
        [one] 1 proiect blocat
       *[other] { $count } proiecte blocate
    }
console-opening = un administrator a cerut deschiderea identităților sigilate; un al doilea administrator trebuie să confirme
console-section-closing = Apeluri care se închid curând
console-section-reviews = Evaluări întârziate
console-section-stalled = Proiecte blocate
console-section-openings = Deschideri de identități care așteaptă un al doilea administrator
console-platform-tools = Instrumentele dumneavoastră
# issue 20, rule 3: confirmations before irreversible or far-reaching actions (confirm helper)
confirm-cancel = Renunță
confirm-do = Confirmă
confirm-cannot-undo = Această acțiune nu poate fi anulată.
confirm-close-call-title = Închideți mai devreme apelul „{ $call }”?
confirm-close-call-eligible = { $count ->
    [one] { $count } angajat eligibil nu va mai putea depune propuneri.
    [few] { $count } angajați eligibili nu vor mai putea depune propuneri.
   *[other] { $count } de angajați eligibili nu vor mai putea depune propuneri.
}
confirm-close-call-drafts = { $count ->
    [0] Nicio ciornă nu rămâne nedepusă.
    [one] { $count } ciornă nu a fost depusă și nu va mai fi.
    [few] { $count } ciorne nu au fost depuse și nu vor mai fi.
   *[other] { $count } de ciorne nu au fost depuse și nu vor mai fi.
}
confirm-close-call-button = Închide apelul acum
confirm-close-scoring-title = Închideți evaluarea pentru „{ $call }”?
confirm-close-scoring-final = Punctajele devin definitive: jurații nu mai pot evalua și nu își mai pot modifica evaluările.
confirm-close-scoring-button = Închide evaluarea
confirm-publish-title = Publicați rezultatele pentru „{ $call }”?
confirm-publish-short = { $count ->
    [one] { $count } propunere are mai puțin de { $required } evaluări complete.
    [few] { $count } propuneri au mai puțin de { $required } evaluări complete.
   *[other] { $count } de propuneri au mai puțin de { $required } evaluări complete.
}
confirm-publish-button = Publică rezultatele
confirm-withdraw-title = Retrageți această propunere?
confirm-withdraw-consequence = Propunerea părăsește definitiv apelul: nu mai poate fi depusă, iar juriul nu o va citi.
confirm-withdraw-button = Retrage propunerea
confirm-grant-title = Îi acordați lui { $person } rolul „{ $role }”?
confirm-grant-consequence = { $person } va putea face tot ce permite rolul „{ $role }”, de la următoarea pagină deschisă.
confirm-grant-button = Acordă rolul
confirm-revoke-role-title = Îi retrageți lui { $person } rolul „{ $role }”?
confirm-revoke-role-consequence = { $person } nu va mai putea face ce permite rolul „{ $role }”, de la următoarea pagină deschisă.
confirm-revoke-role-button = Retrage rolul
confirm-deactivate-title = Dezactivați contul lui { $person }?
confirm-deactivate-consequence = { $person } este deconectat imediat peste tot și nu se mai poate autentifica.
confirm-deactivate-button = Dezactivează
confirm-erase-title = Ștergeți datele lui { $person }?
confirm-erase-consequence = Numele, adresa de e-mail și atributele lui { $person } sunt șterse definitiv; propunerile rămân, fără numele său.
confirm-erase-button = Șterge definitiv
confirm-suspend-title = Suspendați { $city }?
confirm-suspend-consequence = { $count ->
    [one] { $count } persoană activă nu va mai putea modifica nimic pe site-ul orașului.
    [few] { $count } persoane active nu vor mai putea modifica nimic pe site-ul orașului.
   *[other] { $count } de persoane active nu vor mai putea modifica nimic pe site-ul orașului.
}
confirm-suspend-dialog = Nimeni nu va mai putea modifica nimic pe site-ul orașului până la reactivare.
confirm-suspend-button = Suspendă orașul
confirm-token-title = Revocați tokenul „{ $token }”?
confirm-token-consequence = Orice program care folosește acest token este refuzat imediat.
confirm-token-button = Revocă tokenul
# Audit log in sentences (issue 20, rule 5)
audit-platform = Platforma
audit-anyone = Oricine
audit-any-action = Orice acțiune
audit-details = Detalii
audit-code = Codul acțiunii
audit-sentence = Ce s-a întâmplat
audit-pages = Paginile jurnalului
audit-newer = ← Înregistrări mai noi
audit-older = Înregistrări mai vechi →
audit-page = Pagina { $page }
audit-group-call = Apeluri
audit-group-review = Evaluare și punctaje
audit-group-jury = Jurii
audit-group-proposal = Propuneri
audit-group-identities = Identități sigilate
audit-group-project = Proiecte
audit-group-practice = Biblioteca rețelei
audit-group-person = Persoane
audit-group-role = Roluri
audit-group-invitation = Invitații
audit-group-api-token = Tokenuri API
audit-group-city = Setările orașului
audit-group-category = Categorii
audit-do-unknown = { $actor } a efectuat acțiunea „{ $code }” asupra obiectului { $subject }.
audit-do-api-token-create = { $actor } a creat tokenul API „{ $name }”.
audit-do-api-token-revoke = { $actor } a revocat un token API.
audit-do-call-announce = { $actor } a trimis anunțul ‘{ $name }’ { $count ->
    [one] singurei persoane eligibile
    [few] celor { $count } persoane eligibile
   *[other] celor { $count } de persoane eligibile
} pentru apelul ‘{ $call }’.
audit-do-call-close-early = { $days ->
    [0] { $actor } a închis anticipat apelul ‘{ $call }’, cu { $hours ->
        [one] { $hours } oră
        [few] { $hours } ore
       *[other] { $hours } de ore
    } înainte de termen.
    [one] { $actor } a închis anticipat apelul ‘{ $call }’, cu { $days } zi înainte de termen.
    [few] { $actor } a închis anticipat apelul ‘{ $call }’, cu { $days } zile înainte de termen.
   *[other] { $actor } a închis anticipat apelul ‘{ $call }’, cu { $days } de zile înainte de termen.
}
audit-do-call-create = { $actor } a creat apelul ‘{ $call }’.
audit-do-call-extend = { $actor } a prelungit apelul ‘{ $call }’ până la { $deadline }.
audit-do-call-phase = { $actor } a trecut apelul ‘{ $call }’ din faza „{ $from }” în faza „{ $to }”.
audit-do-call-proposals-export = { $actor } a exportat în CSV { $count ->
    [one] { $count } propunere
    [few] { $count } propuneri
   *[other] { $count } de propuneri
} ale apelului ‘{ $call }’.
audit-do-call-publish = { $actor } a publicat apelul ‘{ $call }’.
audit-do-call-results = { $actor } a publicat rezultatele apelului ‘{ $call }’: { $count } premiate din { $total ->
    [one] { $total } propunere
    [few] { $total } propuneri
   *[other] { $total } de propuneri
}.
audit-do-call-update = { $actor } a modificat apelul ‘{ $call }’.
audit-do-category-create = { $actor } a creat categoria „{ $name }”.
audit-do-category-update = { $actor } a modificat categoria „{ $name }”.
audit-do-city-divisions = { $actor } a importat direcțiile: { $added } adăugate, { $renamed } redenumite.
audit-do-city-logo = { $actor } a schimbat sigla orașului.
audit-do-city-mail = { $actor } a modificat setările de e-mail ale orașului.
audit-do-city-resume = Operatorul platformei { $operator } a reactivat orașul.
audit-do-city-settings = { $actor } a modificat setările orașului.
audit-do-city-sign-in = { $actor } a modificat setările de autentificare ale orașului.
audit-do-city-stalled-after-days = { $actor } a stabilit că un proiect stagnează după { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
} fără noutăți.
audit-do-city-suspend = Operatorul platformei { $operator } a suspendat orașul.
audit-do-identities-open = { $actor } a deschis identitățile sigilate ale apelului ‘{ $call }’.
audit-do-identities-open-request = { $actor } a cerut deschiderea identităților sigilate ale apelului ‘{ $call }’ (motiv: { $reason }).
audit-do-invitation-accept = { $actor } a acceptat o invitație ca { $role }.
audit-do-invitation-revoke = { $actor } a revocat o invitație ca { $role }.
audit-do-invitation-send = { $actor } a trimis o invitație ca { $role }.
audit-do-jury-add = { $actor } l-a adăugat pe { $person } în juriul apelului ‘{ $call }’.
audit-do-jury-remove = { $actor } l-a scos pe { $person } din juriul apelului ‘{ $call }’.
audit-do-mail-retry = { $actor } a repus în coadă un e-mail nelivrat către { $person }.
audit-do-person-attributes = { $actor } a modificat direcția sau gradul pentru { $person }.
audit-do-person-deactivate = { $actor } a dezactivat contul lui { $person }.
audit-do-person-erase = { $actor } a șters datele personale ale lui { $person }.
audit-do-person-export = { $actor } a exportat datele personale ale lui { $person }.
audit-do-person-reactivate = { $actor } a reactivat contul lui { $person }.
audit-do-practice-adopt = { $actor } a adoptat o practică din biblioteca rețelei pentru proiectul ‘{ $project }’.
audit-do-practice-publish = { $actor } a publicat propunerea ‘{ $proposal }’ în biblioteca rețelei.
audit-do-project-budget = { $actor } a modificat bugetul proiectului ‘{ $project }’.
audit-do-project-mentor = { $actor } a schimbat mentorul proiectului ‘{ $project }’.
audit-do-project-milestone = { $actor } a adăugat o etapă proiectului ‘{ $project }’.
audit-do-project-milestone-done = { $actor } a marcat ca atinsă o etapă a proiectului ‘{ $project }’.
audit-do-project-outcome = { $actor } a înregistrat rezultatul proiectului ‘{ $project }’.
audit-do-project-status = { $actor } a schimbat starea proiectului ‘{ $project }’.
audit-do-project-update = { $actor } a publicat o noutate despre proiectul ‘{ $project }’.
audit-do-proposal-decision = { $actor } a decis asupra propunerii ‘{ $proposal }’: { $status }.
audit-do-proposal-comment-hide = { $actor } a ascuns comentariul unui coleg la propunerea ‘{ $proposal }’.
audit-do-proposal-redact = { $actor } a ascuns un pasaj din propunerea ‘{ $proposal }’.
audit-do-proposal-link = { $actor } a legat propunerea ‘{ $proposal }’ de o propunere înrudită din același apel.
audit-do-review-assign = { $actor } a mai atribuit { $count ->
    [one] { $count } evaluare
    [few] { $count } evaluări
   *[other] { $count } de evaluări
} pentru apelul ‘{ $call }’.
audit-do-review-close = { $actor } a închis punctarea apelului ‘{ $call }’.
audit-do-review-conflict = { $actor } a declarat un conflict de interese la propunerea ‘{ $proposal }’.
audit-do-review-reassign = { $actor } a reatribuit { $count ->
    [one] { $count } evaluare
    [few] { $count } evaluări
   *[other] { $count } de evaluări
} ale apelului ‘{ $call }’.
audit-do-review-score = { $actor } a punctat propunerea ‘{ $proposal }’.
audit-do-review-start = { $actor } a început evaluarea apelului ‘{ $call }’, atribuind { $count ->
    [one] { $count } evaluare
    [few] { $count } evaluări
   *[other] { $count } de evaluări
}.
audit-do-role-grant = { $actor } i-a acordat lui { $person } rolul { $role }.
audit-do-role-revoke = { $actor } i-a retras lui { $person } rolul { $role }.
audit-do-call-copy = { $actor } a pornit apelul ‘{ $call }’ de la un alt apel.
audit-do-call-template = { $actor } a oferit rețelei apelul ‘{ $call }’ ca model.
audit-do-call-template-withdraw = { $actor } a retras apelul ‘{ $call }’ dintre modelele rețelei.
audit-do-challenge-propose = { $actor } a propus provocarea ‘{ $challenge }’.
audit-do-challenge-select = { $actor } a selectat provocarea ‘{ $challenge }’.
audit-do-challenge-decline = { $actor } a respins provocarea ‘{ $challenge }’.
audit-do-challenge-merge = { $actor } a unit provocarea ‘{ $challenge }’ cu alta.
audit-do-challenge-translate = { $actor } a tradus provocarea ‘{ $challenge }’.
audit-do-facilitator-add = { $actor } l-a numit pe { $person } facilitator al apelului ‘{ $call }’.
audit-do-facilitator-remove = { $actor } i-a retras lui { $person } rolul de facilitator al apelului ‘{ $call }’.
audit-do-team-workshop = { $actor } a consemnat un atelier al echipei ‘{ $proposal }’.
