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
invitation-revoked = Ingetrokken
invitation-actions = Acties
invitation-revoke = Intrekken
invitation-revoke-title = Uitnodiging intrekken?
invitation-revoke-consequence = De link die naar { $email } is gestuurd, werkt dan niet meer; de persoon krijgt daar geen bericht over. Dit kan niet ongedaan worden gemaakt.
invitation-revoke-confirm = Ja, uitnodiging intrekken
invitation-revoke-cancel = Annuleren
invitation-revoke-accepted = Deze uitnodiging is al aanvaard en kan niet meer worden ingetrokken. Gebruik de personenpagina om de rol af te nemen.
invitation-revoke-revoked = Deze uitnodiging is al ingetrokken.
invitation-revoke-expired = Deze uitnodiging is verlopen: de link werkt al niet meer.
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

# The API's documentation page (/api/v1/docs).
api-docs-title = De API van de stad
api-docs-intro = Andere systemen kunnen via deze JSON-interface de oproepen van de stad lezen en voorstellen schrijven. Hieronder staan de bewerkingen en de vorm van de gegevens die ze uitwisselen.
api-docs-server = Adres van de interface
api-docs-auth = Authenticatie
api-docs-auth-detail = Stuur „Authorization: Bearer” gevolgd door een API-token van deze stad. De beheerders van de stad maken tokens aan op de pagina met API-tokens; een token handelt namens de beheerder die het heeft aangemaakt. Een aangemelde browser kan in plaats daarvan zijn sessie gebruiken en stuurt dan bij elke wijziging het CSRF-token van de pagina mee in de header X-CSRF-Token.
api-docs-errors = Fouten
api-docs-errors-detail = Elke fout is een probleemdocument (RFC 9457, application/problem+json) met type, title, status en detail; title en detail staan in de taal van de header Accept-Language. Ongeldige velden worden genoemd in errors.
api-docs-document = Machineleesbare beschrijving
api-docs-operations = Bewerkingen
api-docs-needs-token = Vereist een API-token (of een aangemelde sessie).
api-docs-public = Voor iedereen toegankelijk; een token is optioneel.
api-docs-parameters = Parameters van de aanvraag
api-docs-name = Naam
api-docs-location = Plaats
api-docs-type = Soort
api-docs-required = Verplicht
api-docs-description = Beschrijving
api-docs-yes = ja
api-docs-no = nee
api-docs-request-body = Inhoud van de aanvraag
api-docs-responses = Antwoorden
api-docs-status = Statuscode
api-docs-content-type = Inhoudstype
api-docs-schemas = Vorm van de gegevens
api-docs-one-of = Een van deze vormen:
api-docs-values = Mogelijke waarden
api-docs-fields = Velden
api-docs-in-path = pad
api-docs-in-query = querystring
api-docs-in-header = kop
api-docs-op-get-openapi = Deze beschrijving, als OpenAPI 3.1
api-docs-op-get-docs = Deze pagina
api-docs-op-list-calls = Alle gepubliceerde oproepen van de stad
api-docs-op-get-call = Eén gepubliceerde oproep
api-docs-op-list-call-proposals = Alle voorstellen van een oproep, voor de beheerders van de stad
api-docs-op-create-proposal = Een conceptvoorstel beginnen bij een open oproep
api-docs-op-list-my-proposals = De voorstellen in wier team de aanvrager zit
api-docs-op-get-proposal = Een van de eigen voorstellen
api-docs-op-save-proposal = De velden van een voorstel opslaan, tot de deadline van de oproep
api-docs-op-submit-proposal = Een voorstel indienen bij de oproep, tot de deadline
api-docs-op-withdraw-proposal = Een voorstel intrekken, tot de deadline van de oproep
api-docs-op-get-me = De persoon namens wie het verzoek handelt
api-docs-op-list-people = De mensen van de stad, voor haar beheerders
tokens-docs-link = Hoe de API werkt: de documentatie
sso-post-logout-uri = Registreer ook dit adres om na het afmelden naar terug te keren, zodat afmelden hier ook afmeldt bij de provider:
sso-test-end-session = Hij kondigt ook afmelden aan (end_session_endpoint): wie zich hier afmeldt, is ook daar afgemeld.
sso-test-no-end-session = Hij kondigt geen afmelden aan (end_session_endpoint): wie zich hier afmeldt, blijft bij de provider aangemeld.
accept-role-title = De uitnodiging aanvaarden
accept-role-offered = Aangeboden rol: { $role }
accept-role-submit = De rol aanvaarden
accept-role-sign-in-first = Er bestaat al een account met dit e-mailadres. Meld je aan bij dat account en open deze link opnieuw: de rol wordt aan het account toegevoegd en het wachtwoord verandert niet.
accept-role-sign-in = Aanmelden
people-error-admin-on-jury = Deze persoon zit in een jury
    .detail = Een beheerder ziet wie elk voorstel schreef en kan ze dus niet beoordelen: haal de persoon eerst uit de jury van de oproepen die nog beoordeeld moeten worden.

## Issue 20, people page: filters, paging, role badges, attributes
people-filters = Personen filteren
people-filter-role = Rol
people-filter-any = Alle
people-division = Afdeling
people-grade = Functieschaal
people-filter-clear = Filters wissen
people-found =
    { $count ->
    [one] { $count } persoon
   *[other] { $count } personen
    }
people-no-role = Geen rol
people-juror-of-call = Jurylid van een oproep
people-grant = Toekennen: { $role }
people-revoke = Intrekken: { $role }
people-pages = Pagina's van de lijst
people-previous = Vorige
people-next = Volgende
people-back = Terug naar personen
people-attributes-saved = Kenmerken opgeslagen.
people-attributes = Afdeling en functieschaal
people-attributes-intro = Oproepen kunnen beperkt zijn tot een afdeling of functieschaal. Stel ze hier in als de aanmelding van de stad ze niet meestuurt.
people-attribute-none = Geen
people-from-sso = uit SSO-claim `{ $claim }`: wijzig dit bij de identiteitsprovider
people-grade-hint = Een van de functieschalen van de stad, of een andere naam.
people-error-division = Kies een van de afdelingen van de stad.
people-error-sso-owned = Dit kenmerk komt uit de aanmelding van de stad (SSO) en kan hier niet worden gewijzigd.
people-error-grade = Schrijf een functieschaal van hoogstens { $max } tekens, op één regel.
