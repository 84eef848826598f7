# Evaluarea anonimă de către juriu: paginile juratului, juriul gestionat de administrator, clasamentul și deciziile.

review-title = Evaluări
review-blind-note = Vedeți fiecare propunere fără autorii ei: fără nume, direcții sau date. Judecați ideea după valoarea ei.
review-no-calls = Nu faceți parte din juriul niciunui apel.
review-call = Apel
review-scoring = Punctare
review-your-progress = Progres
review-progress = { $done } din { $total } punctate
review-state-not-started = Punctarea nu a început încă
review-state-open = Punctarea este deschisă
review-state-closed = Punctarea este închisă
review-none-assigned = Încă nu v-a fost atribuită nicio propunere.
review-proposal = Propunere
review-label = Propunerea { $n }
review-scored = Punctată
review-partly-scored = Punctată parțial
review-not-scored = Încă nepunctată
review-back = Înapoi la propunerile dumneavoastră
review-attachment = Atașamentul { $n } ({ $kind }, { $kib } KB)
review-scores = Punctajele dumneavoastră
review-scale = Punctaj de la 1 la { $scale } · pondere { $weight }
review-comment = Comentariu (opțional)
review-save = Salvați punctajele
review-saved = Punctajele dumneavoastră au fost salvate. Le puteți modifica până la închiderea punctării.
review-closed-note = Punctarea este închisă: aceste punctaje sunt definitive.
review-conflict-heading = Conflict de interese
review-conflict-reason = De ce nu ar trebui să evaluați această propunere (opțional, vizibil pentru administratorii orașului)
review-conflict-declare = Declarați un conflict și transmiteți propunerea altui jurat
review-error-score = Introduceți un număr întreg de pe scala acestui criteriu sau lăsați câmpul gol.
review-error-comment = Un comentariu poate avea cel mult 2.000 de caractere.
review-error-reason = Motivul poate avea cel mult 500 de caractere.
review-error-changed = Între timp, punctajele dumneavoastră au fost modificate în altă fereastră. Reîncărcați pagina pentru a le vedea.
review-error-no-jury = Constituiți juriul înainte de a începe evaluarea.

review-admin-title = Juriu și evaluare
review-kind-employee = Angajat
review-kind-expert = Expert extern
jury-title = Juriul
jury-empty = Juriul nu are încă niciun membru.
jury-kind = Tip
jury-conflicts = Conflicte declarate
jury-remove = Eliminați
jury-add-email = Adresa de e-mail a persoanei pe care o adăugați
jury-add-hint = Un angajat al primăriei sau un expert extern pe care l-ați invitat ca jurat. Administratorii orașului nu pot evalua.
jury-add = Adăugați în juriu
jury-error-unknown-person = Nicio persoană activă în oraș nu are această adresă de e-mail. Invitați mai întâi experții externi.
jury-error-admin = Administratorii orașului văd cine a scris fiecare propunere, așa că nu pot fi jurați.
jury-error-role = Doar angajații și jurații invitați pot face parte dintr-un juriu.
jury-error-already = Această persoană face deja parte din juriu.
jury-error-has-reviews = Acest jurat are deja propuneri de evaluat și nu poate fi eliminat.
review-assignment = Atribuire
review-not-in-review = Apelul nu este în evaluare: propunerile sunt atribuite după expirarea termenului-limită.
review-start = Începeți evaluarea: atribuiți propunerile
review-assign-missing = Atribuiți evaluările lipsă
review-all-assigned = Fiecare propunere are toți evaluatorii necesari.
review-short-heading = Propuneri care nu au suficienți evaluatori
review-short-missing = Evaluări lipsă
review-short-why = Motiv
review-short-jurors = { $jurors ->
    [one] Juriul are un singur membru.
    [few] Juriul are doar { $jurors } membri.
   *[other] Juriul are doar { $jurors } de membri.
}
review-short-conflicts = Dintre ceilalți jurați: { $division } din aceeași direcție cu echipa, { $declared } cu un conflict declarat, { $eligible } în măsură să o evalueze.
review-close = Închideți punctarea
ranking-title = Clasament
ranking-formula = Punctajele ponderate ale fiecărui jurat (0–100) sunt standardizate (z = (punctaj − media juratului) / abaterea standard a juratului), astfel încât un jurat sever și unul indulgent să cântărească la fel; clasamentul urmează media acestor scoruri z. Formulele se găsesc în documentație.
ranking-table = Propuneri după punctajul normalizat
ranking-rank = Loc
ranking-normalised = Punctaj normalizat
ranking-mean = Punctaj mediu
ranking-spread = Dispersie
ranking-spread-value = dispersie (în puncte): { $spread }
ranking-by-juror = Punctaj pe jurat
ranking-reviews = Evaluări
ranking-missing = evaluări lipsă
ranking-tie = egalitate
agreement-title = Acordul dintre jurați
agreement-alpha = Alfa lui Krippendorff: { $alpha }
agreement-high = jurații sunt în mare măsură de acord.
agreement-moderate = jurații sunt de acord doar parțial: discutați propunerile contestate.
agreement-low = jurații nu sunt de acord: discutați propunerile contestate înainte de a decide.
agreement-undefined = nu există suficiente propuneri cu două sau mai multe evaluări complete pentru a-l măsura.
agreement-contested = Cele mai mari diferențe între jurați
decision-label = Decizie
decision-undecided = Nedecisă
decision-shortlist = Preselectată
decision-award = Premiu: { $award }
decision-award-plain = Premiu (fără un premiu anume)
decision-not-selected = Neselectată
decision-save = Salvare
results-publish-heading = Anunțarea rezultatelor
results-publish-note = Fiecare propunere nepremiată devine „neselectată”, cele premiate trec la implementare, iar fiecare echipă este înștiințată.
results-publish = Anunțați rezultatele
results-published = Rezultatele au fost anunțate.

sealing-title = Identități sigilate
sealing-active = Acest apel sigilează identitățile: până la rezultate, nimeni, nici măcar administratorii, nu vede cine a scris o propunere.
sealing-hidden = sigilat
sealing-open = Identitățile sunt vizibile.
sealing-reason = De ce trebuie desigilate identitățile înainte de rezultate
sealing-request = Cereți desigilarea identităților
sealing-requested = { $name } a cerut desigilarea identităților. Un al doilea administrator trebuie să confirme.
sealing-confirm = Confirmați: desigilați identitățile
sealing-second-admin = Un alt administrator trebuie să confirme.
sealing-error-reason = Indicați un motiv de cel mult 500 de caractere.
sealing-error-no-request = Nimeni nu a cerut desigilarea identităților.
sealing-error-same-admin = Trebuie să confirme un al doilea administrator; cererea a fost făcută de dumneavoastră.
sealing-mentions = Unele propuneri menționează pe cineva din propria echipă. Juriul ar vedea acest lucru: cereți echipei să elimine mențiunea înainte de a începe evaluarea.
sealing-field-file-name = numele unui fișier atașat

notification-review-assigned = Aveți propuneri de evaluat.
notification-awarded = Propunerea dumneavoastră „{ $title }” a câștigat un premiu: { $award }.
notification-not-selected = Rezultatele au fost anunțate: de această dată, propunerea dumneavoastră „{ $title }” nu a fost selectată.

admin-call-seal = Sigilați identitățile: până la rezultate, nici administratorii nu văd cine a scris o propunere (se stabilește cât timp apelul este ciornă)
call-results-heading = Rezultate
call-results-by = de { $names }
decision-error-award-given = Acest premiu a fost deja acordat
    .detail = O altă propunere din acest apel l-a primit deja: schimbați mai întâi decizia pentru acea propunere.
decision-error-unknown = Această decizie nu se numără printre cele oferite de apel
    .detail = Alegeți undecided, shortlist, award-N (premiul N al apelului, de la 0), award sau not_selected.
sealing-error-on-jury = Cineva din juriul acestui apel nu poate deschide identitățile: trebuie să o facă un alt administrator.

redaction-passage = Pasaj de ascuns de juriu
redaction-redact = Ascunde
redaction-hint = Scrieți exact cuvintele de ascuns (un nume, un e-mail): jurații citesc „[ascuns]” în locul lor, echipa își păstrează textul, iar fiecare ascundere este înscrisă în jurnalul de audit.
redaction-heading = Pasaje ascunse de juriu
redaction-mark = [ascuns]
redaction-error-passage = Scrieți pasajul de ascuns, de cel mult 500 de caractere.
redaction-error-not-found = Această parte a propunerii nu conține pasajul: scrieți-l exact cum este scris.

# Employees know where they stand (issue 20): an award without a name
notification-awarded-plain = Propunerea dumneavoastră „{ $title }” a câștigat un premiu.

# issue 20, rule 2: what is missing before a decision, the ranking in plain words, the admin's full proposal
decide-missing-heading = Ce lipsește înainte de a decide
decide-nothing-missing = Nu lipsește nimic: toate evaluările sunt făcute și fiecare jurat a punctat.
decide-reviews-missing = Evaluări încă nefăcute: { $count } din { $expected }.
decide-idle-jurors = Jurați care nu au punctat nimic: { $count } din { $jurors } ({ $names }).
decide-unassignable = { $count ->
    [one] { $count } propunere nu poate primi toate evaluările de la acest juriu.
    [few] { $count } propuneri nu pot primi toate evaluările de la acest juriu.
   *[other] { $count } de propuneri nu pot primi toate evaluările de la acest juriu.
}
decide-undecided = { $count ->
    [one] { $count } propunere nu are o decizie: publicarea o face „neselectată”.
    [few] { $count } propuneri nu au o decizie: publicarea le face „neselectate”.
   *[other] { $count } de propuneri nu au o decizie: publicarea le face „neselectate”.
}
decide-short-list = Propuneri sub numărul de evaluări
decide-undecided-list = Propuneri fără decizie
confirm-publish-teams = { $count ->
    [one] { $count } echipă își va afla imediat rezultatul, prin notificare și prin e-mail.
    [few] { $count } echipe își vor afla imediat rezultatul, prin notificare și prin e-mail.
   *[other] { $count } de echipe își vor afla imediat rezultatul, prin notificare și prin e-mail.
}
ranking-winner = Câștigătoare
ranking-award-sponsor = sponsor: { $sponsor }
ranking-award-prize = premiu: { $prize }
ranking-normalised-explained = Punctajul normalizat arată cât de mult peste sau sub media proprie a fiecărui jurat a fost această propunere, astfel încât un jurat sever și unul generos să cântărească la fel. 0 este media; peste 0 este mai bine decât media.
formula-summary = Cum se calculează
agreement-explained = Acordul arată dacă jurații au judecat la fel aceleași propuneri. De la 0,8 jurații sunt bine de acord; între 0,667 și 0,8 sunt de acord în mare: discutați propunerile contestate; sub 0,667 nu sunt de acord: discutați înainte de a decide.
agreement-formula = Alfa lui Krippendorff pentru date de interval asupra punctajelor ponderate: α = 1 − D_o / D_e, unde D_o este dezacordul dintre jurații aceleiași propuneri, iar D_e dezacordul așteptat din întâmplare asupra tuturor punctajelor. 1 înseamnă acord deplin; 0 nu e mai bine decât întâmplarea.
dossier-created = Începută la
dossier-updated = Ultima modificare la
dossier-draft = Este o ciornă: echipa nu a depus-o încă, așa că textul rămâne al ei până o depune.
dossier-team-sealed = Sigilat: apelul ascunde echipa până la rezultate.
dossier-reviews = Evaluări
dossier-reviews-later = Evaluările apar aici după închiderea punctării.
dossier-conflict = A declarat un conflict
dossier-criterion = Criteriu
dossier-score-heading = Punctaj
dossier-score = { $score } / { $scale }
dossier-not-scored = Încă nepunctată.
dossier-comment = Comentariu
dossier-weighted = Punctaj ponderat (0–100)
