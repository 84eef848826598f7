# Be- és kijelentkezés, fiókok, meghívások és a személyek oldala.

signin-title = Bejelentkezés
signin-sso-heading = A város munkatársai
signin-sso-button = Bejelentkezés a városi fiókkal
signin-local-heading = Meghívott szakértők
signin-platform-heading = Üzemeltetők és hálózati koordinátorok
signin-demo-link = Bemutató: bejelentkezés mintaszemélyként
signin-failed = Az e-mail-cím vagy a jelszó nem megfelelő.
signin-throttled = Túl sok próbálkozás. Kérjük, várjon 15 percet, mielőtt újra próbálkozik.
sso-error-not-configured = Ez a város még nem állította be a saját fiókjaival történő bejelentkezést.
sso-error-state = A bejelentkezés túl sokáig tartott, vagy megszakadt. Kérjük, kezdje újra.
sso-error-unavailable = A város bejelentkezési szolgáltatása jelenleg nem érhető el. Kérjük, próbálja újra később.
sso-error-refused = A város bejelentkezési szolgáltatása nem erősítette meg az Ön személyazonosságát. Kérjük, kezdje újra.

account-title = Saját fiók
account-roles = Szerepkörök

role-operator = Platformüzemeltető
role-coordinator = Hálózati koordinátor
role-tenant-admin = Városi adminisztrátor
role-juror = Zsűritag
role-mentor = Mentor
role-employee = Munkatárs

demo-signin-title = Bejelentkezés a bemutató oldalra
demo-signin-intro = Ez az oldal csak a bemutató oldalon létezik. Válasszon egy mintaszemélyt, és tekintse meg a platformot az ő szerepkörében.
demo-signin-as = Bejelentkezés e személy nevében

accept-title = Jelszó megadása
accept-submit = Jelszó mentése és bejelentkezés
password-hint = Legalább 12 karakter. Egy rövid mondatot könnyű megjegyezni, és nehéz kitalálni.
password-too-short = A jelszónak legalább 12 karakterből kell állnia.
password-too-long = A jelszó legfeljebb 256 karakterből állhat.
password-mismatch = A két jelszó nem egyezik.

invitations-title = Külső szakértők meghívása
invitation-created = A meghívó elkészült. Küldje el ezt a hivatkozást a meghívott személynek; egyszer használható, 14 napig érvényes:
invite-submit = Meghívó létrehozása
invitations-sent = Meghívók
invitations-none = Még senkit nem hívtak meg.
invitation-state = Állapot
invitation-accepted = Elfogadva
invitation-expired = Lejárt
invitation-pending = Függőben, érvényesség vége: { $date }
invite-error-email = Adjon meg egy e-mail-címet, például: nev@pelda.hu.
invite-error-name = Adja meg a személy nevét (legfeljebb 200 karakter).
invite-error-role = Válassza a zsűritag vagy a mentor szerepkört.

sso-title = Bejelentkezés a város fiókjaival
sso-saved = A beállítások mentése megtörtént.
sso-redirect-uri = Regisztrálja ezt az átirányítási címet az identitásszolgáltatójánál:
sso-issuer = A kibocsátó URL-címe (issuer)
sso-client-id = Ügyfél-azonosító
sso-client-secret = Titkos ügyfélkód
sso-secret-kept = A titkos kód tárolva van, és soha nem jelenik meg. Ha meg kívánja tartani, hagyja üresen ezt a mezőt.
sso-secret-needed = Illessze be azt a titkos kódot, amelyet az identitásszolgáltató ehhez az ügyfélhez kiadott.
sso-scopes = Hatókörök (scopes)
sso-email-claim = Az e-mail-címet tartalmazó jogcím (claim)
sso-name-claim = A megjelenítendő nevet tartalmazó jogcím
sso-division-claim = A szervezeti egységet tartalmazó jogcím
sso-grade-claim = A besorolást tartalmazó jogcím
sso-error-issuer = Adja meg a kibocsátó címét, például: https://login.pelda.hu.
sso-error-issuer-https = A kibocsátó címének https:// előtaggal kell kezdődnie.
sso-error-client-id = Adja meg az ügyfél-azonosítót (legfeljebb 255 karakter).
sso-error-secret = Adja meg a titkos ügyfélkódot (legfeljebb 1024 karakter).
sso-error-scopes = A hatóköröknek tartalmazniuk kell az openid értéket.
sso-error-claim = A jogcím neve csak betűket, számjegyeket, pontot, kötőjelet és aláhúzásjelet tartalmazhat.
sso-error-discovery = Az identitásszolgáltató felderítési dokumentuma (discovery) ezen a címen nem olvasható be.

people-title = Személyek
people-search = Keresés név vagy e-mail-cím alapján
people-none = Nincs találat.
people-status = Állapot
people-local = meghívott, jelszóval jelentkezik be
people-active = Aktív
people-inactive = Deaktiválva
people-deactivate = Deaktiválás
people-activate = Újraaktiválás

operator-title = Üzemeltetői konzol
operator-slug = Név a címben
operator-active = Aktív


tokens-title = API-tokenek
tokens-intro = A token segítségével egy másik rendszer a létrehozó adminisztrátor nevében használhatja a város API-ját. Tartsa titokban, és vonja vissza, ha már nincs rá szükség.
tokens-created = A token elkészült. Másolja ki most: később nem jelenik meg újra.
tokens-name = Név (mire szolgál a token)
tokens-create = Token létrehozása
tokens-prefix = Kezdete
tokens-created-on = Létrehozva
tokens-last-used = Utolsó használat
tokens-revoked = Visszavonva
tokens-revoke = Visszavonás
token-error-name = Adjon a tokennek legfeljebb 120 karakterből álló nevet.
sso-extra-claims = További jogcímek, amelyeket a részvételi szabályokhoz meg kell őrizni (szóközzel elválasztott nevek)
sso-error-extra-claims = Betűkből, számjegyekből, pontokból, kötőjelekből vagy aláhúzásjelekből álló jogcímneveket adjon meg szóközzel elválasztva (a besorolás és a szervezeti egység nem lehet köztük).

account-preferences = Beállítások
account-language = Az oldalak nyelve
account-language-browser = Amit a böngészőm kér
account-notify-by-email = Az értesítéseket e-mailben is kérem
account-data = Az Ön adatai
account-export = Minden letöltése, amit a platform Önről tárol (JSON)
account-erasure-explained = Kérheti adatai törlését: a nevét, e-mail-címét és azonosítóját eltávolítjuk, javaslatai pedig név nélkül megmaradnak. A kérést a város egyik adminisztrátora hagyja jóvá.
account-erasure-request = Törlés kérése
account-erasure-pending = Ön kérte adatai törlését; a város egyik adminisztrátora jóváhagyja.
people-erasure-requested = Törlést kért
people-erase = Törlés most
person-erased = Korábbi résztvevő, sorszám: { $id }
sso-test = Kapcsolat tesztelése
sso-test-ok = Az identitásszolgáltató válaszolt: a felderítési dokumentum és a kulcsok beolvashatók voltak.
sso-test-private = A kibocsátó címe ({ $host }) magán- vagy helyi hálózati cím, amelyhez ez a szerver nem kapcsolódik.
sso-test-failed = Az identitásszolgáltató nem volt elérhető, vagy nem a várt módon válaszolt. Műszaki részlet: { $reason }
