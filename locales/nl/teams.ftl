# Teams over afdelingen heen in cocreatie-oproepen: de teamzoeker,
# aanmeldingen, externe partners en de samenstellingsregel bij indienen.

teams-title = Teamzoeker
teams-rule = { $divisions ->
    [0] Teams van { $min } tot { $max } leden.
    [one] Teams van { $min } tot { $max } leden, uit minstens één afdeling.
   *[other] Teams van { $min } tot { $max } leden, uit minstens { $divisions } verschillende afdelingen.
}
teams-not-forming = Teams worden alleen gevormd tijdens de cocreatiefase van de oproep: u kunt ze nu bekijken, maar er geen starten of u aanmelden.
teams-none = Er is nog geen uitdaging geselecteerd.
teams-standing = { $members ->
    [one] Eén lid
   *[other] { $members } leden
}, { $divisions ->
    [one] één afdeling
   *[other] { $divisions } afdelingen
}
teams-needs-members = { $count ->
    [one] Er is nog één lid nodig.
   *[other] Er zijn nog { $count } leden nodig.
}
teams-needs-divisions = { $count ->
    [one] Er is iemand uit nog één afdeling nodig.
   *[other] Er zijn mensen uit nog { $count } afdelingen nodig.
}
teams-divisions = Afdelingen in het team
teams-lacking = Afdelingen waar de uitdaging over gaat die het team nog mist
teams-no-team = Niemand heeft het team van deze uitdaging al gestart.
teams-members = Leden
teams-lead = trekker
teams-pending = uitgenodigd, nog niet aanvaard
teams-accepted = aanvaard
teams-open-draft = Open het concept van het team
teams-stakeholders = Externe partners
teams-offers = Mensen die zich hebben aangemeld
teams-invite = Uitnodigen voor het team
teams-start = Start het team van deze uitdaging
teams-offer-message = Wat u in dit team zou inbrengen
teams-offer-hint = Een of twee zinnen, bijvoorbeeld ‘Ik werk bij Wonen, ik ken de uitzettingsprocedures’. Hoogstens 500 tekens.
teams-offer = Meld mij aan
teams-offer-again = Mijn aanmelding wijzigen
teams-withdraw-offer = Mijn aanmelding intrekken
teams-back-to-call = Terug naar de oproep
teams-name = Naam
teams-division = Afdeling
teams-stakeholders-intro = Organisaties buiten de gemeente die met het team werken (verenigingen, netwerken, publieke of private instellingen). Zij hebben geen account nodig.
teams-stakeholders-none = Nog geen externe partners.
teams-organisation = Organisatie
teams-contact = Contactpersoon
teams-contribution = Wat zij inbrengen
teams-add-stakeholder = Een externe partner toevoegen
teams-remove-stakeholder = Verwijderen
teams-remove-stakeholder-title = Deze externe partner verwijderen?
teams-remove-stakeholder-consequence = { $organisation } staat dan niet meer bij de externe partners van het team.

team-error-not-forming = Teams worden alleen gevormd tijdens de cocreatiefase van de oproep.
team-error-started = Deze uitdaging heeft al een team: meld u daar aan.
team-error-on-team = U zit al in dit team.
team-error-from-challenge = In een cocreatie-oproep is een voorstel een team: start het vanuit een van de uitdagingen van de oproep in de teamzoeker.
team-error-too-small = { $min ->
    [one] Het team heeft minstens één lid nodig dat heeft aanvaard.
   *[other] Het team heeft { $size } leden die hebben aanvaard; deze oproep vraagt er minstens { $min }.
}
team-error-too-large = Het team heeft { $size } leden; deze oproep staat er hoogstens { $max } toe.
team-error-divisions = { $count ->
    [0] Geen lid van het team hoort bij een afdeling; deze oproep vraagt { $needed } afdelingen: voeg mensen uit verschillende afdelingen toe.
    [one] Het team omvat één afdeling ({ $divisions }); deze oproep vraagt er { $needed }: voeg iemand uit een andere afdeling toe.
   *[other] Het team omvat { $count } afdelingen ({ $divisions }); deze oproep vraagt er { $needed }: voeg iemand uit een andere afdeling toe.
}
team-error-divisions-example = { $count ->
    [0] Geen lid van het team hoort bij een afdeling; deze oproep vraagt { $needed } afdelingen: voeg mensen uit verschillende afdelingen toe, bijvoorbeeld { $example }.
    [one] Het team omvat één afdeling ({ $divisions }); deze oproep vraagt er { $needed }: voeg iemand uit een andere afdeling toe, bijvoorbeeld { $example }.
   *[other] Het team omvat { $count } afdelingen ({ $divisions }); deze oproep vraagt er { $needed }: voeg iemand uit een andere afdeling toe, bijvoorbeeld { $example }.
}
