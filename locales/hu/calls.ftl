# Ötletpályázatok: egy város kezdőlapja és egy pályázat oldala.

tenant-home-title = Ötletpályázatok
open-calls = Nyitott pályázatok
open-calls-none = Jelenleg nincs nyitott pályázat.
other-calls = Folyamatban lévő és korábbi pályázatok
other-calls-none = Korábbi pályázat még nincs.
back-to-calls = A város összes pályázata

call-phase-draft = Piszkozat
call-phase-open = Javaslatok beadhatók
call-phase-review = Elbírálás alatt
call-phase-results = Eredmények kihirdetve
call-phase-implementation = Megvalósítás alatt
call-phase-archived = Archivált

call-deadline = Beadási határidő: { $date }
call-results-on = Eredményhirdetés: { $date }
call-proposals-submitted = { $count ->
    [one] Egy javaslat érkezett
   *[other] { $count } javaslat érkezett
}

call-facts = A legfontosabb adatok
call-opens = Kezdés
call-closes = Beadási határidő
call-results = Eredmények
call-team = Csapat
call-team-size = { $size ->
    [one] Egy személy, csapat nélkül
   *[other] Egyénileg vagy legfeljebb { $size } fős csapatban
}
call-eligibility = Ki vehet részt
eligibility-everyone = A város minden munkatársa
eligibility-all-except = Minden munkatárs, kivéve a következő feltételnek megfelelőket – { $attribute }: { $values }
eligibility-only = Csak a következő feltételnek megfelelő munkatársak – { $attribute }: { $values }
attribute-grade = besorolás
attribute-division = szervezeti egység
call-headcount = Részvételre jogosult munkatársak
call-headcount-value = { $count ->
    [one] Egy munkatárs
   *[other] { $count } munkatárs
}
call-awards = Díjak
call-awards-value = { $count ->
    [0] Nincs tervezett díj
    [one] Egy díj
   *[other] { $count } díj
}
call-budget = Megvalósítási keret
call-timezone-note = A dátumok és időpontok a(z) { $zone } időzóna szerint értendők.
call-categories = Kategóriák
call-figures = Számokban
call-figure-submitted = beérkezett javaslat
call-figure-awarded = díjazott javaslat

network-category-service-quality = Szolgáltatásminőség
network-category-new-services = Új szolgáltatások
network-category-environment = Környezet
network-category-organisational-development = Szervezetfejlesztés
network-category-employee-welfare = Munkatársi jóllét
network-category-informatics = Informatika
network-category-operative-efficiency = Működési hatékonyság

call-title = Cím
call-description = Leírás
call-phase = Szakasz
call-take-part = Részvétel
call-not-accepting = Ez a pályázat nem fogad javaslatokat.
call-sign-in-to-propose = Jelentkezzen be a javaslat megírásához
call-role-cannot-propose = Javaslatot a város munkatársai írhatnak.
call-propose = Javaslat írása
eligibility-refused = Ezen a pályázaton nem vehet részt: a részvétel a(z) { $attribute } alapján dől el, és az Ön esetében ez „{ $yours }”.

admin-calls-title = Pályázatok
admin-calls-new = Új pályázat
admin-calls-none = A városnak még nincs pályázata.
admin-call-scheduled = (közzétéve: a megadott napon automatikusan megnyílik)
admin-call-edit = A pályázat szerkesztése
admin-call-texts = Cím és leírás a város minden nyelvén (az alapértelmezett nyelv kötelező)
admin-call-dates = Dátumok
admin-call-rules = Szabályok
admin-call-team-size = Legnagyobb csapatlétszám (fő)
admin-eligibility-all-except = Mindenki, kivéve azokat, akiknél az attribútum értéke a felsoroltak egyike
admin-eligibility-only = Csak azok, akiknél az attribútum értéke a felsoroltak egyike
admin-eligibility-attribute = Attribútum
admin-eligibility-values = Értékek, vesszővel elválasztva
admin-call-reviews = Értékelések száma javaslatonként
admin-call-budget = Megvalósítási keret (euró)
admin-call-authors-public = A szerzők nevének megjelenítése az eredményhirdetés után
admin-call-criteria = Értékelési szempontok
admin-criterion-name = Szempont
admin-criterion-weight = Súly
admin-criterion-scale = Skála (legmagasabb pontszám)
admin-award-name = Díj
admin-award-sponsor = Támogató
admin-award-prize = Jutalom
admin-call-actions = A pályázat lebonyolítása
admin-call-publish = Közzététel: megnyitás a kezdés napján
admin-call-new-deadline = Új beadási határidő
admin-call-extend = A határidő meghosszabbítása
admin-call-close = A beadás azonnali lezárása

call-error-title-length = A cím legfeljebb 200, a leírás legfeljebb 10 000 karakter lehet.
call-error-title = A leíráshoz ugyanazon a nyelven címet is meg kell adni.
call-error-default-title = Adja meg a címet a város alapértelmezett nyelvén.
call-error-categories = Adjon meg legalább egy kategóriát.
call-error-date = Adjon meg dátumot és időpontot, például: 2026-12-31 12:00.
call-error-time-gap = Ez az időpont a város időzónájában nem létezik (az óraátállításkor kimarad). Válasszon másikat.
call-error-order = A pályázatnak a beadási határidő előtt kell megnyílnia, a határidőnek pedig az eredményhirdetés előtt kell lennie.
call-error-team = A csapatlétszámnak 1 és 10 között kell lennie.
call-error-reviews = Az értékelések számának 1 és 10 között kell lennie.
call-error-headcount = A részvételre jogosult munkatársak számának 1 és 10 000 000 között kell lennie.
call-error-budget = A keretnek egész euróösszegnek kell lennie, legfeljebb 100 000 000 euró.
call-error-eligibility = Válasszon szabályt, attribútumot és legalább egy értéket (vagy a „mindenki” lehetőséget).
call-error-criterion = Minden szemponthoz meg kell adni egy nevet, egy 1 és 100 közötti súlyt és egy 2 és 10 közötti skálát.
call-error-criteria = Adjon meg legalább egy értékelési szempontot.
call-error-award = Minden díjhoz meg kell adni egy nevet (legfeljebb 120 karakter).
call-error-extension = Az új határidőnek a jelenleginél későbbinek és az eredményhirdetésnél korábbinak kell lennie.
call-kind-ideas = Nyílt ötletpályázat
call-kind-cocreation = Kihívásalapú közös alkotás
