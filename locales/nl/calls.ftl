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
