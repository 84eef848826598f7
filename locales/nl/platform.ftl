# De console van de operators: steden, hun status, aanmaken en opschorten.

operator-new-city = Nieuwe stad
operator-open-calls = Open oproepen
operator-sso = Inloggen via de stad
operator-sso-configured = Ingesteld
operator-sso-missing = Nog niet ingesteld
operator-suspend = Opschorten
operator-resume = Opnieuw activeren
operator-create = Stad aanmaken
operator-created = De stad is aangemaakt:
operator-created-admin = Stuur deze link naar de eerste beheerder van de stad; de link werkt één keer, is 14 dagen geldig en laat de beheerder een wachtwoord kiezen:
operator-field-slug = Naam in het adres
operator-hint-slug = 2 tot 40 kleine letters, cijfers of koppeltekens, beginnend met een letter; de pagina's van de stad staan op /t/naam-adres/.
operator-field-name = Naam van de stad
operator-field-hosts = Eigen hostnamen van de stad (optioneel)
operator-hint-hosts = Gescheiden door spaties, zoals ideeen.rotterdam.example; zonder https:// of poort.
operator-field-locales = Talen
operator-field-default-locale = Standaardtaal
operator-field-timezone = Tijdzone
operator-hint-timezone = Zoals IANA de tijdzone noemt, bijvoorbeeld Europe/Rome.
operator-field-headcount = Aantal medewerkers
operator-field-colour = Kleur van de pagina's van de stad
operator-hint-colour = In de vorm #rrggbb; witte tekst moet erop leesbaar blijven.
operator-field-admin-email = E-mailadres van de eerste beheerder
operator-hint-admin = Deze persoon wordt met een link uitgenodigd en stelt het inloggen met de eigen accounts van de stad in.
operator-field-admin-name = Naam van de eerste beheerder

tenant-error-slug = Gebruik 2 tot 40 kleine letters, cijfers of koppeltekens, beginnend met een letter.
tenant-error-reserved = Deze naam in het adres is door het platform gereserveerd; kies een andere.
tenant-error-duplicate-slug = Er bestaat al een stad met deze naam in het adres.
tenant-error-name = Vul de naam van de stad in (maximaal 120 tekens).
tenant-error-host = Vul hostnamen in zoals ideeen.rotterdam.example, zonder https:// of poort.
tenant-error-duplicate-host = Een van deze hostnamen hoort al bij een stad.
tenant-error-no-locales = Kies minimaal één taal.
tenant-error-default-locale = De standaardtaal moet een van de gekozen talen zijn.
tenant-error-timezone = Vul een tijdzone in, zoals Europe/Rome.
tenant-error-headcount = Vul een geheel aantal medewerkers in, maximaal 10.000.000.
tenant-error-colour = Schrijf de kleur als #rrggbb, zoals #1f4e8c.
tenant-error-admin-email = Vul het e-mailadres van de eerste beheerder in, zoals naam@voorbeeld.nl.

operator-last-sign-in = Laatste keer ingelogd
operator-never = Nooit
operator-check-sso = Controleren
operator-sso-none = { $city } heeft geen eigen inlogmethode ingesteld.
operator-sso-ok = De identiteitsprovider van { $city } antwoordt.
operator-sso-failed = De identiteitsprovider van { $city } antwoordt niet zoals het hoort: { $reason }
tenant-error-unknown-locale = Alleen de talen van het platform kunnen worden ingeschakeld: it, en, fr, pt, nl, ro, es, hu.
