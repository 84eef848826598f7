# Voorstellen: schrijven, teams en het overzicht voor de beheerder.

proposal-untitled = Voorstel zonder titel
proposal-heading = Het voorstel
proposal-title = Titel
proposal-summary = Samenvatting
proposal-problem = Het probleem
proposal-solution = De voorgestelde oplossing
proposal-benefits = Verwachte voordelen (besparingen in euro, uren, energie…)
proposal-resources = Benodigde middelen
proposal-category = Categorie
proposal-language = Taal van het voorstel
proposal-divisions = Betrokken afdelingen
proposal-save = Opslaan
proposal-saved-at = Opgeslagen op { $time }.
proposal-limit = { $max ->
    [one] Maximaal één teken.
   *[other] Maximaal { $max } tekens.
}
proposal-error-too-long = { $max ->
    [one] Deze tekst is te lang: maximaal één teken.
   *[other] Deze tekst is te lang: maximaal { $max } tekens.
}
proposal-error-category = Kies een van de categorieën van de oproep.
proposal-error-divisions = Kies maximaal 20 afdelingen van de gemeente.
proposal-error-required = Vul dit in voordat u het voorstel indient.
proposal-submission = Indienen
proposal-submit = Voorstel indienen
proposal-withdraw = Voorstel intrekken

status-draft = Concept
status-submitted = Ingediend
status-withdrawn = Ingetrokken
status-in-review = In beoordeling
status-shortlisted = Voorgeselecteerd
status-awarded = Bekroond
status-not-selected = Niet geselecteerd
status-in-implementation = In uitvoering
status-implemented = Uitgevoerd
status-stopped = Stopgezet

mine-title = Mijn voorstellen
mine-none = U hebt nog geen voorstellen. Open een oproep om er een te schrijven.

team-title = Team
team-role = Rol
team-lead = Teamleider
team-co-author = Medeauteur
team-pending = uitnodiging nog niet beantwoord
team-invited = U bent uitgenodigd
team-invited-heading = U bent uitgenodigd om lid te worden van dit team
team-accept = Lid worden van het team
team-decline = Weigeren
team-invite-label = E-mailadres of volledige naam van de collega
team-invite = Uitnodigen
team-error-who = Vul het e-mailadres of de volledige naam van een collega in.
team-error-ineligible = { $name } kan niet deelnemen aan deze oproep.
team-error-unknown = Geen enkele collega van deze gemeente komt overeen met “{ $who }”.
team-error-ambiguous = Er zijn meerdere collega's met de naam “{ $who }”: gebruik het e-mailadres.
team-error-already = { $name } maakt al deel uit van het team.
team-error-full = { $size ->
    [one] Het team is vol: deze oproep staat één persoon per voorstel toe.
   *[other] Het team is vol: deze oproep staat maximaal { $size } personen per voorstel toe.
}

admin-proposals-title = Voorstellen
admin-proposals-none = Er zijn geen voorstellen die overeenkomen.
admin-proposals-csv = Downloaden als CSV
csv-proposal-id = Nummer
csv-proposal-title = Titel
csv-proposal-status = Status
csv-proposal-category = Categorie
csv-proposal-divisions = Afdelingen
csv-proposal-submitted-at = Ingediend op
csv-proposal-team = Team


attachment-title = Bijlagen
attachment-none = Geen bestanden bijgevoegd.
attachment-delete = Verwijderen
attachment-choose = Bestand bijvoegen (PDF, PNG, JPEG of kantoordocument)
attachment-upload = Bijvoegen
attachment-hint = Maximaal { $count } bestanden van elk hoogstens { $mb } MB. De beoordeling is anoniem: de jury krijgt een kopie zonder de gegevens die een persoon kunnen aanwijzen (documenteigenschappen, EXIF-gegevens van foto's, auteurs van opmerkingen en bijgehouden wijzigingen).
attachment-size = { $kib ->
    [one] { $kib } KB
   *[other] { $kib } KB
}
attachment-error-type = Dit type bestand wordt niet geaccepteerd
    .detail = Voeg een PDF-, PNG- of JPEG-bestand toe, of een Word-, Excel-, PowerPoint- of OpenDocument-bestand. Het type wordt bepaald aan de hand van de inhoud van het bestand, niet aan de hand van de naam.
attachment-error-malformed = Het bestand is beschadigd
    .detail = Het bestand kon niet worden gelezen, dus gegevens die de auteur kunnen noemen (de beoordeling is anoniem) kunnen niet worden verwijderd. Sla het opnieuw op vanuit het programma waarmee het is gemaakt en voeg het opnieuw toe.
attachment-error-encrypted = Het bestand is met een wachtwoord beveiligd of versleuteld
    .detail = De beoordeling is anoniem, en gegevens die de auteur kunnen noemen, kunnen niet uit een versleuteld bestand worden verwijderd. Sla het zonder beveiliging op en voeg het opnieuw toe.
attachment-error-empty = Er is geen bestand gekozen
    .detail = Kies een bestand om bij te voegen.
attachment-error-count = Het voorstel heeft al het maximale aantal bestanden
    .detail = Verwijder een bestand voordat u een ander bestand bijvoegt.
attachment-error-macros = Documenten met macro's worden niet geaccepteerd
    .detail = Sla het document op zonder macro's (bijvoorbeeld als .docx in plaats van .docm) en voeg het opnieuw toe.
attachment-error-history = De werkmap bewaart een logboek van haar wijzigingen
    .detail = De beoordeling is anoniem, en het logboek van een gedeelde werkmap houdt bij wie elke cel heeft gewijzigd en wat er eerder in stond. Accepteer of weiger de bijgehouden wijzigingen (of stop met delen), sla de werkmap op en voeg haar opnieuw toe.
attachment-error-expands = Het bestand is te groot om te controleren
    .detail = De beoordeling is anoniem, dus worden de namen van wie een document becommentarieerde of wijzigde eruit verwijderd; de tekst van dit bestand is uitgepakt groter dan gecontroleerd kan worden. Splits het of voeg het toe als PDF.
proposal-error-key-reused = Deze idempotentiesleutel is al gebruikt
    .detail = Hij werd verstuurd voor een andere oproep of met een andere inhoud: gebruik voor elk voorstel een nieuwe sleutel.

proposal-names-team = De beoordeling is anoniem, en deze delen van uw voorstel noemen iemand van uw team. U kunt toch opslaan en indienen, maar haal de namen weg:
proposal-names-team-in = Deze delen noemen iemand van uw team: { $fields }. De beoordeling is anoniem: haal de namen weg.

# Employees know where they stand (issue 20): My proposals' columns, the page after submitting
mine-col-proposal = Voorstel
mine-col-call = Oproep
submitted-title = Voorstel ingediend
submitted-lead = Uw voorstel “{ $title }” is ingediend op { $date }.
submitted-told = U en uw team krijgen hiervan een melding, en een e-mail als de gemeente die verstuurt.
submitted-next = Wat er nu gebeurt
submitted-edit = Tot { $date } kunt u het nog wijzigen en opslaan: de jury leest het voorstel zoals het is wanneer de indiening sluit.
submitted-review = Vanaf { $date }, wanneer de indiening sluit, beoordeelt de jury de voorstellen zonder te zien wie ze schreef.
submitted-review-now = De jury beoordeelt de voorstellen, zonder te zien wie ze schreef.
submitted-results = De resultaten worden verwacht op { $date }: u krijgt een melding zodra ze bekend zijn.
submitted-results-later = U krijgt een melding zodra de resultaten bekend zijn.
submitted-back = Terug naar het voorstel
