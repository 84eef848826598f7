# Ideeënoproepen: de startpagina van een stad en de pagina van een oproep.

tenant-home-title = Ideeënoproepen
open-calls = Open oproepen
open-calls-none = Er is op dit moment geen oproep open.
other-calls = Lopende en eerdere oproepen
other-calls-none = Er zijn nog geen eerdere oproepen.
back-to-calls = Alle oproepen van deze stad

call-phase-draft = Concept
call-phase-open = Open voor voorstellen
call-phase-review = In beoordeling
call-phase-results = Resultaten bekendgemaakt
call-phase-implementation = In uitvoering
call-phase-archived = Gearchiveerd

call-deadline = Voorstellen indienen tot { $date }
call-results-on = Resultaten op { $date }
call-proposals-submitted = { $count ->
    [one] Eén voorstel ingediend
   *[other] { $count } voorstellen ingediend
}

call-facts = Kerngegevens
call-opens = Opening
call-closes = Uiterste indieningsdatum
call-results = Resultaten
call-team = Team
call-team-size = { $size ->
    [one] Eén persoon, geen team
   *[other] Alleen of in een team van maximaal { $size } personen
}
call-eligibility = Wie mag deelnemen
eligibility-everyone = Alle medewerkers van de gemeente
eligibility-all-except = Alle medewerkers, behalve die van wie de { $attribute } { $values } is
eligibility-only = Alleen medewerkers van wie de { $attribute } { $values } is
attribute-grade = schaal
attribute-division = afdeling
call-headcount = Deelnamegerechtigde medewerkers
call-headcount-value = { $count ->
    [one] Eén medewerker
   *[other] { $count } medewerkers
}
call-awards = Prijzen
call-awards-value = { $count ->
    [0] Geen prijzen gepland
    [one] Eén prijs
   *[other] { $count } prijzen
}
call-budget = Budget voor de uitvoering
call-timezone-note = Datums en tijden zijn aangegeven in de tijdzone { $zone }.
call-categories = Categorieën
call-figures = In cijfers
call-figure-submitted = ingediende voorstellen
call-figure-awarded = bekroonde voorstellen

network-category-service-quality = Kwaliteit van de dienstverlening
network-category-new-services = Nieuwe diensten
network-category-environment = Milieu
network-category-organisational-development = Organisatieontwikkeling
network-category-employee-welfare = Welzijn van medewerkers
network-category-informatics = Informatica
network-category-operative-efficiency = Operationele efficiëntie

call-title = Titel
call-description = Beschrijving
call-phase = Fase
call-take-part = Deelnemen
call-not-accepting = Deze oproep neemt geen voorstellen aan.
call-sign-in-to-propose = Log in om een voorstel te schrijven
call-role-cannot-propose = Voorstellen worden geschreven door de medewerkers van de gemeente.
call-propose = Een voorstel schrijven
eligibility-refused = U kunt niet deelnemen aan deze oproep: deelname hangt af van uw { $attribute }, en die is “{ $yours }”.

admin-calls-title = Oproepen
admin-calls-new = Nieuwe oproep
admin-calls-none = De stad heeft nog geen oproepen.
admin-call-scheduled = (gepubliceerd: gaat op de vastgestelde datum vanzelf open)
admin-call-edit = Oproep bewerken
admin-call-texts = Titel en beschrijving, in elke taal van de stad (de standaardtaal is verplicht)
admin-call-dates = Datums
admin-call-rules = Regels
admin-call-team-size = Maximale teamgrootte, in personen
admin-eligibility-all-except = Iedereen, behalve wie voor het attribuut een van de waarden heeft
admin-eligibility-only = Alleen wie voor het attribuut een van de waarden heeft
admin-eligibility-attribute = Attribuut
admin-eligibility-values = Waarden, gescheiden door komma's
admin-call-reviews = Beoordelingen per voorstel
admin-call-budget = Budget voor de uitvoering, in euro
admin-call-authors-public = Namen van de auteurs tonen na de resultaten
admin-call-criteria = Beoordelingscriteria
admin-criterion-name = Criterium
admin-criterion-weight = Gewicht
admin-criterion-scale = Schaal (hoogste score)
admin-award-name = Prijs
admin-award-sponsor = Sponsor
admin-award-prize = Beloning
admin-call-actions = De oproep beheren
admin-call-publish = Publiceren: openen op de openingsdatum
admin-call-new-deadline = Nieuwe uiterste indieningsdatum
admin-call-extend = Uiterste datum verlengen
admin-call-close = Indienen nu sluiten

call-error-title-length = Een titel heeft maximaal 200 tekens en een beschrijving maximaal 10.000.
call-error-title = Bij een beschrijving hoort een titel in dezelfde taal.
call-error-default-title = Vul de titel in de standaardtaal van de stad in.
call-error-categories = Bied minimaal één categorie aan.
call-error-date = Vul een datum en tijd in, zoals 2026-12-31 12:00.
call-error-time-gap = Dit tijdstip bestaat niet in de tijdzone van de stad (de klok springt eroverheen). Kies een ander tijdstip.
call-error-order = De oproep moet opengaan vóór de uiterste datum, en de uiterste datum moet vóór de resultaten liggen.
call-error-team = De teamgrootte moet tussen 1 en 10 liggen.
call-error-reviews = Het aantal beoordelingen moet tussen 1 en 10 liggen.
call-error-headcount = Het aantal deelnamegerechtigde medewerkers moet tussen 1 en 10.000.000 liggen.
call-error-budget = Het budget moet een geheel aantal euro zijn, maximaal 100.000.000.
call-error-eligibility = Kies een regel, een attribuut en minimaal één waarde (of iedereen).
call-error-criterion = Elk criterium heeft een naam, een gewicht van 1 tot 100 en een schaal van 2 tot 10 nodig.
call-error-criteria = Geef minimaal één beoordelingscriterium op.
call-error-award = Elke prijs heeft een naam nodig (maximaal 120 tekens).
call-error-extension = De nieuwe uiterste datum moet later zijn dan de huidige en vóór de resultaten liggen.
call-kind-ideas = Open ideeënoproep
call-kind-cocreation = Co-creatie vanuit uitdagingen
