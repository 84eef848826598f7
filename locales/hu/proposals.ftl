# Javaslatok: megírás, csapatok és az adminisztrátori lista.

proposal-untitled = Cím nélküli javaslat
proposal-heading = A javaslat
proposal-title = Cím
proposal-summary = Összefoglaló
proposal-problem = A probléma
proposal-solution = A javasolt megoldás
proposal-benefits = Várható előnyök (megtakarítás euróban, munkaórában, energiában…)
proposal-resources = Szükséges erőforrások
proposal-category = Kategória
proposal-language = A javaslat nyelve
proposal-divisions = Érintett szervezeti egységek
proposal-save = Mentés
proposal-saved-at = Mentve: { $time }.
proposal-limit = { $max ->
    [one] Legfeljebb egy karakter.
   *[other] Legfeljebb { $max } karakter.
}
proposal-error-too-long = { $max ->
    [one] A szöveg túl hosszú: legfeljebb egy karakter lehet.
   *[other] A szöveg túl hosszú: legfeljebb { $max } karakter lehet.
}
proposal-error-category = Válasszon a pályázat kategóriái közül.
proposal-error-divisions = Legfeljebb 20 szervezeti egységet válasszon a város egységei közül.
proposal-error-required = A beadás előtt töltse ki ezt a mezőt.
proposal-submission = Beadás
proposal-submit = A javaslat beadása
proposal-withdraw = A javaslat visszavonása

status-draft = Piszkozat
status-submitted = Beadva
status-withdrawn = Visszavonva
status-in-review = Elbírálás alatt
status-shortlisted = Döntőbe jutott
status-awarded = Díjazott
status-not-selected = Nem választották ki
status-in-implementation = Megvalósítás alatt
status-implemented = Megvalósult
status-stopped = Leállítva

mine-title = Saját javaslatok
mine-none = Még nincs javaslata. Javaslat írásához nyisson meg egy pályázatot.

team-title = Csapat
team-role = Szerep
team-lead = Csapatvezető
team-co-author = Társszerző
team-pending = a meghívásra még nem érkezett válasz
team-invited = Meghívást kapott
team-invited-heading = Meghívást kapott ebbe a csapatba
team-accept = Csatlakozás a csapathoz
team-decline = Elutasítás
team-invite-label = A kolléga e-mail-címe vagy teljes neve
team-invite = Meghívás
team-error-who = Adja meg egy kolléga e-mail-címét vagy teljes nevét.
team-error-ineligible = { $name } nem vehet részt ezen a pályázaton.
team-error-unknown = A város munkatársai között senki sem felel meg ennek: „{ $who }”.
team-error-ambiguous = Több munkatárs neve is „{ $who }”: adja meg az e-mail-címet.
team-error-already = { $name } már a csapat tagja.
team-error-full = { $size ->
    [one] A csapat betelt: ez a pályázat javaslatonként csak egy személyt fogad el.
   *[other] A csapat betelt: ez a pályázat javaslatonként legfeljebb { $size } személyt fogad el.
}

admin-proposals-title = Javaslatok
admin-proposals-none = Nincs a feltételeknek megfelelő javaslat.
admin-proposals-csv = Letöltés CSV-formátumban
csv-proposal-id = Sorszám
csv-proposal-title = Cím
csv-proposal-status = Állapot
csv-proposal-category = Kategória
csv-proposal-divisions = Szervezeti egységek
csv-proposal-submitted-at = Beadás időpontja
csv-proposal-team = Csapat


attachment-title = Mellékletek
attachment-none = Nincs csatolt fájl.
attachment-delete = Eltávolítás
attachment-choose = Fájl csatolása (PDF, PNG, JPEG vagy irodai dokumentum)
attachment-upload = Csatolás
attachment-hint = Legfeljebb { $count } fájl csatolható, egyenként legfeljebb { $mb } MB méretben. Az értékelés anonim: a zsűri olyan másolatot kap, amelyből hiányoznak a személyre utaló adatok (a dokumentum tulajdonságai, a fényképek EXIF-adatai, a megjegyzések és a követett módosítások szerzői).
attachment-size = { $kib ->
    [one] { $kib } KB
   *[other] { $kib } KB
}
attachment-error-type = Ez a fájltípus nem elfogadott
    .detail = Csatoljon PDF-, PNG- vagy JPEG-fájlt, illetve Word-, Excel-, PowerPoint- vagy OpenDocument-dokumentumot. A típust a fájl tartalma alapján állapítjuk meg, nem a neve alapján.
attachment-error-malformed = A fájl sérült
    .detail = A fájlt nem sikerült beolvasni, így a szerzőt esetleg megnevező adatok (az értékelés anonim) nem távolíthatók el. Mentse el újra abból a programból, amelyben készült, majd csatolja ismét.
attachment-error-encrypted = A fájl jelszóval védett vagy titkosított
    .detail = Az értékelés anonim, és titkosított fájlból nem távolíthatók el a szerzőt esetleg megnevező adatok. Mentse el védelem nélkül, majd csatolja újra.
attachment-error-empty = Nincs kiválasztva fájl
    .detail = Válassza ki a csatolandó fájlt.
attachment-error-count = A javaslathoz már nem csatolható több fájl
    .detail = Újabb fájl csatolása előtt távolítson el egyet a meglévők közül.
attachment-error-macros = Makrót tartalmazó dokumentum nem fogadható el
    .detail = Mentse a dokumentumot makrók nélkül (például .docm helyett .docx formátumban), és csatolja újra.
attachment-error-history = A munkafüzet naplózza a módosításait
    .detail = Az értékelés anonim, a megosztott munkafüzet naplója pedig rögzíti, ki módosította az egyes cellákat és mi volt bennük korábban. Fogadja el vagy utasítsa el a követett módosításokat (vagy szüntesse meg a megosztást), mentse a munkafüzetet, és csatolja újra.
attachment-error-expands = A fájl túl nagy ahhoz, hogy ellenőrizzük
    .detail = Az értékelés anonim, ezért a dokumentumokból eltávolítjuk azok nevét, akik megjegyzést fűztek hozzájuk vagy módosították őket; ennek a fájlnak a szövege kicsomagolva nagyobb annál, amit ellenőrizni lehet. Ossza fel, vagy csatolja PDF-ként.
proposal-error-key-reused = Ezt az idempotenciakulcsot már használták
    .detail = Egy másik felhíváshoz vagy más tartalommal küldték: minden pályázathoz új kulcsot használjon.

proposal-names-team = Az értékelés anonim, és a javaslat ezen részei megneveznek valakit a csapatából. Így is mentheti és beküldheti, de vegye ki a neveket:
proposal-names-team-in = Ezek a részek megneveznek valakit a csapatából: { $fields }. Az értékelés anonim: vegye ki a neveket.

# Employees know where they stand (issue 20): My proposals' columns, the page after submitting
mine-col-proposal = Javaslat
mine-col-call = Pályázat
submitted-title = Javaslat beadva
submitted-lead = Az Ön „{ $title }” című javaslata beérkezett. A beadás időpontja: { $date }.
submitted-told = Ön és csapata értesítést kap erről, és e-mailt is, ha a város küld ilyet.
submitted-next = Mi történik ezután
submitted-edit = A beadási határidőig ({ $date }) még módosíthatja és mentheti: a zsűri a javaslatot a határidő lejártakori állapotában olvassa.
submitted-review = A beadási határidő lejárta után ({ $date }) a zsűri úgy értékeli a javaslatokat, hogy nem látja, ki írta őket.
submitted-review-now = A zsűri most értékeli a javaslatokat, anélkül hogy látná, ki írta őket.
submitted-results = Az eredmények várható időpontja: { $date }. Értesítést kap, amikor közzéteszik őket.
submitted-results-later = Értesítést kap, amikor közzéteszik az eredményeket.
submitted-back = Vissza a javaslathoz
