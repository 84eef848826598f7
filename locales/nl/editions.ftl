# An edition's whole life: archiving, new editions, network templates.

admin-call-archive = Oproep archiveren
admin-call-offer-template = Als sjabloon aan het netwerk aanbieden
admin-call-withdraw-template = Sjabloon intrekken
call-archived-on = Gearchiveerd op { $date }
call-fact-archived = Gearchiveerd
call-template-since = Sinds { $date } als sjabloon aan het netwerk aangeboden.
call-archived-read-only = Deze oproep is gearchiveerd: de oproep, de voorstellen, beoordelingen, besluiten en projecten kunnen niet meer worden gewijzigd.
call-origin = Gestart vanuit:
call-start-from = Beginnen vanuit een bestaande oproep
call-start-from-city = Een nieuwe editie van een van uw oproepen
call-start-from-network = Uit het netwerk
call-templates-none = Nog geen andere stad biedt een oproep als sjabloon aan.
call-start-blank = Of begin met een lege oproep
call-year = Jaar
call-new-edition = Nieuwe editie
call-copy-template = Dit sjabloon kopiëren
call-copy-done = Er is een nieuw concept van de oproep gemaakt, met de data een heel aantal jaren verschoven. Controleer het voordat u het publiceert.
call-copy-dropped-categories = Deze categorieën hebben geen tegenhanger bij uw stad en zijn weggelaten: { $categories }.
call-copy-unknown-attribute = De toelatingsregel noemt het kenmerk ‘{ $attribute }’, dat uw stad niet heeft: het concept staat open voor alle medewerkers tot u een regel instelt.
confirm-archive-call-title = ‘{ $call }’ archiveren?
confirm-archive-call-read-only = De oproep, de voorstellen, beoordelingen, besluiten en projecten worden voorgoed alleen-lezen; de oproep blijft in alle cijfers van het netwerk.
confirm-archive-call-open-projects = { $count ->
    [0] Er is geen project meer open.
    [one] { $count } project is nog open en blijft zoals het is:
   *[other] { $count } projecten zijn nog open en blijven zoals ze zijn:
}
confirm-archive-call-project = { $title } ({ $status })
confirm-archive-call-button = Archiveren
confirm-template-title = ‘{ $call }’ als sjabloon aan het netwerk aanbieden?
confirm-template-shown = De beheerders van elke stad zien de teksten, categorieën, criteria, toelating, prijzen en instellingen en kunnen ze kopiëren; geen namen van personen en geen voorstellen worden getoond.
confirm-template-withdraw = U kunt het altijd intrekken; al gemaakte kopieën houden hun koppeling.
confirm-template-button = Als sjabloon aanbieden
network-formats-travelled = Oproepformats die reisden
