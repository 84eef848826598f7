# Közös felületi szövegek: oldalelrendezés, hibaüzenetek, számok és dátumok.

app-name = Innovato
skip-link = Ugrás a tartalomra
language-switcher = Nyelv
demo-banner = Bemutató oldal: az itt szereplő személyek, javaslatok és adatok kitaláltak, és kizárólag bemutatási célt szolgálnak; kivételt képeznek Torino város Innova.TO-fordulóinak közzétett adatai.
suspended-banner = Ennek a városnak az oldala fel van függesztve: a tartalom megtekinthető, de semmi nem módosítható.
footer-platform = Innovato, ötletpályázatok városi önkormányzatok számára
footer-all-cities = Minden város

platform-title = Ötletpályázatok a hálózat városaiban
platform-intro = Az önkormányzati munkatársak innovációkat javasolnak, a zsűri a szerzők ismerete nélkül választja ki a legjobbakat, a nyertes javaslatokat pedig a megvalósításig végigkísérik.
platform-cities = Városok
platform-no-cities = Még egyetlen város sem csatlakozott a platformhoz.
platform-city-languages = Nyelvek:
platform-city-demo = Bemutató adatok
platform-city-suspended = Felfüggesztve

error-status = Hibakód
error-back-home = Vissza a kezdőlapra
error-not-found = Az oldal nem található
    .detail = Ezen a címen nincs oldal. Lehet, hogy áthelyezték, vagy a hivatkozás elírást tartalmaz.
error-unknown-tenant = A város nem található
    .detail = A platform egyik városa sem használja ezt a címet. Kérjük, ellenőrizze a hivatkozást, vagy válasszon várost az összes város listájából.
error-unavailable = A szolgáltatás átmenetileg nem érhető el
    .detail = A szolgáltatás jelenleg nem fér hozzá az adataihoz. A korábban mentett adatok nem vesztek el; kérjük, próbálja újra egy perc múlva.
error-internal = Hiba történt a rendszerünkben
    .detail = A hibát rögzítettük, és kivizsgáljuk. A korábban mentett adatok nem vesztek el; kérjük, próbálja újra.

# Az $amount már a nyelvnek megfelelő számjegycsoportosítással van formázva.
money-eur = { $amount } €
# A $day és a $year szám, a $month a hónap neve a month-1 … month-12 üzenetekből.
date-long = { $year }. { $month } { $day }.
date-time = { $date } { $time }
month-1 = január
month-2 = február
month-3 = március
month-4 = április
month-5 = május
month-6 = június
month-7 = július
month-8 = augusztus
month-9 = szeptember
month-10 = október
month-11 = november
month-12 = december

session-unavailable-banner = A munkamenetét most nem sikerült ellenőrizni. Kérjük, jelentkezzen be újra; a korábban mentett adatok nem vesztek el.
account-menu = Saját fiók
menu = Menü
sign-in = Bejelentkezés
sign-out = Kijelentkezés
save = Mentés
search = Keresés
field-email = E-mail-cím
field-password = Jelszó
field-name = Név
field-role = Szerepkör
field-new-password = Új jelszó
field-confirm-password = Az új jelszó megismétlése

error-sign-in-required = Kérjük, jelentkezzen be
    .detail = Ez az oldal csak bejelentkezett felhasználók számára érhető el. Bejelentkezés után visszakerül erre az oldalra.
error-forbidden = A művelet nem engedélyezett
    .detail = Az Ön szerepköre ezt nem teszi lehetővé. Ha úgy gondolja, hogy engedélyezni kellene, forduljon a város adminisztrátorához.
error-csrf = Az űrlap lejárt
    .detail = Biztonsági okokból az űrlapot nem lehetett elfogadni. Lépjen vissza, töltse újra az oldalt, és küldje el ismét.
error-bad-request = A kérés nem értelmezhető
    .detail = Az elküldött adatok egy része hiányzik vagy hibás formátumú. Lépjen vissza, és ellenőrizze az űrlapot.
error-invitation-invalid = Ez a hivatkozás már nem működik
    .detail = A hivatkozás ismeretlen, már felhasználták, vagy lejárt. Kérjen újat attól, aki meghívta.
error-session-store = A bejelentkezés átmenetileg nem érhető el
    .detail = A munkameneteket jelenleg nem tudjuk ellenőrizni. Kérjük, próbálja újra egy perc múlva.
error-session-lost = Kérjük, jelentkezzen be újra
    .detail = A munkamenetét most nem tudjuk ellenőrizni. A korábban mentett adatok nem vesztek el; egy perc múlva jelentkezzen be újra. Ha éppen űrlapot küldött, az nem lett elmentve: a böngészőben visszalépve megtalálja a beírt szöveget.

form-has-errors = Néhány mezőt ellenőrizni kell; a beírt adatok nem vesztek el.
form-errors-heading = Kérjük, ellenőrizze a következőket:
error-locked = Ebben a szakaszban nem lehetséges
    .detail = A pályázat vagy a javaslat olyan szakaszba lépett, amelyben ez már nem végezhető el.
error-deadline = A határidő lejárt
    .detail = A határidő { $deadline } volt. Ezt követően javaslatot már nem lehet létrehozni, módosítani, beadni vagy visszavonni.

notifications-title = Értesítések
notifications-none = Nincs újdonság.
notifications-new = Új:
notification-submitted = Beadták a(z) „{ $title }” javaslatot, amelynek csapatában Ön is részt vesz.
notification-team-invitation = { $name } meghívta Önt a(z) „{ $title }” javaslat csapatába.

audit-title = Eseménynapló
audit-none = Nincs bejegyzés.
audit-when = Időpont
audit-who = Ki
audit-what = Mi
audit-system = A platform (elérkezett egy időpont)


api-invalid = Néhány mező érvénytelen
error-bad-token = Az API-token érvénytelen
    .detail = A token ismeretlen, vagy visszavonták. Kérjen újat a város adminisztrátorától.


error-too-large = A fájl túl nagy
    .detail = A fájl mérete meghaladja a platform által elfogadott méretet. Kérjük, csökkentse a fájl méretét, és küldje el újra.
notification-in-review = A(z) „{ $title }” javaslatot most értékeli a zsűri.


error-suspended = Ennek a városnak az oldala fel van függesztve
    .detail = Az oldalak megtekinthetők, de semmi nem módosítható, amíg a platform üzemeltetői újra nem aktiválják.
audit-from = Ettől (dátum)
audit-to = Eddig (dátum)
audit-csv = Letöltés CSV formátumban
audit-checkpoint = Az eseménynapló aláírt ellenőrzőpontjának letöltése
audit-broken = Az eseménynapló sérült, ezért nem írható alá ellenőrzőpont. Értesítse a platform üzemeltetőit.
audit-seq = Sorsz.
error-rate-limited = Túl sok kérés
    .detail = Rövid idő alatt sok kérést küldött. Kérjük, várjon egy percet, és próbálja újra; semmi sem veszett el abból, amit mentett.

error-method-not-allowed = Ez a cím nem fogadja ezt a metódust
    .detail = A kérés olyan HTTP-metódust használt, amelyet ez a cím nem kínál; az Allow fejléc felsorolja az elfogadottakat.
error-unsupported-media-type = A kérés törzse nem JSON
    .detail = Ez a cím csak JSON-t olvas: a törzset application/json Content-Type-pal küldje.

# The console (issue 20, rule 1): the admin home, its side navigation, the header's admin link.
console-title = Adminisztráció
console-nav = Adminisztrációs eszközök
console-group-calls = Pályázatok és értékelés
console-group-implementation = Megvalósítás
console-group-people = Személyek és hozzáférés
console-group-city = A város beállításai
console-group-network = Hálózat
console-attention = Most figyelmet igényel
console-attention-none = Jelenleg semmi sem igényli a figyelmét.
console-closing = a beadás { $days } nap múlva zárul
console-reviews = elkészült értékelések: { $done } / { $expected }; zsűritagok, akik még semmit sem pontoztak: { $idle }
console-stalled = { $count } elakadt projekt
console-opening = egy adminisztrátor kérte a lepecsételt személyazonosságok feltárását; egy második adminisztrátornak meg kell erősítenie
console-section-closing = Hamarosan záruló pályázatok
console-section-reviews = Lemaradt értékelések
console-section-stalled = Elakadt projektek
console-section-openings = Második adminisztrátorra váró feltárások
console-platform-tools = Az Ön eszközei
# issue 20, rule 3: confirmations before irreversible or far-reaching actions (confirm helper)
confirm-cancel = Mégse
confirm-do = Megerősítés
confirm-cannot-undo = Ez a művelet nem vonható vissza.
confirm-close-call-title = Lezárja idő előtt a(z) „{ $call }” pályázatot?
confirm-close-call-eligible = { $count ->
    [one] { $count } jogosult munkatárs nem tud többé pályázatot beadni.
   *[other] { $count } jogosult munkatárs nem tud többé pályázatot beadni.
}
confirm-close-call-drafts = { $count ->
    [0] Nem marad be nem adott piszkozat.
    [one] { $count } piszkozat nincs beadva, és az is marad.
   *[other] { $count } piszkozat nincs beadva, és az is marad.
}
confirm-close-call-button = Pályázat lezárása most
confirm-close-scoring-title = Lezárja a(z) „{ $call }” értékelését?
confirm-close-scoring-final = A pontszámok véglegessé válnak: a zsűritagok többé nem értékelhetnek, és nem módosíthatják értékeléseiket.
confirm-close-scoring-button = Értékelés lezárása
confirm-publish-title = Közzéteszi a(z) „{ $call }” eredményeit?
confirm-publish-short = { $count ->
    [one] { $count } pályázat nem éri el a szükséges { $required } teljes értékelést.
   *[other] { $count } pályázat nem éri el a szükséges { $required } teljes értékelést.
}
confirm-publish-button = Eredmények közzététele
confirm-withdraw-title = Visszavonja ezt a pályázatot?
confirm-withdraw-consequence = A pályázat végleg kikerül a felhívásból: többé nem adható be, és a zsűri nem olvassa el.
confirm-withdraw-button = Pályázat visszavonása
confirm-grant-title = Megadja { $person } részére a(z) „{ $role }” szerepkört?
confirm-grant-consequence = { $person } a következő oldaltól mindent megtehet, amit a(z) „{ $role }” szerepkör megenged.
confirm-grant-button = Szerepkör megadása
confirm-revoke-role-title = Elveszi { $person } „{ $role }” szerepkörét?
confirm-revoke-role-consequence = { $person } a következő oldaltól nem teheti meg, amit a(z) „{ $role }” szerepkör megenged.
confirm-revoke-role-button = Szerepkör elvétele
confirm-deactivate-title = Letiltja { $person } fiókját?
confirm-deactivate-consequence = { $person } azonnal mindenhonnan kijelentkezik, és többé nem tud bejelentkezni.
confirm-deactivate-button = Letiltás
confirm-erase-title = Törli { $person } adatait?
confirm-erase-consequence = { $person } neve, e-mail-címe és jellemzői végleg törlődnek; pályázatai megmaradnak, név nélkül.
confirm-erase-button = Végleges törlés
confirm-suspend-title = Felfüggeszti: { $city }?
confirm-suspend-consequence = { $count ->
    [one] { $count } aktív személy nem módosíthat többé semmit a város oldalán.
   *[other] { $count } aktív személy nem módosíthat többé semmit a város oldalán.
}
confirm-suspend-dialog = A város oldalán senki sem módosíthat semmit, amíg újra nem aktiválják.
confirm-suspend-button = Város felfüggesztése
confirm-token-title = Visszavonja a(z) „{ $token }” tokent?
confirm-token-consequence = Minden program, amely ezt a tokent használja, azonnal elutasítást kap.
confirm-token-button = Token visszavonása
# Audit log in sentences (issue 20, rule 5)
audit-platform = A platform
audit-anyone = Bárki
audit-any-action = Bármely művelet
audit-details = Részletek
audit-code = A művelet kódja
audit-sentence = Mi történt
audit-pages = A napló oldalai
audit-newer = ← Újabb bejegyzések
audit-older = Régebbi bejegyzések →
audit-page = { $page }. oldal
audit-group-call = Pályázatok
audit-group-review = Elbírálás és pontozás
audit-group-jury = Zsűrik
audit-group-proposal = Javaslatok
audit-group-identities = Lepecsételt személyazonosságok
audit-group-project = Projektek
audit-group-practice = A hálózat könyvtára
audit-group-person = Személyek
audit-group-role = Szerepkörök
audit-group-invitation = Meghívók
audit-group-api-token = API-tokenek
audit-group-city = A város beállításai
audit-group-category = Kategóriák
audit-do-unknown = { $actor } végrehajtotta a(z) „{ $code }” műveletet (tárgy: { $subject }).
audit-do-api-token-create = { $actor } létrehozott egy API-tokent: „{ $name }”.
audit-do-api-token-revoke = { $actor } visszavont egy API-tokent.
audit-do-call-announce = { $actor } elküldte a(z) ‘{ $name }’ közleményt a(z) ‘{ $call }’ pályázatra jogosult { $count } személynek.
audit-do-call-close-early = { $days ->
    [0] { $actor } a határidő előtt { $hours } órával lezárta ezt a pályázatot: ‘{ $call }’.
   *[other] { $actor } a határidő előtt { $days } nappal lezárta ezt a pályázatot: ‘{ $call }’.
}
audit-do-call-create = { $actor } létrehozta ezt a pályázatot: ‘{ $call }’.
audit-do-call-extend = { $actor } meghosszabbította ezt a pályázatot: ‘{ $call }’ (új határidő: { $deadline }).
audit-do-call-phase = { $actor } továbbléptette ezt a pályázatot: ‘{ $call }’ („{ $from }” → „{ $to }”).
audit-do-call-proposals-export = { $actor } CSV-be exportálta ennek a pályázatnak { $count } javaslatát: ‘{ $call }’.
audit-do-call-publish = { $actor } közzétette ezt a pályázatot: ‘{ $call }’.
audit-do-call-results = { $actor } közzétette ennek a pályázatnak az eredményét: ‘{ $call }’ ({ $total } javaslatból { $count } díjazott).
audit-do-call-update = { $actor } módosította ezt a pályázatot: ‘{ $call }’.
audit-do-category-create = { $actor } létrehozott egy kategóriát: „{ $name }”.
audit-do-category-update = { $actor } módosította ezt a kategóriát: „{ $name }”.
audit-do-city-divisions = { $actor } importálta a szervezeti egységeket: { $added } új, { $renamed } átnevezett.
audit-do-city-logo = { $actor } lecserélte a város logóját.
audit-do-city-mail = { $actor } módosította a város levelezési beállításait.
audit-do-city-resume = A platform üzemeltetője ({ $operator }) újra aktiválta a várost.
audit-do-city-settings = { $actor } módosította a város beállításait.
audit-do-city-sign-in = { $actor } módosította a város bejelentkezési beállításait.
audit-do-city-stalled-after-days = { $actor } beállította, hogy egy projekt { $days } nap hír nélkül elakadtnak számít.
audit-do-city-suspend = A platform üzemeltetője ({ $operator }) felfüggesztette a várost.
audit-do-identities-open = { $actor } feloldotta ennek a pályázatnak a lepecsételt személyazonosságait: ‘{ $call }’.
audit-do-identities-open-request = { $actor } kérte ennek a pályázatnak a személyazonosság-feloldását: ‘{ $call }’ (indok: { $reason }).
audit-do-invitation-accept = { $actor } elfogadott egy meghívót (szerepkör: { $role }).
audit-do-invitation-revoke = { $actor } visszavont egy meghívót (szerepkör: { $role }).
audit-do-invitation-send = { $actor } meghívót küldött (szerepkör: { $role }).
audit-do-jury-add = { $actor } új zsűritagot vett fel ennek a pályázatnak a zsűrijébe: ‘{ $call }’ (zsűritag: { $person }).
audit-do-jury-remove = { $actor } eltávolított egy zsűritagot ennek a pályázatnak a zsűrijéből: ‘{ $call }’ (zsűritag: { $person }).
audit-do-mail-retry = { $actor } újra sorba állított egy kézbesítetlen e-mailt a következő személynek: { $person }.
audit-do-person-attributes = { $actor } módosította ennek a személynek a szervezeti egységét vagy besorolását: { $person }.
audit-do-person-deactivate = { $actor } inaktiválta ezt a személyt: { $person }.
audit-do-person-erase = { $actor } törölte ennek a személynek a személyes adatait: { $person }.
audit-do-person-export = { $actor } exportálta ennek a személynek a személyes adatait: { $person }.
audit-do-person-reactivate = { $actor } újra aktiválta ezt a személyt: { $person }.
audit-do-practice-adopt = { $actor } átvett egy gyakorlatot a hálózat könyvtárából ehhez a projekthez: ‘{ $project }’.
audit-do-practice-publish = { $actor } közzétette ezt a javaslatot a hálózat könyvtárában: ‘{ $proposal }’.
audit-do-project-budget = { $actor } módosította ennek a projektnek a költségvetését: ‘{ $project }’.
audit-do-project-mentor = { $actor } lecserélte ennek a projektnek a mentorát: ‘{ $project }’.
audit-do-project-milestone = { $actor } új mérföldkövet vett fel ehhez a projekthez: ‘{ $project }’.
audit-do-project-milestone-done = { $actor } teljesítettnek jelölte ennek a projektnek egy mérföldkövét: ‘{ $project }’.
audit-do-project-outcome = { $actor } rögzítette ennek a projektnek az eredményét: ‘{ $project }’.
audit-do-project-status = { $actor } módosította ennek a projektnek az állapotát: ‘{ $project }’.
audit-do-project-update = { $actor } hírt tett közzé erről a projektről: ‘{ $project }’.
audit-do-proposal-decision = { $actor } döntött erről a javaslatról: ‘{ $proposal }’ ({ $status }).
audit-do-proposal-comment-hide = { $actor } elrejtette egy kolléga hozzászólását ehhez a javaslathoz: ‘{ $proposal }’.
audit-do-proposal-redact = { $actor } kitakart egy részt ebből a javaslatból: ‘{ $proposal }’.
audit-do-proposal-link = { $actor } rokon javaslatként összekapcsolta ugyanannak a felhívásnak egy másik javaslatával ezt a javaslatot: ‘{ $proposal }’.
audit-do-review-assign = { $actor } további { $count } értékelést osztott ki ehhez a pályázathoz: ‘{ $call }’.
audit-do-review-close = { $actor } lezárta ennek a pályázatnak a pontozását: ‘{ $call }’.
audit-do-review-conflict = { $actor } összeférhetetlenséget jelentett be ennél a javaslatnál: ‘{ $proposal }’.
audit-do-review-reassign = { $actor } { $count } értékelést osztott ki újra ennél a pályázatnál: ‘{ $call }’.
audit-do-review-score = { $actor } pontozta ezt a javaslatot: ‘{ $proposal }’.
audit-do-review-start = { $actor } elindította ennek a pályázatnak az elbírálását: ‘{ $call }’ ({ $count } kiosztott értékelés).
audit-do-role-grant = { $actor } szerepkört adott ennek a személynek: { $person } ({ $role }).
audit-do-role-revoke = { $actor } szerepkört vont vissza ettől a személytől: { $person } ({ $role }).
audit-do-call-copy = { $actor } egy másik felhívásból indította a(z) ‘{ $call }’ felhívást.
audit-do-call-template = { $actor } sablonként felajánlotta a hálózatnak a(z) ‘{ $call }’ felhívást.
audit-do-call-template-withdraw = { $actor } visszavonta a(z) ‘{ $call }’ felhívást a hálózat sablonjai közül.
audit-do-challenge-propose = { $actor } javasolta a(z) ‘{ $challenge }’ kihívást.
audit-do-challenge-select = { $actor } kiválasztotta a(z) ‘{ $challenge }’ kihívást.
audit-do-challenge-decline = { $actor } elutasította a(z) ‘{ $challenge }’ kihívást.
audit-do-challenge-merge = { $actor } összevonta a(z) ‘{ $challenge }’ kihívást egy másikkal.
audit-do-challenge-translate = { $actor } lefordította a(z) ‘{ $challenge }’ kihívást.
audit-do-facilitator-add = { $actor } facilitátorrá nevezte ki { $person } személyt a(z) ‘{ $call }’ felhívásban.
audit-do-facilitator-remove = { $actor } visszavonta { $person } facilitátori szerepét a(z) ‘{ $call }’ felhívásban.
audit-do-team-workshop = { $actor } rögzítette a(z) ‘{ $proposal }’ csapat egyik műhelyét.
