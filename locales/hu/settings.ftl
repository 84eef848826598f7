# Egy város beállításai: nyelvek, nevek, szín, létszámok, szervezeti egységek.

settings-title = A város beállításai
settings-names = A város neve az egyes nyelveken (nem kötelező; ha nincs megadva, a létrehozáskor megadott név jelenik meg)
settings-grades = Munkatársak besorolás szerint (az egy besorolásra korlátozott pályázatok részvételi adataihoz)
settings-employees = Munkatársak
settings-error-contrast = Ezen a színen a fehér szöveg nehezen olvasható: válasszon sötétebbet (a kontraszt legalább 4,5:1 legyen).
settings-error-grade = Minden besoroláshoz meg kell adni egy nevet (legfeljebb 80 karakter, mindegyiket csak egyszer) és a munkatársak számát egész számként.

divisions-title = Szervezeti egységek
divisions-current = Jelenlegi szervezeti egységek
divisions-none = A városnak még nincsenek szervezeti egységei.
divisions-csv = Importálandó szervezeti egységek CSV formátumban: szervezeti egységenként egy sor, először a kód, utána a név
divisions-csv-hint = Például: AMB,Környezetvédelmi Osztály. A "code,name" tartalmú első sort a rendszer kihagyja. A már ismert kódú szervezeti egységek új nevet kapnak, az újak bekerülnek; semmi nem törlődik.
divisions-check-button = Lista ellenőrzése
divisions-preview = Előnézet
divisions-line = Sor
divisions-code = Kód
divisions-check = Ellenőrzés
divisions-import = Szervezeti egységek importálása
divisions-error-columns = Pontosan két oszlopot adjon meg: kódot és nevet.
divisions-error-code = A kód üres, 40 karakternél hosszabb, vagy a betűkön, számjegyeken, pontokon, kötőjeleken és aláhúzásjeleken kívül más karaktert is tartalmaz.
divisions-error-name = A név üres vagy 200 karakternél hosszabb.
divisions-error-duplicate = Ez a kód egy korábbi sorban már szerepel.
divisions-error-empty = A lista üres.
divisions-error-too-many = Egyszerre legfeljebb 2 000 szervezeti egység importálható.
divisions-rows-wrong = { $count ->
    [one] Egy sort javítani kell; az importálás nem történt meg.
   *[other] { $count } sort javítani kell; az importálás nem történt meg.
}
divisions-imported = Az importálás megtörtént: { $added } hozzáadva, { $renamed } átnevezve.

categories-title = Kategóriák
categories-intro = A város pályázatainak kategóriái. Mindegyik a hálózat egyik közös kategóriájához tartozik, hogy a városok összehasonlíthatók legyenek.
categories-network = Hálózati kategória
categories-new = Új kategória
categories-add = Kategória hozzáadása
category-error-name = Adjon a kategóriának legfeljebb 120 karakteres nevet.
category-error-taken = Egy másik kategória már ezt a nevet viseli.
category-error-network = Válasszon a hálózat kategóriái közül.

settings-logo = Logó
settings-logo-file = A város logója (PNG vagy JPEG, legfeljebb 512 KB), a neve mellett jelenik meg
settings-mail = A város saját levelezőszervere (nem kötelező)
settings-smtp-url = SMTP-szerver
settings-smtp-hint = Például smtp://felhasznalo:jelszo@levelezes.pelda.hu:587?tls=required. Lepecsételve tároljuk, és soha nem jelenítjük meg; ha mindkét mezőt üresen hagyja, a platform szerverét használjuk.
settings-mail-from = Feladó, például Ötletek <otletek@pelda.hu>
settings-error-logo = A logónak PNG- vagy JPEG-képnek kell lennie
    .detail = Válasszon legfeljebb 512 KB-os PNG- vagy JPEG-fájlt.
settings-error-mail = A levelezési beállítások nem érvényesek
    .detail = Adjon meg egy SMTP URL-t, például smtp://levelezes.pelda.hu:587?tls=required, és egy feladót, például Ötletek <otletek@pelda.hu>, vagy hagyja mindkettőt üresen.
