# Gedeelde teksten van de interface: opmaak, foutmeldingen, getallen en datums.

app-name = Innovato
skip-link = Direct naar de inhoud
language-switcher = Taal
demo-banner = Demosite: alle personen, voorstellen en cijfers op deze site zijn verzonnen ter demonstratie, met uitzondering van de gepubliceerde cijfers van de Innova.TO-edities van Turijn.
suspended-banner = De site van deze stad is opgeschort: u kunt de site raadplegen, maar er kan niets worden gewijzigd.
footer-platform = Innovato, ideeënoproepen voor gemeentelijke organisaties
footer-all-cities = Alle steden

platform-title = Ideeënoproepen in de steden van het netwerk
platform-intro = Gemeentemedewerkers dragen innovaties aan, een jury kiest de beste zonder te weten wie ze heeft geschreven, en de winnende voorstellen worden begeleid tot en met de uitvoering.
platform-cities = Steden
platform-no-cities = Er heeft zich nog geen stad bij het platform aangesloten.
platform-city-languages = Talen:
platform-city-demo = Demonstratiegegevens
platform-city-suspended = Opgeschort

error-status = Foutcode
error-back-home = Terug naar de startpagina
error-not-found = Pagina niet gevonden
    .detail = Op dit adres staat geen pagina. Mogelijk is de pagina verplaatst of bevat de link een typfout.
error-unknown-tenant = Stad niet gevonden
    .detail = Geen enkele stad op dit platform gebruikt dit adres. Controleer de link of kies een stad uit de lijst met alle steden.
error-unavailable = Dienst tijdelijk niet beschikbaar
    .detail = De dienst kan op dit moment niet bij zijn gegevens. Niets van wat u had opgeslagen is verloren gegaan; probeer het over een minuut opnieuw.
error-internal = Er is bij ons iets misgegaan
    .detail = De fout is geregistreerd en wordt onderzocht. Niets van wat u had opgeslagen is verloren gegaan; probeer het opnieuw.

# $amount is al opgemaakt met de cijfergroepering van de taal.
money-eur = € { $amount }
# $day en $year zijn getallen, $month is de naam van de maand uit month-1 … month-12.
date-long = { $day } { $month } { $year }
date-time = { $date } om { $time }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

session-unavailable-banner = We konden uw sessie zojuist niet controleren. Log opnieuw in; niets van wat u had opgeslagen is verloren gegaan.
account-menu = Uw account
menu = Menu
sign-in = Inloggen
sign-out = Uitloggen
save = Opslaan
search = Zoeken
field-email = E-mailadres
field-password = Wachtwoord
field-name = Naam
field-role = Rol
field-new-password = Nieuw wachtwoord
field-confirm-password = Herhaal het nieuwe wachtwoord

error-sign-in-required = Log in om verder te gaan
    .detail = Deze pagina is alleen voor ingelogde gebruikers. Log in, dan komt u hier vanzelf terug.
error-forbidden = Niet toegestaan
    .detail = Uw rol staat dit niet toe. Denkt u dat dit wel zou moeten, neem dan contact op met de beheerder van uw stad.
error-csrf = Dit formulier is verlopen
    .detail = Voor uw veiligheid kon het formulier niet worden geaccepteerd. Ga terug, laad de pagina opnieuw en verstuur het formulier nogmaals.
error-bad-request = Het verzoek is niet begrepen
    .detail = Een deel van de verzonden gegevens ontbreekt of is onjuist opgemaakt. Ga terug en controleer het formulier.
error-invitation-invalid = Deze link werkt niet meer
    .detail = De link is onbekend, is al gebruikt of is verlopen. Vraag degene die u heeft uitgenodigd om een nieuwe link.
error-session-store = Inloggen is tijdelijk niet mogelijk
    .detail = We kunnen sessies op dit moment niet controleren. Probeer het over een minuut opnieuw.
error-session-lost = Log opnieuw in
    .detail = We kunnen uw sessie op dit moment niet controleren. Niets van wat u had opgeslagen is verloren gegaan; log over een minuut opnieuw in. Als u een formulier verstuurde, is het niet opgeslagen: ga in uw browser terug om uw tekst terug te vinden.

form-has-errors = Sommige velden vragen uw aandacht; niets van wat u hebt ingevuld is verloren gegaan.
form-errors-heading = Controleer het volgende:
error-locked = Niet mogelijk in deze fase
    .detail = De oproep of het voorstel is in een fase beland waarin dit niet meer kan.
error-deadline = De uiterste datum is verstreken
    .detail = De uiterste datum was { $deadline }. Daarna kunnen voorstellen niet meer worden aangemaakt, gewijzigd, ingediend of ingetrokken.

notifications-title = Meldingen
notifications-none = Niets nieuws.
notifications-new = Nieuw:
notification-submitted = Het voorstel “{ $title }”, waarvan u teamlid bent, is ingediend.
notification-team-invitation = { $name } nodigt u uit voor het team van het voorstel “{ $title }”.

audit-title = Auditlogboek
audit-none = Geen vermeldingen.
audit-when = Wanneer
audit-who = Wie
audit-what = Wat
audit-system = Het platform (er is een datum bereikt)


api-invalid = Sommige velden zijn ongeldig
error-bad-token = Het API-token is ongeldig
    .detail = Het token is onbekend of is ingetrokken. Vraag de beheerder van de stad om een nieuw token.


error-too-large = Het bestand is te groot
    .detail = Het bestand is groter dan dit platform accepteert. Maak het bestand kleiner en verstuur het opnieuw.
notification-in-review = Het voorstel “{ $title }” wordt nu door de jury beoordeeld.


error-suspended = De site van deze stad is opgeschort
    .detail = De pagina's zijn te raadplegen, maar er kan niets worden gewijzigd totdat de operators van het platform de site opnieuw activeren.
audit-from = Van (datum)
audit-to = Tot en met (datum)
audit-csv = Downloaden als CSV
audit-checkpoint = Een ondertekend controlepunt van het logboek downloaden
audit-broken = Het auditlogboek klopt niet, dus er kan geen controlepunt worden ondertekend. Waarschuw de beheerders van het platform.
audit-seq = Nr.
error-rate-limited = Te veel verzoeken
    .detail = U hebt in korte tijd veel verzoeken verstuurd. Wacht een minuut en probeer het opnieuw; niets van wat u had opgeslagen is verloren.

error-method-not-allowed = Dit adres accepteert deze methode niet
    .detail = Het verzoek gebruikte een HTTP-methode die dit adres niet biedt; de header Allow noemt de methoden die wel werken.
error-unsupported-media-type = De inhoud van het verzoek is geen JSON
    .detail = Dit adres leest alleen JSON: stuur de inhoud met Content-Type application/json.

# The console (issue 20, rule 1): the admin home, its side navigation, the header's admin link.
console-title = Beheer
console-nav = Beheerhulpmiddelen
console-group-calls = Oproepen en beoordeling
console-group-implementation = Uitvoering
console-group-people = Mensen en toegang
console-group-city = Instellingen van de stad
console-group-network = Netwerk
console-attention = Vraagt nu aandacht
console-attention-none = Op dit moment vraagt niets uw aandacht.
console-closing = inzendingen sluiten over { $days ->
        [one] 1 dag
       *[other] { $days } dagen
    }
console-reviews = beoordelingen klaar: { $done } van { $expected }; juryleden die nog niets hebben gescoord: { $idle }
console-stalled = { $count ->
        [one] 1 project stilgevallen
       *[other] { $count } projecten stilgevallen
    }
console-opening = een beheerder heeft gevraagd de verzegelde identiteiten te openen; een tweede beheerder moet bevestigen
console-section-closing = Oproepen die binnenkort sluiten
console-section-reviews = Achterstallige beoordelingen
console-section-stalled = Stilgevallen projecten
console-section-openings = Openingen van identiteiten die op een tweede beheerder wachten
console-platform-tools = Uw hulpmiddelen
# issue 20, rule 3: confirmations before irreversible or far-reaching actions (confirm helper)
confirm-cancel = Annuleren
confirm-do = Bevestigen
confirm-cannot-undo = Dit kan niet ongedaan worden gemaakt.
confirm-close-call-title = De oproep ‘{ $call }’ vroegtijdig sluiten?
confirm-close-call-eligible = { $count ->
    [one] { $count } medewerker die mag meedoen, kan niet meer indienen.
   *[other] { $count } medewerkers die mogen meedoen, kunnen niet meer indienen.
}
confirm-close-call-drafts = { $count ->
    [0] Er blijft geen concept oningediend.
    [one] { $count } concept is niet ingediend en blijft dat.
   *[other] { $count } concepten zijn niet ingediend en blijven dat.
}
confirm-close-call-button = De oproep nu sluiten
confirm-close-scoring-title = De beoordeling van ‘{ $call }’ sluiten?
confirm-close-scoring-final = De scores worden definitief: juryleden kunnen niet meer beoordelen of hun beoordelingen wijzigen.
confirm-close-scoring-button = Beoordeling sluiten
confirm-publish-title = De resultaten van ‘{ $call }’ publiceren?
confirm-publish-short = { $count ->
    [one] { $count } voorstel heeft minder dan { $required } volledige beoordelingen.
   *[other] { $count } voorstellen hebben minder dan { $required } volledige beoordelingen.
}
confirm-publish-button = Resultaten publiceren
confirm-withdraw-title = Dit voorstel intrekken?
confirm-withdraw-consequence = Het voorstel verlaat de oproep voorgoed: het kan niet meer worden ingediend en de jury leest het niet.
confirm-withdraw-button = Voorstel intrekken
confirm-grant-title = { $person } de rol ‘{ $role }’ geven?
confirm-grant-consequence = { $person } kan vanaf de volgende pagina alles doen wat de rol ‘{ $role }’ toestaat.
confirm-grant-button = Rol geven
confirm-revoke-role-title = De rol ‘{ $role }’ van { $person } afnemen?
confirm-revoke-role-consequence = { $person } kan vanaf de volgende pagina niet meer doen wat de rol ‘{ $role }’ toestaat.
confirm-revoke-role-button = Rol afnemen
confirm-deactivate-title = { $person } deactiveren?
confirm-deactivate-consequence = { $person } wordt meteen overal afgemeld en kan niet meer aanmelden.
confirm-deactivate-button = Deactiveren
confirm-erase-title = { $person } wissen?
confirm-erase-consequence = De naam, het e-mailadres en de kenmerken van { $person } worden voorgoed gewist; de voorstellen blijven, zonder naam.
confirm-erase-button = Voorgoed wissen
confirm-suspend-title = { $city } opschorten?
confirm-suspend-consequence = { $count ->
    [one] { $count } actieve persoon kan niets meer wijzigen op de site van de stad.
   *[other] { $count } actieve personen kunnen niets meer wijzigen op de site van de stad.
}
confirm-suspend-dialog = Niemand kan nog iets wijzigen op de site van de stad tot die weer actief is.
confirm-suspend-button = Stad opschorten
confirm-token-title = Het token ‘{ $token }’ intrekken?
confirm-token-consequence = Elk programma dat dit token gebruikt, wordt meteen geweigerd.
confirm-token-button = Token intrekken
# Audit log in sentences (issue 20, rule 5)
audit-platform = Het platform
audit-anyone = Iedereen
audit-any-action = Elke handeling
audit-details = Details
audit-code = Code van de handeling
audit-sentence = Wat er gebeurde
audit-pages = Pagina's van het logboek
audit-newer = ← Nieuwere regels
audit-older = Oudere regels →
audit-page = Pagina { $page }
audit-group-call = Oproepen
audit-group-review = Beoordeling en scores
audit-group-jury = Jury's
audit-group-proposal = Voorstellen
audit-group-identities = Verzegelde identiteiten
audit-group-project = Projecten
audit-group-practice = Bibliotheek van het netwerk
audit-group-person = Personen
audit-group-role = Rollen
audit-group-invitation = Uitnodigingen
audit-group-api-token = API-tokens
audit-group-city = Instellingen van de stad
audit-group-category = Categorieën
audit-do-unknown = { $actor } voerde de handeling ‘{ $code }’ uit op { $subject }.
audit-do-api-token-create = { $actor } maakte het API-token ‘{ $name }’ aan.
audit-do-api-token-revoke = { $actor } trok een API-token in.
audit-do-call-announce = { $actor } stuurde de aankondiging ‘{ $name }’ naar { $count ->
    [one] de enige persoon
   *[other] de { $count } personen
} die aan de oproep ‘{ $call }’ mogen meedoen.
audit-do-call-close-early = { $days ->
    [0] { $actor } sloot de oproep ‘{ $call }’ vervroegd, { $hours ->
        [one] { $hours } uur
       *[other] { $hours } uur
    } voor de deadline.
    [one] { $actor } sloot de oproep ‘{ $call }’ vervroegd, { $days } dag voor de deadline.
   *[other] { $actor } sloot de oproep ‘{ $call }’ vervroegd, { $days } dagen voor de deadline.
}
audit-do-call-create = { $actor } maakte de oproep ‘{ $call }’ aan.
audit-do-call-extend = { $actor } verlengde de oproep ‘{ $call }’ tot { $deadline }.
audit-do-call-phase = { $actor } zette de oproep ‘{ $call }’ van de fase “{ $from }” naar de fase “{ $to }”.
audit-do-call-proposals-export = { $actor } exporteerde { $count ->
    [one] { $count } voorstel
   *[other] { $count } voorstellen
} van de oproep ‘{ $call }’ als CSV.
audit-do-call-publish = { $actor } publiceerde de oproep ‘{ $call }’.
audit-do-call-results = { $actor } publiceerde de uitslag van de oproep ‘{ $call }’: { $count } van { $total ->
    [one] { $total } voorstel
   *[other] { $total } voorstellen
} bekroond.
audit-do-call-update = { $actor } wijzigde de oproep ‘{ $call }’.
audit-do-category-create = { $actor } maakte de categorie “{ $name }” aan.
audit-do-category-update = { $actor } wijzigde de categorie “{ $name }”.
audit-do-city-divisions = { $actor } importeerde de afdelingen: { $added } toegevoegd, { $renamed } hernoemd.
audit-do-city-logo = { $actor } wijzigde het logo van de stad.
audit-do-city-mail = { $actor } wijzigde de e-mailinstellingen van de stad.
audit-do-city-resume = De platformbeheerder { $operator } heeft de stad weer geactiveerd.
audit-do-city-settings = { $actor } wijzigde de instellingen van de stad.
audit-do-city-sign-in = { $actor } wijzigde de aanmeldinstellingen van de stad.
audit-do-city-stalled-after-days = { $actor } stelde in dat een project stilligt na { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
} zonder nieuws.
audit-do-city-suspend = De platformbeheerder { $operator } heeft de stad opgeschort.
audit-do-identities-open = { $actor } opende de verzegelde identiteiten van de oproep ‘{ $call }’.
audit-do-identities-open-request = { $actor } vroeg de verzegelde identiteiten van de oproep ‘{ $call }’ te openen (reden: { $reason }).
audit-do-invitation-accept = { $actor } aanvaardde een uitnodiging als { $role }.
audit-do-invitation-revoke = { $actor } trok een uitnodiging als { $role } in.
audit-do-invitation-send = { $actor } verstuurde een uitnodiging als { $role }.
audit-do-jury-add = { $actor } voegde { $person } toe aan de jury van de oproep ‘{ $call }’.
audit-do-jury-remove = { $actor } haalde { $person } uit de jury van de oproep ‘{ $call }’.
audit-do-mail-retry = { $actor } zette een mislukte e-mail aan { $person } opnieuw in de wachtrij.
audit-do-person-attributes = { $actor } heeft de afdeling of de functieschaal van { $person } gewijzigd.
audit-do-person-deactivate = { $actor } deactiveerde { $person }.
audit-do-person-erase = { $actor } wiste de persoonsgegevens van { $person }.
audit-do-person-export = { $actor } exporteerde de persoonsgegevens van { $person }.
audit-do-person-reactivate = { $actor } activeerde { $person } opnieuw.
audit-do-practice-adopt = { $actor } nam een praktijk uit de bibliotheek van het netwerk over voor het project ‘{ $project }’.
audit-do-practice-publish = { $actor } publiceerde het voorstel ‘{ $proposal }’ in de bibliotheek van het netwerk.
audit-do-project-budget = { $actor } wijzigde het budget van het project ‘{ $project }’.
audit-do-project-mentor = { $actor } wijzigde de mentor van het project ‘{ $project }’.
audit-do-project-milestone = { $actor } voegde een mijlpaal toe aan het project ‘{ $project }’.
audit-do-project-milestone-done = { $actor } markeerde een mijlpaal van het project ‘{ $project }’ als bereikt.
audit-do-project-outcome = { $actor } legde het resultaat van het project ‘{ $project }’ vast.
audit-do-project-status = { $actor } wijzigde de status van het project ‘{ $project }’.
audit-do-project-update = { $actor } plaatste nieuws over het project ‘{ $project }’.
audit-do-proposal-decision = { $actor } besliste over het voorstel ‘{ $proposal }’: { $status }.
audit-do-proposal-comment-hide = { $actor } verborg de reactie van een collega op het voorstel ‘{ $proposal }’.
audit-do-proposal-redact = { $actor } maakte een passage van het voorstel ‘{ $proposal }’ onleesbaar.
audit-do-proposal-link = { $actor } koppelde het voorstel ‘{ $proposal }’ aan een verwant voorstel van dezelfde oproep.
audit-do-review-assign = { $actor } wees { $count ->
    [one] { $count } extra beoordeling
   *[other] { $count } extra beoordelingen
} toe voor de oproep ‘{ $call }’.
audit-do-review-close = { $actor } sloot het scoren van de oproep ‘{ $call }’ af.
audit-do-review-conflict = { $actor } meldde een belangenconflict bij het voorstel ‘{ $proposal }’.
audit-do-review-reassign = { $actor } wees { $count ->
    [one] { $count } beoordeling
   *[other] { $count } beoordelingen
} van de oproep ‘{ $call }’ opnieuw toe.
audit-do-review-score = { $actor } scoorde het voorstel ‘{ $proposal }’.
audit-do-review-start = { $actor } startte de beoordeling van de oproep ‘{ $call }’ en wees { $count ->
    [one] { $count } beoordeling
   *[other] { $count } beoordelingen
} toe.
audit-do-role-grant = { $actor } gaf { $person } de rol { $role }.
audit-do-role-revoke = { $actor } nam { $person } de rol { $role } af.
audit-do-call-copy = { $actor } begon de oproep ‘{ $call }’ vanuit een andere oproep.
audit-do-call-template = { $actor } bood de oproep ‘{ $call }’ als sjabloon aan het netwerk aan.
audit-do-call-template-withdraw = { $actor } trok de oproep ‘{ $call }’ terug uit de sjablonen van het netwerk.
audit-do-challenge-propose = { $actor } stelde de uitdaging ‘{ $challenge }’ voor.
audit-do-challenge-select = { $actor } selecteerde de uitdaging ‘{ $challenge }’.
audit-do-challenge-decline = { $actor } wees de uitdaging ‘{ $challenge }’ af.
audit-do-challenge-merge = { $actor } voegde de uitdaging ‘{ $challenge }’ samen met een andere.
audit-do-challenge-translate = { $actor } vertaalde de uitdaging ‘{ $challenge }’.
audit-do-facilitator-add = { $actor } maakte { $person } facilitator van de oproep ‘{ $call }’.
audit-do-facilitator-remove = { $actor } nam { $person } de rol van facilitator van de oproep ‘{ $call }’ af.
audit-do-team-workshop = { $actor } legde een werksessie vast van het team ‘{ $proposal }’.
