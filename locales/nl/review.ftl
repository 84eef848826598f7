# Anonieme jurybeoordeling: de pagina's van het jurylid, de jury voor de beheerder, de rangschikking en de besluiten.

review-title = Beoordelingen
review-blind-note = U ziet elk voorstel zonder de indieners: geen namen, afdelingen of datums. Beoordeel het idee op zijn eigen merites.
review-no-calls = U maakt geen deel uit van de jury van een oproep.
review-call = Oproep
review-scoring = Scoren
review-your-progress = Voortgang
review-progress = { $done } van { $total } gescoord
review-state-not-started = Het scoren is nog niet begonnen
review-state-open = Het scoren is geopend
review-state-closed = Het scoren is gesloten
review-none-assigned = Er zijn u nog geen voorstellen toegewezen.
review-proposal = Voorstel
review-label = Voorstel { $n }
review-scored = Gescoord
review-partly-scored = Gedeeltelijk gescoord
review-not-scored = Nog niet gescoord
review-back = Terug naar uw voorstellen
review-attachment = Bijlage { $n } ({ $kind }, { $kib } KB)
review-scores = Uw scores
review-scale = Score van 1 tot { $scale } · gewicht { $weight }
review-comment = Toelichting (optioneel)
review-save = Scores opslaan
review-saved = Uw scores zijn opgeslagen. U kunt ze wijzigen tot het scoren wordt gesloten.
review-closed-note = Het scoren is gesloten: deze scores zijn definitief.
review-conflict-heading = Belangenconflict
review-conflict-reason = Waarom u dit voorstel niet zou moeten beoordelen (optioneel, zichtbaar voor de beheerders van de stad)
review-conflict-declare = Belangenconflict melden en dit voorstel doorgeven aan een ander jurylid
review-error-score = Geef een geheel getal binnen de schaal van dit criterium, of laat het veld leeg.
review-error-comment = Een toelichting mag maximaal 2.000 tekens bevatten.
review-error-reason = De reden mag maximaal 500 tekens bevatten.
review-error-changed = Uw scores zijn intussen in een ander venster gewijzigd. Laad de pagina opnieuw om ze te zien.
review-error-no-jury = Stel de jury samen voordat u de beoordeling start.

review-admin-title = Jury en beoordeling
review-kind-employee = Medewerker
review-kind-expert = Externe expert
jury-title = De jury
jury-empty = Er zit nog niemand in de jury.
jury-kind = Soort
jury-conflicts = Gemelde belangenconflicten
jury-remove = Verwijderen
jury-add-email = E-mailadres van de persoon die u wilt toevoegen
jury-add-hint = Een medewerker van de gemeente, of een externe expert die u als jurylid hebt uitgenodigd. Beheerders van de stad kunnen niet beoordelen.
jury-add = Aan de jury toevoegen
jury-error-unknown-person = Niemand die actief is in de gemeente heeft dit e-mailadres. Nodig externe experts eerst uit.
jury-error-admin = Beheerders van de stad zien wie elk voorstel heeft geschreven en kunnen daarom geen jurylid zijn.
jury-error-role = Alleen medewerkers en uitgenodigde juryleden kunnen in een jury zitten.
jury-error-already = Deze persoon zit al in de jury.
jury-error-has-reviews = Dit jurylid heeft al voorstellen te beoordelen en kan niet worden verwijderd.
review-assignment = Toewijzing
review-not-in-review = De oproep is niet in beoordeling: voorstellen worden toegewezen zodra de uiterste datum is verstreken.
review-start = Beoordeling starten: voorstellen toewijzen
review-assign-missing = Ontbrekende beoordelingen toewijzen
review-all-assigned = Elk voorstel heeft al zijn beoordelaars.
review-short-heading = Voorstellen met te weinig beoordelaars
review-short-missing = Ontbrekende beoordelingen
review-short-why = Reden
review-short-jurors = { $jurors ->
    [one] De jury heeft maar één lid.
   *[other] De jury heeft maar { $jurors } leden.
}
review-short-conflicts = Van de overige juryleden: { $division } van dezelfde afdeling als het team, { $declared } met een gemeld belangenconflict, { $eligible } beschikbaar om het te beoordelen.
review-close = Scoren sluiten
ranking-title = Rangschikking
ranking-formula = De gewogen scores van elk jurylid (0–100) worden gestandaardiseerd (z = (score − gemiddelde van het jurylid) / standaardafwijking van het jurylid), zodat een strenge en een milde beoordelaar even zwaar meetellen; de rangschikking volgt het gemiddelde van deze z-scores. De formules staan in de documentatie.
ranking-table = Voorstellen op genormaliseerde score
ranking-rank = Positie
ranking-normalised = Genormaliseerde score
ranking-mean = Gemiddelde score
ranking-spread = Spreiding
ranking-spread-value = spreiding van { $spread } punten
ranking-by-juror = Score per jurylid
ranking-reviews = Beoordelingen
ranking-missing = beoordelingen ontbreken
ranking-tie = gelijke stand
agreement-title = Overeenstemming tussen juryleden
agreement-alpha = Krippendorffs alfa: { $alpha }
agreement-high = de juryleden zijn het in hoge mate met elkaar eens.
agreement-moderate = de juryleden zijn het maar gedeeltelijk eens: bespreek de omstreden voorstellen.
agreement-low = de juryleden zijn het oneens: bespreek de omstreden voorstellen voordat u besluit.
agreement-undefined = er zijn niet genoeg voorstellen met twee of meer volledige beoordelingen om dit te meten.
agreement-contested = Grootste spreiding tussen juryleden
decision-label = Besluit
decision-undecided = Nog niet besloten
decision-shortlist = Voorgeselecteerd
decision-award = Prijs: { $award }
decision-award-plain = Bekroning (zonder benoemde prijs)
decision-not-selected = Niet geselecteerd
decision-save = Opslaan
results-publish-heading = Resultaten bekendmaken
results-publish-note = Elk voorstel zonder prijs wordt “niet geselecteerd”, bekroonde voorstellen gaan naar de uitvoering, en elk team krijgt bericht.
results-publish = Resultaten bekendmaken
results-published = De resultaten zijn bekendgemaakt.

sealing-title = Verzegelde identiteiten
sealing-active = Deze oproep verzegelt de identiteiten: tot de resultaten ziet niemand, ook geen beheerder, wie een voorstel heeft geschreven.
sealing-hidden = verzegeld
sealing-open = De identiteiten zijn zichtbaar.
sealing-reason = Waarom de identiteiten vóór de resultaten moeten worden ontzegeld
sealing-request = Vragen om de identiteiten te ontzegelen
sealing-requested = { $name } heeft gevraagd de identiteiten te ontzegelen. Een tweede beheerder moet dit bevestigen.
sealing-confirm = Bevestigen: identiteiten ontzegelen
sealing-second-admin = Een andere beheerder moet dit bevestigen.
sealing-error-reason = Geef een reden van maximaal 500 tekens.
sealing-error-no-request = Niemand heeft gevraagd de identiteiten te ontzegelen.
sealing-error-same-admin = Een tweede beheerder moet dit bevestigen; u hebt het verzoek zelf gedaan.
sealing-mentions = Sommige voorstellen noemen iemand uit het eigen team. De jury zou dat zien: vraag het team dit te verwijderen voordat u de beoordeling start.
sealing-field-file-name = de naam van een bijgevoegd bestand

notification-review-assigned = U hebt voorstellen te beoordelen.
notification-awarded = Uw voorstel “{ $title }” heeft een prijs gewonnen: { $award }.
notification-not-selected = De resultaten zijn bekend: uw voorstel “{ $title }” is deze keer niet geselecteerd.

admin-call-seal = Identiteiten verzegelen: tot de resultaten zien zelfs beheerders niet wie een voorstel heeft geschreven (in te stellen zolang de oproep een concept is)
call-results-heading = Resultaten
call-results-by = door { $names }
decision-error-award-given = Deze prijs is al toegekend
    .detail = Een ander voorstel van deze oproep heeft hem al: wijzig eerst de beslissing over dat voorstel.
decision-error-unknown = Deze beslissing hoort niet bij wat de oproep biedt
    .detail = Kies undecided, shortlist, award-N (prijs N van de oproep, vanaf 0), award of not_selected.
sealing-error-on-jury = Wie in de jury van deze oproep zit, kan de identiteiten niet openen: een andere beheerder moet dat doen.

redaction-passage = Passage die de jury niet mag zien
redaction-redact = Onleesbaar maken
redaction-hint = Typ precies de woorden die weg moeten (een naam, een e-mailadres): juryleden lezen „[weggelaten]” op hun plaats, het team houdt zijn tekst en elke weglating staat in het auditlogboek.
redaction-heading = Passages die de jury niet ziet
redaction-mark = [weggelaten]
redaction-error-passage = Typ de passage die weg moet, in ten hoogste 500 tekens.
redaction-error-not-found = Dit deel van het voorstel bevat die passage niet: typ haar precies zoals ze geschreven is.

# Employees know where they stand (issue 20): an award without a name
notification-awarded-plain = Uw voorstel “{ $title }” heeft een prijs gewonnen.

# issue 20, rule 2: what is missing before a decision, the ranking in plain words, the admin's full proposal
decide-missing-heading = Wat ontbreekt voordat u besluit
decide-nothing-missing = Er ontbreekt niets: alle beoordelingen zijn gedaan en elk jurylid heeft gescoord.
decide-reviews-missing = { $count ->
    [one] { $count } van de { $expected } beoordelingen is nog niet gedaan.
   *[other] { $count } van de { $expected } beoordelingen zijn nog niet gedaan.
}
decide-idle-jurors = { $count ->
    [one] { $count } van de { $jurors } juryleden heeft nog niets gescoord: { $names }.
   *[other] { $count } van de { $jurors } juryleden hebben nog niets gescoord: { $names }.
}
decide-unassignable = { $count ->
    [one] { $count } voorstel kan van deze jury niet al zijn beoordelingen krijgen.
   *[other] { $count } voorstellen kunnen van deze jury niet al hun beoordelingen krijgen.
}
decide-undecided = { $count ->
    [one] { $count } voorstel heeft geen besluit: bij publicatie wordt het „niet geselecteerd”.
   *[other] { $count } voorstellen hebben geen besluit: bij publicatie worden ze „niet geselecteerd”.
}
decide-short-list = Voorstellen onder het aantal beoordelingen
decide-undecided-list = Voorstellen zonder besluit
confirm-publish-teams = { $count ->
    [one] { $count } team hoort meteen de uitkomst, via een melding en per e-mail.
   *[other] { $count } teams horen meteen hun uitkomst, via een melding en per e-mail.
}
ranking-winner = Winnaar
ranking-award-sponsor = sponsor: { $sponsor }
ranking-award-prize = prijs: { $prize }
ranking-normalised-explained = De genormaliseerde score zegt hoeveel dit voorstel boven of onder het eigen gemiddelde van elk jurylid lag, zodat een strenge en een milde beoordelaar even zwaar meetellen. 0 is gemiddeld; boven 0 is beter dan gemiddeld.
formula-summary = Hoe het berekend wordt
agreement-explained = Overeenstemming zegt of de juryleden dezelfde voorstellen op dezelfde manier beoordeelden. Vanaf 0,8 zijn de juryleden het goed eens; van 0,667 tot 0,8 zijn ze het in grote lijnen eens: bespreek de omstreden voorstellen; onder 0,667 zijn ze het oneens: bespreek het voordat u besluit.
agreement-formula = Krippendorffs alfa voor intervaldata over de gewogen scores: α = 1 − D_o / D_e, waarbij D_o de onenigheid is tussen de juryleden van hetzelfde voorstel en D_e de onenigheid die bij toeval te verwachten is over alle scores. 1 is volledige overeenstemming; 0 is niet beter dan toeval.
dossier-created = Begonnen op
dossier-updated = Laatst gewijzigd op
dossier-draft = Dit is een concept: het team heeft het niet ingediend, dus de tekst blijft van het team tot het dat doet.
dossier-team-sealed = Verzegeld: de oproep verbergt het team tot de uitslag.
dossier-reviews = Beoordelingen
dossier-reviews-later = De beoordelingen staan hier zodra het scoren is gesloten.
dossier-conflict = Heeft een belangenconflict gemeld
dossier-criterion = Criterium
dossier-score-heading = Score
dossier-score = { $score } / { $scale }
dossier-not-scored = Nog niet gescoord.
dossier-comment = Opmerking
dossier-weighted = Gewogen score (0–100)
