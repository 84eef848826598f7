# Anonim zsűrizés: a zsűritag oldalai, a zsűri kezelése az adminisztrátor számára, a rangsor és a döntések.

review-title = Értékelések
review-blind-note = Minden javaslatot a szerzők feltüntetése nélkül lát: nincsenek nevek, szervezeti egységek vagy dátumok. Az ötletet a saját érdemei alapján ítélje meg.
review-no-calls = Ön egyetlen pályázat zsűrijének sem tagja.
review-call = Pályázat
review-scoring = Pontozás
review-your-progress = Előrehaladás
review-progress = { $done } / { $total } pontozva
review-state-not-started = A pontozás még nem kezdődött el
review-state-open = A pontozás folyamatban van
review-state-closed = A pontozás lezárult
review-none-assigned = Önnek még nem osztottak ki javaslatot.
review-proposal = Javaslat
review-label = { $n }. javaslat
review-scored = Pontozva
review-partly-scored = Részben pontozva
review-not-scored = Még nincs pontozva
review-back = Vissza a javaslataihoz
review-attachment = { $n }. melléklet ({ $kind }, { $kib } KB)
review-scores = Az Ön pontszámai
review-scale = Pontszám 1 és { $scale } között · súly: { $weight }
review-comment = Megjegyzés (nem kötelező)
review-save = Pontszámok mentése
review-saved = Pontszámait elmentettük. A pontozás lezárásáig módosíthatja őket.
review-closed-note = A pontozás lezárult: ezek a pontszámok véglegesek.
review-conflict-heading = Összeférhetetlenség
review-conflict-reason = Miért nem értékelheti ezt a javaslatot (nem kötelező; a város adminisztrátorai látják)
review-conflict-declare = Összeférhetetlenség bejelentése és a javaslat továbbadása
review-error-score = Adjon meg egy egész számot a szempont skáláján belül, vagy hagyja üresen a mezőt.
review-error-comment = A megjegyzés legfeljebb 2000 karakter lehet.
review-error-reason = Az indoklás legfeljebb 500 karakter lehet.
review-error-changed = Pontszámait időközben egy másik ablakban módosították. Töltse be újra az oldalt, hogy lássa őket.
review-error-no-jury = Az értékelés elindítása előtt állítsa össze a zsűrit.

review-admin-title = Zsűri és értékelés
review-kind-employee = Munkatárs
review-kind-expert = Külső szakértő
jury-title = Zsűri
jury-empty = A zsűrinek még nincs tagja.
jury-kind = Típus
jury-conflicts = Bejelentett összeférhetetlenségek
jury-remove = Eltávolítás
jury-add-email = A felvenni kívánt személy e-mail-címe
jury-add-hint = A város munkatársa vagy olyan külső szakértő, akit Ön zsűritagnak hívott meg. A városi adminisztrátorok nem értékelhetnek.
jury-add = Felvétel a zsűribe
jury-error-unknown-person = A városban nincs aktív személy ezzel az e-mail-címmel. A külső szakértőket előbb hívja meg.
jury-error-admin = A városi adminisztrátorok látják, ki írta az egyes javaslatokat, ezért nem lehetnek zsűritagok.
jury-error-role = Zsűritag csak munkatárs vagy meghívott zsűritag lehet.
jury-error-already = Ez a személy már tagja a zsűrinek.
jury-error-has-reviews = Ennek a zsűritagnak már vannak értékelendő javaslatai, ezért nem távolítható el.
review-assignment = Kiosztás
review-not-in-review = A pályázat nincs elbírálási szakaszban: a javaslatokat a beadási határidő lejárta után osztjuk ki.
review-start = Az értékelés indítása: a javaslatok kiosztása
review-assign-missing = A hiányzó értékelések kiosztása
review-all-assigned = Minden javaslatnak megvan az összes értékelője.
review-short-heading = Javaslatok, amelyekhez nincs elég értékelő
review-short-missing = Hiányzó értékelések
review-short-why = Ok
review-short-jurors = { $jurors ->
    [one] A zsűrinek csak egy tagja van.
   *[other] A zsűrinek csak { $jurors } tagja van.
}
review-short-conflicts = A többi zsűritag közül { $division } ugyanabban a szervezeti egységben dolgozik, mint a csapat valamelyik tagja, { $declared } összeférhetetlenséget jelentett be; { $eligible } vállalhatná az értékelést.
review-close = A pontozás lezárása
ranking-title = Rangsor
ranking-formula = Az egyes zsűritagok súlyozott pontszámait (0–100) standardizáljuk (z = (pontszám − a zsűritag átlaga) / a zsűritag szórása), hogy a szigorú és az engedékeny zsűritag egyforma súllyal számítson; a rangsor e z-pontszámok átlagán alapul. A képletek a dokumentációban találhatók.
ranking-table = Javaslatok normalizált pontszám szerint
ranking-rank = Helyezés
ranking-normalised = Normalizált pontszám
ranking-mean = Átlagpontszám
ranking-spread = Szóródás
ranking-spread-value = szóródás: { $spread } pont
ranking-by-juror = Pontszám zsűritagonként
ranking-reviews = Értékelések
ranking-missing = hiányzó értékelés
ranking-tie = holtverseny
agreement-title = A zsűritagok közötti egyetértés
agreement-alpha = Krippendorff-féle alfa: { $alpha }
agreement-high = a zsűritagok értékelése jól egybevág.
agreement-moderate = a zsűritagok csak részben értenek egyet: beszéljék meg a vitatott javaslatokat.
agreement-low = a zsűritagok nem értenek egyet: a döntés előtt beszéljék meg a vitatott javaslatokat.
agreement-undefined = nincs elég olyan javaslat, amelyhez két vagy több teljes értékelés tartozik, így nem mérhető.
agreement-contested = A zsűritagok közötti legnagyobb szóródás
decision-label = Döntés
decision-undecided = Nincs döntés
decision-shortlist = Döntőbe jutott
decision-award = Díj: { $award }
decision-award-plain = Díj (megnevezett díj nélkül)
decision-not-selected = Nem választották ki
decision-save = Mentés
results-publish-heading = Eredményhirdetés
results-publish-note = Minden díjat nem nyert javaslat „nem választották ki” állapotba kerül, a díjazottak a megvalósítási szakaszba lépnek, és minden csapat értesítést kap.
results-publish = Az eredmények kihirdetése
results-published = Az eredményeket kihirdettük.

sealing-title = Titkosított személyazonosság
sealing-active = Ez a pályázat titkosítja a személyazonosságokat: az eredményhirdetésig senki, még az adminisztrátorok sem látják, ki írta az egyes javaslatokat.
sealing-hidden = titkosítva
sealing-open = A személyazonosságok láthatók.
sealing-reason = Miért kell az eredményhirdetés előtt feloldani a személyazonosságok titkosítását
sealing-request = A titkosítás feloldásának kérése
sealing-requested = { $name } kérte a személyazonosságok titkosításának feloldását. Egy második adminisztrátornak is jóvá kell hagynia.
sealing-confirm = Jóváhagyás: a titkosítás feloldása
sealing-second-admin = Egy másik adminisztrátornak is jóvá kell hagynia.
sealing-error-reason = Adjon meg legfeljebb 500 karakteres indoklást.
sealing-error-no-request = Senki nem kérte a személyazonosságok titkosításának feloldását.
sealing-error-same-admin = Egy második adminisztrátornak kell jóváhagynia; a kérést Ön nyújtotta be.
sealing-mentions = Egyes javaslatok a saját csapatuk valamelyik tagját nevezik meg. Ezt a zsűri is látná: az értékelés elindítása előtt kérje meg a csapatot, hogy távolítsa el.
sealing-field-file-name = egy csatolt fájl neve

notification-review-assigned = Értékelendő javaslatai vannak.
notification-awarded = Az Ön „{ $title }” című javaslata díjat nyert: { $award }.
notification-not-selected = Megszületett az eredmény: az Ön „{ $title }” című javaslatát ezúttal nem választották ki.

admin-call-seal = Személyazonosságok titkosítása: az eredményhirdetésig még az adminisztrátorok sem látják, ki írta az egyes javaslatokat (akkor állítható be, amíg a pályázat piszkozat)
call-results-heading = Eredmények
call-results-by = Szerzők: { $names }
decision-error-award-given = Ezt a díjat már odaítélték
    .detail = A felhívás egy másik pályázata már megkapta: előbb annak a döntését módosítsa.
decision-error-unknown = Ez a döntés nem szerepel a felhívás lehetőségei között
    .detail = Válasszon: undecided, shortlist, award-N (a felhívás N. díja, 0-tól), award vagy not_selected.
sealing-error-on-jury = Aki a felhívás zsűrijében ül, nem nyithatja meg a személyazonosságokat: egy másik adminisztrátornak kell megtennie.

redaction-passage = A zsűri elől elrejtendő szövegrész
redaction-redact = Kitakarás
redaction-hint = Írja be pontosan az elrejtendő szavakat (egy nevet, egy e-mail-címet): a zsűritagok a helyükön „[kitakarva]” szöveget olvasnak, a csapat szövege megmarad, és minden kitakarás bekerül a naplóba.
redaction-heading = A zsűri elől elrejtett szövegrészek
redaction-mark = [kitakarva]
redaction-error-passage = Írja be az elrejtendő szövegrészt, legfeljebb 500 karakterben.
redaction-error-not-found = A javaslat ezen része nem tartalmazza ezt a szövegrészt: írja be pontosan úgy, ahogy le van írva.

# Employees know where they stand (issue 20): an award without a name
notification-awarded-plain = Az Ön „{ $title }” című javaslata díjat nyert.

# issue 20, rule 2: what is missing before a decision, the ranking in plain words, the admin's full proposal
decide-missing-heading = Mi hiányzik még a döntés előtt
decide-nothing-missing = Semmi sem hiányzik: minden értékelés elkészült, és minden zsűritag pontozott.
decide-reviews-missing = { $count ->
    [one] { $expected } értékelésből { $count } még nem készült el.
   *[other] { $expected } értékelésből { $count } még nem készült el.
}
decide-idle-jurors = { $count ->
    [one] { $jurors } zsűritagból { $count } még semmit sem pontozott: { $names }.
   *[other] { $jurors } zsűritagból { $count } még semmit sem pontozott: { $names }.
}
decide-unassignable = { $count ->
    [one] { $count } pályázat nem kaphatja meg minden értékelését ettől a zsűritől.
   *[other] { $count } pályázat nem kaphatja meg minden értékelését ettől a zsűritől.
}
decide-undecided = { $count ->
    [one] { $count } pályázatról nincs döntés: a közzététellel „nem választották ki” állapotba kerül.
   *[other] { $count } pályázatról nincs döntés: a közzététellel „nem választották ki” állapotba kerülnek.
}
decide-short-list = A szükséges számú értékelés alatti pályázatok
decide-undecided-list = Döntés nélküli pályázatok
confirm-publish-teams = { $count ->
    [one] { $count } csapat azonnal értesül az eredményéről, értesítésben és e-mailben.
   *[other] { $count } csapat azonnal értesül az eredményéről, értesítésben és e-mailben.
}
ranking-winner = Nyertes
ranking-award-sponsor = támogató: { $sponsor }
ranking-award-prize = díj: { $prize }
ranking-normalised-explained = A normalizált pontszám azt mutatja, mennyivel volt ez a pályázat az egyes zsűritagok saját átlaga felett vagy alatt, így a szigorú és a nagyvonalú zsűritag egyformán számít. A 0 az átlag; 0 felett jobb az átlagnál.
formula-summary = Hogyan számoljuk
agreement-explained = Az egyetértés azt mutatja, hogy a zsűritagok ugyanúgy ítélték-e meg ugyanazokat a pályázatokat. 0,8-tól a zsűritagok jól egyetértenek; 0,667 és 0,8 között nagyjából egyetértenek: beszéljék meg a vitatott pályázatokat; 0,667 alatt nem értenek egyet: a döntés előtt beszéljék meg.
agreement-formula = Krippendorff-féle alfa intervallumskálás adatokra a súlyozott pontszámok alapján: α = 1 − D_o / D_e, ahol D_o az ugyanazon pályázat zsűritagjai közötti eltérés, D_e pedig az összes pontszám között véletlenül várható eltérés. Az 1 teljes egyetértés; a 0 nem jobb a véletlennél.
dossier-created = Elkezdve
dossier-updated = Utoljára módosítva
dossier-draft = Ez egy piszkozat: a csapat még nem nyújtotta be, így a szövege a benyújtásig a csapaté.
dossier-team-sealed = Titkosítva: a felhívás az eredményekig elrejti a csapatot.
dossier-reviews = Értékelések
dossier-reviews-later = Az értékelések itt jelennek meg, amint a pontozás lezárult.
dossier-conflict = Összeférhetetlenséget jelentett
dossier-criterion = Szempont
dossier-score-heading = Pontszám
dossier-score = { $score } / { $scale }
dossier-not-scored = Még nincs pontozva.
dossier-comment = Megjegyzés
dossier-weighted = Súlyozott pontszám (0–100)
