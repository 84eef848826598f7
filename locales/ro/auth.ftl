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
role-facilitator = Facilitator
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
invitation-revoked = Revocată
invitation-actions = Acțiuni
invitation-revoke = Revocă
invitation-revoke-title = Revocați invitația?
invitation-revoke-consequence = Linkul trimis la { $email } nu va mai funcționa; persoana nu va fi anunțată. Acțiunea nu poate fi anulată.
invitation-revoke-confirm = Da, revocă invitația
invitation-revoke-cancel = Renunță
invitation-revoke-accepted = Această invitație a fost deja acceptată și nu mai poate fi revocată. Pentru a retrage rolul, folosiți pagina persoanelor.
invitation-revoke-revoked = Această invitație a fost deja revocată.
invitation-revoke-expired = Această invitație a expirat: linkul ei deja nu mai funcționează.
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

# The API's documentation page (/api/v1/docs).
api-docs-title = API-ul orașului
api-docs-intro = Alte sisteme pot citi apelurile orașului și pot scrie propuneri prin această interfață JSON. Mai jos sunt operațiile ei și forma datelor pe care le schimbă.
api-docs-server = Adresa interfeței
api-docs-auth = Autentificare
api-docs-auth-detail = Trimiteți „Authorization: Bearer” urmat de un token API al acestui oraș. Administratorii orașului creează tokenuri pe pagina tokenurilor API; un token acționează în numele administratorului care l-a creat. Un browser autentificat își poate folosi în schimb sesiunea, trimițând la fiecare modificare tokenul CSRF al paginii în antetul X-CSRF-Token.
api-docs-errors = Erori
api-docs-errors-detail = Fiecare eroare este un document de problemă (RFC 9457, application/problem+json) cu type, title, status și detail; title și detail sunt în limba din antetul Accept-Language. Câmpurile nevalide sunt numite în errors.
api-docs-document = Descriere lizibilă de mașini
api-docs-operations = Operații
api-docs-needs-token = Necesită un token API (sau o sesiune autentificată).
api-docs-public = Deschisă oricui; tokenul este opțional.
api-docs-parameters = Parametri
api-docs-name = Nume
api-docs-location = Unde
api-docs-type = Tip
api-docs-required = Obligatoriu
api-docs-description = Descriere
api-docs-yes = da
api-docs-no = nu
api-docs-request-body = Corpul cererii
api-docs-responses = Răspunsuri
api-docs-status = Stare
api-docs-content-type = Tipul conținutului
api-docs-schemas = Forma datelor
api-docs-one-of = Una dintre aceste forme:
api-docs-values = Valori posibile
api-docs-fields = Câmpuri
api-docs-in-path = cale
api-docs-in-query = șir de interogare
api-docs-in-header = antet
api-docs-op-get-openapi = Această descriere, în format OpenAPI 3.1
api-docs-op-get-docs = Această pagină
api-docs-op-list-calls = Toate apelurile publicate ale orașului
api-docs-op-get-call = Un apel publicat
api-docs-op-list-call-proposals = Toate propunerile unui apel, pentru administratorii orașului
api-docs-op-create-proposal = Începe o propunere-ciornă la un apel deschis
api-docs-op-list-my-proposals = Propunerile în a căror echipă se află apelantul
api-docs-op-get-proposal = Una dintre propriile propuneri
api-docs-op-save-proposal = Salvează câmpurile unei propuneri, până la termenul apelului
api-docs-op-submit-proposal = Depune o propunere la apel, până la termen
api-docs-op-withdraw-proposal = Retrage o propunere, până la termenul apelului
api-docs-op-get-me = Persoana în numele căreia acționează cererea
api-docs-op-list-people = Persoanele orașului, pentru administratorii săi
api-docs-op-close-call = Închiderea acum a unui apel deschis: depunerile se încheie și apelul trece la evaluare
api-docs-op-close-scoring = Închiderea notării: punctajele juriului devin definitive
api-docs-op-publish-results = Publicarea rezultatelor: fiecare echipă este anunțată, iar propunerile premiate devin proiecte
api-docs-op-get-ranking = Clasamentul unui apel: punctaje normalizate, medii, dispersie, evaluări, decizii și acordul juriului
api-docs-op-get-reviews = Progresul fiecărui jurat și, după închiderea notării, punctajele fiecărei evaluări
api-docs-op-decide-proposal = Decizia asupra unei propuneri: preselectată, premiată sau neselectată
api-docs-op-list-projects = Toate proiectele orașului, cu cele blocate semnalate
api-docs-op-get-project = Un proiect: buget, mentor, etape, actualizări și stare
api-docs-op-get-person = O persoană a orașului: atribute, câmpurile gestionate de autentificarea orașului și roluri
api-docs-op-set-person-attributes = Stabilirea direcției și a gradului unei persoane, acolo unde autentificarea orașului nu le transmite
api-docs-op-grant-role = Acordarea unui rol unei persoane
api-docs-op-revoke-role = Retragerea unui rol al unei persoane
api-docs-op-list-audit = Jurnalul de audit al orașului, câte o propoziție pe intrare, filtrat după acțiune, persoană și date
tokens-docs-link = Cum se folosește API-ul: documentația sa
sso-post-logout-uri = Înregistrați și această adresă de întoarcere după deconectare, pentru ca deconectarea de aici să deconecteze și de la furnizor:
sso-test-end-session = Anunță și deconectarea (end_session_endpoint): cine se deconectează aici este deconectat și acolo.
sso-test-no-end-session = Nu anunță deconectarea (end_session_endpoint): cine se deconectează aici rămâne conectat la furnizor.
accept-role-title = Acceptați invitația
accept-role-offered = Rol oferit: { $role }
accept-role-submit = Acceptați rolul
accept-role-sign-in-first = Există deja un cont cu această adresă de email. Autentificați-vă în acel cont, apoi deschideți din nou acest link: rolul se adaugă contului, iar parola nu se schimbă.
accept-role-sign-in = Autentificare
people-error-admin-on-jury = Această persoană face parte dintr-un juriu
    .detail = Un administrator vede cine a scris fiecare propunere, deci nu le poate evalua: scoateți mai întâi persoana din juriul apelurilor încă neevaluate.

## Issue 20, people page: filters, paging, role badges, attributes
people-filters = Filtrează persoanele
people-filter-role = Rol
people-filter-any = Oricare
people-division = Direcție
people-grade = Grad
people-filter-clear = Șterge filtrele
people-found =
    { $count ->
    [one] { $count } persoană
    [few] { $count } persoane
   *[other] { $count } de persoane
    }
people-no-role = Niciun rol
people-juror-of-call = Jurat al unui apel
people-grant = Acordă: { $role }
people-revoke = Retrage: { $role }
people-pages = Paginile listei
people-previous = Anterioara
people-next = Următoarea
people-back = Înapoi la persoane
people-attributes-saved = Atribute salvate.
people-attributes = Direcție și grad
people-attributes-intro = Apelurile pot fi limitate la o direcție sau un grad. Setați-le aici când autentificarea orașului nu le trimite.
people-attribute-none = Niciunul
people-from-sso = din claim-ul SSO `{ $claim }`: se modifică la furnizorul de identitate
people-grade-hint = Unul dintre gradele orașului sau alt nume.
people-error-division = Alegeți una dintre direcțiile orașului.
people-error-sso-owned = Acest atribut vine din autentificarea orașului (SSO) și nu poate fi modificat aici.
people-error-grade = Scrieți un grad de cel mult { $max } caractere, pe un singur rând.
