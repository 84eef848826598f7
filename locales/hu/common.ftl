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
audit-filter-action = A művelet kezdete
audit-none = Nincs bejegyzés.
audit-when = Időpont
audit-who = Ki
audit-what = Mi
audit-change = Előtte → utána
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
audit-subject = Tárgy
audit-before = Előtte
audit-after = Utána
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
confirm-close-scoring-idle = { $count ->
    [one] { $count } zsűritag még semmit sem értékelt.
   *[other] { $count } zsűritag még semmit sem értékelt.
}
confirm-close-scoring-missing = { $count ->
    [one] { $count } értékelés hiányzik.
   *[other] { $count } értékelés hiányzik.
}
confirm-close-scoring-final = A pontszámok véglegessé válnak: a zsűritagok többé nem értékelhetnek, és nem módosíthatják értékeléseiket.
confirm-close-scoring-button = Értékelés lezárása
confirm-publish-title = Közzéteszi a(z) „{ $call }” eredményeit?
confirm-publish-short = { $count ->
    [one] { $count } pályázat nem éri el a szükséges { $required } teljes értékelést.
   *[other] { $count } pályázat nem éri el a szükséges { $required } teljes értékelést.
}
confirm-publish-told = Minden csapat azonnal értesül az eredményről, értesítésben és e-mailben.
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
