# Consola operatorilor: orașe, starea lor, creare și suspendare.

operator-new-city = Oraș nou
operator-open-calls = Apeluri deschise
operator-sso = Autentificarea orașului
operator-sso-configured = Configurată
operator-sso-missing = Neconfigurată încă
operator-suspend = Suspendare
operator-resume = Reactivare
operator-create = Creați orașul
operator-created = Orașul a fost creat:
operator-created-admin = Trimiteți acest link primului său administrator; funcționează o singură dată, timp de 14 zile, și îi permite să își aleagă o parolă:
operator-field-slug = Numele din adresă
operator-hint-slug = Între 2 și 40 de litere mici, cifre sau cratime, începând cu o literă; paginile orașului se află la /t/nume-adresa/.
operator-field-name = Numele orașului
operator-field-hosts = Numele de gazdă proprii ale orașului (opțional)
operator-hint-hosts = Separate prin spații, de exemplu idei.cluj.example; fără https:// sau port.
operator-field-locales = Limbi
operator-field-default-locale = Limba implicită
operator-field-timezone = Fus orar
operator-hint-timezone = Așa cum îl denumește IANA, de exemplu Europe/Rome.
operator-field-headcount = Numărul de angajați
operator-field-colour = Culoarea paginilor orașului
operator-hint-colour = În formatul #rrggbb; textul alb trebuie să rămână lizibil pe această culoare.
operator-field-admin-email = Adresa de e-mail a primului administrator
operator-hint-admin = Este invitat printr-un link și configurează autentificarea proprie a orașului.
operator-field-admin-name = Numele primului administrator

tenant-error-slug = Folosiți între 2 și 40 de litere mici, cifre sau cratime, începând cu o literă.
tenant-error-reserved = Acest nume din adresă este rezervat de platformă; alegeți altul.
tenant-error-duplicate-slug = Există deja un oraș cu acest nume în adresă.
tenant-error-name = Introduceți numele orașului (cel mult 120 de caractere).
tenant-error-host = Introduceți nume de gazdă precum idei.cluj.example, fără https:// sau port.
tenant-error-duplicate-host = Unul dintre aceste nume de gazdă aparține deja unui oraș.
tenant-error-no-locales = Alegeți cel puțin o limbă.
tenant-error-default-locale = Limba implicită trebuie să fie una dintre limbile alese.
tenant-error-timezone = Introduceți un fus orar, de exemplu Europe/Rome.
tenant-error-headcount = Introduceți un număr întreg de angajați, cel mult 10.000.000.
tenant-error-colour = Scrieți culoarea în formatul #rrggbb, de exemplu #1f4e8c.
tenant-error-admin-email = Introduceți adresa de e-mail a primului administrator, de exemplu nume@exemplu.ro.

operator-last-sign-in = Ultima autentificare
operator-never = Niciodată
operator-check-sso = Verificați
operator-sso-none = { $city } nu are configurată o autentificare proprie.
operator-sso-ok = Furnizorul de identitate al { $city } răspunde.
operator-sso-failed = Furnizorul de identitate al { $city } nu răspunde cum ar trebui: { $reason }
tenant-error-unknown-locale = Se pot activa doar limbile platformei: it, en, fr, pt, nl, ro, es, hu.
