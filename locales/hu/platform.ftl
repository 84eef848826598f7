# Az üzemeltetői konzol: városok, állapotuk, létrehozás és felfüggesztés.

operator-new-city = Új város
operator-open-calls = Nyitott pályázatok
operator-sso = Városi bejelentkezés
operator-sso-configured = Beállítva
operator-sso-missing = Még nincs beállítva
operator-suspend = Felfüggesztés
operator-resume = Újraaktiválás
operator-create = Város létrehozása
operator-created = A város létrejött:
operator-created-admin = Küldje el ezt a hivatkozást a város első adminisztrátorának; egyszer használható, 14 napig érvényes, és segítségével az adminisztrátor jelszót választhat:
operator-field-slug = Név a címben
operator-hint-slug = 2–40 kisbetű, számjegy vagy kötőjel, betűvel kezdve; a város oldalai a /t/nev-cim/ címen érhetők el.
operator-field-name = A város neve
operator-field-hosts = A város saját gazdagépnevei (nem kötelező)
operator-hint-hosts = Szóközzel elválasztva, például: otletek.veszprem.example; https:// és port nélkül.
operator-field-locales = Nyelvek
operator-field-default-locale = Alapértelmezett nyelv
operator-field-timezone = Időzóna
operator-hint-timezone = Az IANA szerinti megnevezéssel, például: Europe/Rome.
operator-field-headcount = Munkatársak száma
operator-field-colour = A város oldalainak színe
operator-hint-colour = #rrggbb formában; a fehér szövegnek olvashatónak kell maradnia rajta.
operator-field-admin-email = Az első adminisztrátor e-mail-címe
operator-hint-admin = Hivatkozással kap meghívást, és ő állítja be a város saját bejelentkezését.
operator-field-admin-name = Az első adminisztrátor neve

tenant-error-slug = 2–40 kisbetűt, számjegyet vagy kötőjelet használjon, betűvel kezdve.
tenant-error-reserved = Ezt a címben szereplő nevet a platform fenntartja; válasszon másikat.
tenant-error-duplicate-slug = Már létezik város ezzel a címben szereplő névvel.
tenant-error-name = Adja meg a város nevét (legfeljebb 120 karakter).
tenant-error-host = Adjon meg gazdagépneveket, például: otletek.veszprem.example, https:// és port nélkül.
tenant-error-duplicate-host = Ezen gazdagépnevek egyike már egy városhoz tartozik.
tenant-error-no-locales = Válasszon legalább egy nyelvet.
tenant-error-default-locale = Az alapértelmezett nyelvnek a kiválasztott nyelvek egyikének kell lennie.
tenant-error-timezone = Adjon meg egy időzónát, például: Europe/Rome.
tenant-error-headcount = A munkatársak számát egész számként adja meg, legfeljebb 10 000 000.
tenant-error-colour = A színt #rrggbb formában adja meg, például: #1f4e8c.
tenant-error-admin-email = Adja meg az első adminisztrátor e-mail-címét, például: nev@pelda.hu.

operator-last-sign-in = Utolsó bejelentkezés
operator-never = Soha
operator-check-sso = Ellenőrzés
operator-sso-none = { $city } nem állított be saját bejelentkezést.
operator-sso-ok = { $city } identitásszolgáltatója válaszol.
operator-sso-failed = { $city } identitásszolgáltatója nem a várt módon válaszol: { $reason }
tenant-error-unknown-locale = Csak a platform nyelvei kapcsolhatók be: it, en, fr, pt, nl, ro, es, hu.
