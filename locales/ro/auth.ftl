# Autentificare și deconectare, conturi, invitații și pagina persoanelor.

signin-title = Autentificare
signin-sso-heading = Angajații primăriei
signin-sso-button = Autentificați-vă cu contul primăriei
signin-local-heading = Experți invitați
signin-platform-heading = Operatori și coordonatori ai rețelei
signin-demo-link = Demo: autentificare ca persoană fictivă
signin-failed = Adresa de e-mail sau parola nu este corectă.
signin-throttled = Prea multe încercări. Vă rugăm să așteptați 15 minute înainte de a încerca din nou.
sso-error-not-configured = Acest oraș nu a configurat încă autentificarea cu propriile conturi.
sso-error-state = Autentificarea a durat prea mult sau a fost întreruptă. Vă rugăm să o luați de la capăt.
sso-error-unavailable = Serviciul de autentificare al orașului nu poate fi accesat momentan. Vă rugăm să încercați din nou mai târziu.
sso-error-refused = Serviciul de autentificare al orașului nu v-a confirmat identitatea. Vă rugăm să o luați de la capăt.

account-title = Contul dumneavoastră
account-roles = Roluri

role-operator = Operator al platformei
role-coordinator = Coordonator al rețelei
role-tenant-admin = Administrator al orașului
role-juror = Membru al juriului
role-mentor = Mentor
role-employee = Angajat

demo-signin-title = Autentificare demonstrativă
demo-signin-intro = Această pagină există doar pe site-ul demonstrativ. Alegeți o persoană fictivă pentru a vedea platforma din perspectiva rolului acesteia.
demo-signin-as = Autentificare ca această persoană

accept-title = Alegeți-vă parola
accept-submit = Salvați parola și autentificați-vă
password-hint = Cel puțin 12 caractere. O propoziție scurtă este ușor de reținut și greu de ghicit.
password-too-short = Parola trebuie să aibă cel puțin 12 caractere.
password-too-long = Parola poate avea cel mult 256 de caractere.
password-mismatch = Cele două parole nu coincid.

invitations-title = Invitați experți externi
invitation-created = Invitația este gata. Trimiteți acest link persoanei respective; funcționează o singură dată, timp de 14 zile:
invite-submit = Creați invitația
invitations-sent = Invitații
invitations-none = Nu a fost invitat încă nimeni.
invitation-state = Stare
invitation-accepted = Acceptată
invitation-expired = Expirată
invitation-pending = În așteptare, valabilă până la { $date }
invite-error-email = Introduceți o adresă de e-mail, de exemplu nume@exemplu.ro.
invite-error-name = Introduceți numele persoanei (cel mult 200 de caractere).
invite-error-role = Alegeți membru al juriului sau mentor.

sso-title = Autentificare cu conturile orașului
sso-saved = Setările au fost salvate.
sso-redirect-uri = Înregistrați această adresă de redirecționare la furnizorul dumneavoastră de identitate:
sso-issuer = URL-ul emitentului (issuer)
sso-client-id = ID client
sso-client-secret = Secret client
sso-secret-kept = Un secret este stocat și nu este afișat niciodată. Lăsați câmpul gol pentru a-l păstra.
sso-secret-needed = Lipiți secretul pe care furnizorul de identitate l-a atribuit acestui client.
sso-scopes = Domenii de acces (scopes)
sso-email-claim = Atributul (claim) cu adresa de e-mail
sso-name-claim = Atributul cu numele afișat
sso-division-claim = Atributul cu direcția
sso-grade-claim = Atributul cu gradul profesional
sso-error-issuer = Introduceți adresa emitentului, de exemplu https://login.exemplu.ro.
sso-error-issuer-https = Adresa emitentului trebuie să înceapă cu https://.
sso-error-client-id = Introduceți ID-ul clientului (cel mult 255 de caractere).
sso-error-secret = Introduceți secretul clientului (cel mult 1.024 de caractere).
sso-error-scopes = Domeniile de acces trebuie să includă openid.
sso-error-claim = Folosiți un nume de atribut format din litere, cifre, puncte, cratime sau caractere de subliniere.
sso-error-discovery = Documentul de descoperire (discovery) al furnizorului de identitate nu a putut fi citit la această adresă.

people-title = Persoane
people-search = Căutare după nume sau e-mail
people-none = Niciun rezultat.
people-status = Stare
people-local = invitat, se autentifică cu parolă
people-active = Activ
people-inactive = Dezactivat
people-deactivate = Dezactivare
people-activate = Reactivare

operator-title = Consola operatorului
operator-slug = Numele din adresă
operator-active = Activ


tokens-title = Tokenuri API
tokens-intro = Un token permite unui alt sistem să folosească API-ul orașului în numele administratorului care l-a creat. Păstrați-l secret; revocați-l atunci când nu mai este necesar.
tokens-created = Tokenul este gata. Copiați-l acum: nu va mai fi afișat.
tokens-name = Nume (la ce folosește tokenul)
tokens-create = Creați un token
tokens-prefix = Începe cu
tokens-created-on = Creat la
tokens-last-used = Ultima utilizare
tokens-revoked = Revocat
tokens-revoke = Revocare
token-error-name = Dați tokenului un nume de cel mult 120 de caractere.
sso-extra-claims = Alte atribute păstrate pentru regulile de eligibilitate (nume separate prin spații)
sso-error-extra-claims = Introduceți nume de atribute formate din litere, cifre, puncte, cratime sau liniuțe de subliniere, separate prin spații (nu grad profesional sau direcție).

account-preferences = Preferințe
account-language = Limba paginilor
account-language-browser = Cea cerută de browserul meu
account-notify-by-email = Trimiteți-mi notificările și prin e-mail
account-data = Datele dumneavoastră
account-export = Descărcați tot ce păstrează platforma despre dumneavoastră (JSON)
account-erasure-explained = Puteți cere ștergerea: numele, adresa de e-mail și identitatea sunt eliminate, iar propunerile rămân fără numele dumneavoastră. Un administrator al primăriei confirmă cererea.
account-erasure-request = Cereți ștergerea
account-erasure-pending = Ați cerut ștergerea; un administrator al primăriei o va confirma.
people-erasure-requested = A cerut ștergerea
people-erase = Ștergeți acum
person-erased = Fost participant nr. { $id }
sso-test = Testați conexiunea
sso-test-ok = Furnizorul de identitate a răspuns: documentul de descoperire și cheile au putut fi citite.
sso-test-private = Adresa emitentului { $host } este o adresă de rețea privată sau locală, pe care acest server nu o contactează.
sso-test-failed = Furnizorul de identitate nu a putut fi contactat sau nu a răspuns cum ar trebui. Detaliu tehnic: { $reason }
