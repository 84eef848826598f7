# De instellingen van een stad: talen, namen, kleur, personeelsaantallen, afdelingen.

settings-title = Instellingen van de stad
settings-names = De naam van de stad in elke taal (optioneel; anders wordt de naam gebruikt die bij het aanmaken is opgegeven)
settings-grades = Medewerkers per schaal (voor de deelnamecijfers van oproepen die tot één schaal beperkt zijn)
settings-employees = Medewerkers
settings-error-contrast = Witte tekst is slecht leesbaar op deze kleur: kies een donkerdere (contrast minimaal 4,5 op 1).
settings-error-grade = Elke schaal heeft een naam nodig (maximaal 80 tekens, niet dubbel) en een geheel aantal medewerkers.

divisions-title = Afdelingen
divisions-current = Huidige afdelingen
divisions-none = De stad heeft nog geen afdelingen.
divisions-csv = Te importeren afdelingen, als CSV: één regel per afdeling, eerst de code, dan de naam
divisions-csv-hint = Bijvoorbeeld: AMB,Afdeling Milieu. Een eerste regel "code,name" wordt overgeslagen. Afdelingen met een bestaande code krijgen de nieuwe naam, nieuwe worden toegevoegd; er wordt niets verwijderd.
divisions-check-button = Lijst controleren
divisions-preview = Voorbeeld
divisions-line = Regel
divisions-code = Code
divisions-check = Controle
divisions-import = Deze afdelingen importeren
divisions-error-columns = Geef precies twee kolommen op: code en naam.
divisions-error-code = De code is leeg, langer dan 40 tekens of bevat andere tekens dan letters, cijfers, punten, koppeltekens en liggende streepjes.
divisions-error-name = De naam is leeg of langer dan 200 tekens.
divisions-error-duplicate = Deze code staat al op een eerdere regel.
divisions-error-empty = De lijst is leeg.
divisions-error-too-many = U kunt maximaal 2.000 afdelingen tegelijk importeren.
divisions-rows-wrong = { $count ->
    [one] Eén regel moet worden gecorrigeerd; er is niets geïmporteerd.
   *[other] { $count } regels moeten worden gecorrigeerd; er is niets geïmporteerd.
}
divisions-imported = Geïmporteerd: { $added } toegevoegd, { $renamed } hernoemd.

categories-title = Categorieën
categories-intro = De categorieën die de oproepen van de gemeente aanbieden. Elke categorie hoort bij een van de gedeelde categorieën van het netwerk, zodat steden vergeleken kunnen worden.
categories-network = Netwerkcategorie
categories-new = Nieuwe categorie
categories-add = Categorie toevoegen
category-error-name = Geef de categorie een naam van hoogstens 120 tekens.
category-error-taken = Een andere categorie heeft deze naam al.
category-error-network = Kies een van de categorieën van het netwerk.

settings-logo = Logo
settings-logo-file = Het logo van de gemeente (PNG of JPEG, hoogstens 512 kB), naast de naam getoond
settings-mail = Eigen mailserver van de gemeente (optioneel)
settings-smtp-url = SMTP-server
settings-smtp-hint = Bijvoorbeeld smtp://gebruiker:wachtwoord@mail.voorbeeld.nl:587?tls=required. Versleuteld bewaard en nooit opnieuw getoond; laat beide velden leeg om de server van het platform te gebruiken.
settings-mail-from = Afzender, bijvoorbeeld Ideeën <ideeen@voorbeeld.nl>
settings-error-logo = Het logo moet een PNG- of JPEG-afbeelding zijn
    .detail = Kies een PNG- of JPEG-bestand van hoogstens 512 kB.
settings-error-mail = De mailinstellingen zijn niet geldig
    .detail = Geef een SMTP-URL zoals smtp://mail.voorbeeld.nl:587?tls=required en een afzender zoals Ideeën <ideeen@voorbeeld.nl>, of laat beide leeg.
