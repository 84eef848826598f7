# Inloggen en uitloggen, accounts, uitnodigingen en de personenpagina.

signin-title = Inloggen
signin-sso-heading = Medewerkers van de gemeente
signin-sso-button = Inloggen met uw gemeenteaccount
signin-local-heading = Uitgenodigde experts
signin-platform-heading = Operators en netwerkcoördinatoren
signin-demo-link = Demo: inloggen als voorbeeldpersoon
signin-failed = Het e-mailadres of het wachtwoord is onjuist.
signin-throttled = Te veel pogingen. Wacht 15 minuten voordat u het opnieuw probeert.
sso-error-not-configured = Deze stad heeft inloggen met de eigen accounts nog niet ingesteld.
sso-error-state = Het inloggen duurde te lang of is onderbroken. Begin opnieuw.
sso-error-unavailable = De inlogdienst van de stad is op dit moment niet bereikbaar. Probeer het later opnieuw.
sso-error-refused = De inlogdienst van de stad heeft uw identiteit niet bevestigd. Begin opnieuw.

account-title = Uw account
account-roles = Rollen

role-operator = Platformoperator
role-coordinator = Netwerkcoördinator
role-tenant-admin = Beheerder van de stad
role-juror = Jurylid
role-mentor = Mentor
role-employee = Medewerker

demo-signin-title = Inloggen op de demo
demo-signin-intro = Deze pagina bestaat alleen op de demosite. Kies een voorbeeldpersoon om het platform vanuit diens rol te bekijken.
demo-signin-as = Inloggen als deze persoon

accept-title = Kies uw wachtwoord
accept-submit = Wachtwoord opslaan en inloggen
password-hint = Minimaal 12 tekens. Een korte zin is makkelijk te onthouden en moeilijk te raden.
password-too-short = Het wachtwoord moet minimaal 12 tekens bevatten.
password-too-long = Het wachtwoord mag maximaal 256 tekens bevatten.
password-mismatch = De twee wachtwoorden komen niet overeen.

invitations-title = Externe experts uitnodigen
invitation-created = De uitnodiging is klaar. Stuur deze link naar de persoon; de link werkt één keer en is 14 dagen geldig:
invite-submit = Uitnodiging aanmaken
invitations-sent = Uitnodigingen
invitations-none = Er is nog niemand uitgenodigd.
invitation-state = Status
invitation-accepted = Geaccepteerd
invitation-expired = Verlopen
invitation-pending = In afwachting, geldig tot { $date }
invite-error-email = Vul een e-mailadres in, zoals naam@voorbeeld.nl.
invite-error-name = Vul de naam van de persoon in (maximaal 200 tekens).
invite-error-role = Kies jurylid of mentor.

sso-title = Inloggen met de accounts van de stad
sso-saved = De instellingen zijn opgeslagen.
sso-redirect-uri = Registreer dit omleidingsadres bij uw identiteitsprovider:
sso-issuer = URL van de uitgever (issuer)
sso-client-id = Client-ID
sso-client-secret = Clientgeheim
sso-secret-kept = Er is een geheim opgeslagen dat nooit wordt getoond. Laat dit veld leeg om het te behouden.
sso-secret-needed = Plak het geheim dat uw identiteitsprovider voor deze client heeft verstrekt.
sso-scopes = Bereiken (scopes)
sso-email-claim = Claim met het e-mailadres
sso-name-claim = Claim met de weergavenaam
sso-division-claim = Claim met de afdeling
sso-grade-claim = Claim met de schaal
sso-error-issuer = Vul het adres van de uitgever in, zoals https://login.voorbeeld.nl.
sso-error-issuer-https = Het adres van de uitgever moet beginnen met https://.
sso-error-client-id = Vul de client-ID in (maximaal 255 tekens).
sso-error-secret = Vul het clientgeheim in (maximaal 1.024 tekens).
sso-error-scopes = De bereiken moeten openid bevatten.
sso-error-claim = Gebruik voor de claimnaam alleen letters, cijfers, punten, koppeltekens of liggende streepjes.
sso-error-discovery = Het discoverydocument van de identiteitsprovider kon op dit adres niet worden gelezen.

people-title = Personen
people-search = Zoeken op naam of e-mailadres
people-none = Geen resultaten.
people-status = Status
people-local = uitgenodigd, logt in met een wachtwoord
people-active = Actief
people-inactive = Gedeactiveerd
people-deactivate = Deactiveren
people-activate = Opnieuw activeren

operator-title = Operatorconsole
operator-slug = Naam in het adres
operator-active = Actief


tokens-title = API-tokens
tokens-intro = Met een token kan een ander systeem de API van de stad gebruiken namens de beheerder die het token heeft aangemaakt. Houd het geheim; trek het in wanneer het niet meer nodig is.
tokens-created = Het token is klaar. Kopieer het nu: het wordt niet opnieuw getoond.
tokens-name = Naam (waarvoor het token dient)
tokens-create = Token aanmaken
tokens-prefix = Begint met
tokens-created-on = Aangemaakt op
tokens-last-used = Laatst gebruikt
tokens-revoked = Ingetrokken
tokens-revoke = Intrekken
token-error-name = Geef het token een naam van maximaal 120 tekens.
sso-extra-claims = Overige claims die voor toelatingsregels worden bewaard (namen, gescheiden door spaties)
sso-error-extra-claims = Geef claimnamen van letters, cijfers, punten, streepjes of underscores, gescheiden door spaties (geen schaal of afdeling).

account-preferences = Voorkeuren
account-language = Taal van de pagina’s
account-language-browser = Zoals mijn browser vraagt
account-notify-by-email = Stuur mij meldingen ook per e-mail
account-data = Uw gegevens
account-export = Alles downloaden wat het platform over u bewaart (JSON)
account-erasure-explained = U kunt vragen om gewist te worden: uw naam, e-mailadres en identiteit worden verwijderd en uw voorstellen blijven zonder uw naam bestaan. Een beheerder van de gemeente bevestigt het verzoek.
account-erasure-request = Vragen om gewist te worden
account-erasure-pending = U hebt gevraagd om gewist te worden; een beheerder van de gemeente bevestigt dit.
people-erasure-requested = Heeft gevraagd om gewist te worden
people-erase = Nu wissen
person-erased = Voormalig deelnemer nr. { $id }
sso-test = Verbinding testen
sso-test-ok = De identiteitsprovider antwoordde: het discoverydocument en de sleutels konden worden gelezen.
sso-test-private = Het adres van de uitgever { $host } is een privé- of lokaal netwerkadres, dat deze server niet benadert.
sso-test-failed = De identiteitsprovider was niet bereikbaar of antwoordde niet zoals het hoort. Technisch detail: { $reason }
