# Apeluri de idei: pagina principală a unui oraș și pagina unui apel.

tenant-home-title = Apeluri de idei
open-calls = Apeluri deschise
open-calls-none = Momentan nu există niciun apel deschis.
other-calls = Apeluri în curs și încheiate
other-calls-none = Nu există încă apeluri anterioare.
back-to-calls = Toate apelurile acestui oraș

call-phase-draft = Ciornă
call-phase-open = Deschis pentru propuneri
call-phase-review = În evaluare
call-phase-results = Rezultate anunțate
call-phase-implementation = În curs de implementare
call-phase-archived = Arhivat

call-deadline = Propuneri până la { $date }
call-results-on = Rezultate la data de { $date }
call-proposals-submitted = { $count ->
    [one] O propunere depusă
    [few] { $count } propuneri depuse
   *[other] { $count } de propuneri depuse
}

call-facts = Informații esențiale
call-opens = Deschidere
call-closes = Termen-limită de depunere
call-results = Rezultate
call-team = Echipă
call-team-size = { $size ->
    [one] O singură persoană, fără echipă
    [few] Individual sau în echipă de cel mult { $size } persoane
   *[other] Individual sau în echipă de cel mult { $size } de persoane
}
call-eligibility = Cine poate participa
eligibility-everyone = Toți angajații primăriei
eligibility-all-except = Toți angajații, cu excepția celor care corespund criteriului { $attribute }: { $values }
eligibility-only = Doar angajații care corespund criteriului { $attribute }: { $values }
attribute-grade = grad profesional
attribute-division = direcție
call-headcount = Angajați eligibili
call-headcount-value = { $count ->
    [one] Un angajat
    [few] { $count } angajați
   *[other] { $count } de angajați
}
call-awards = Premii
call-awards-value = { $count ->
    [0] Niciun premiu prevăzut
    [one] Un premiu
    [few] { $count } premii
   *[other] { $count } de premii
}
call-budget = Buget pentru implementare
call-timezone-note = Datele și orele sunt indicate în fusul orar { $zone }.
call-categories = Categorii
call-figures = În cifre
call-figure-submitted = propuneri depuse
call-figure-awarded = propuneri premiate

network-category-service-quality = Calitatea serviciilor
network-category-new-services = Servicii noi
network-category-environment = Mediu
network-category-organisational-development = Dezvoltare organizațională
network-category-employee-welfare = Bunăstarea angajaților
network-category-informatics = Informatică
network-category-operative-efficiency = Eficiență operațională

call-title = Titlu
call-description = Descriere
call-phase = Etapă
call-take-part = Participați
call-not-accepting = Acest apel nu acceptă propuneri.
call-sign-in-to-propose = Autentificați-vă pentru a scrie o propunere
call-role-cannot-propose = Propunerile sunt scrise de angajații primăriei.
call-propose = Scrieți o propunere
eligibility-refused = Nu puteți participa la acest apel: participarea depinde de criteriul { $attribute }, care în cazul dumneavoastră este „{ $yours }”.

admin-calls-title = Apeluri
admin-calls-new = Apel nou
admin-calls-none = Orașul nu are încă apeluri.
admin-call-scheduled = (publicat: se deschide automat la data stabilită)
admin-call-edit = Editați apelul
admin-call-texts = Titlul și descrierea, în fiecare limbă a orașului (limba implicită este obligatorie)
admin-call-dates = Date calendaristice
admin-call-rules = Reguli
admin-call-team-size = Dimensiunea maximă a echipei, în persoane
admin-eligibility-all-except = Toată lumea, cu excepția celor al căror atribut are una dintre valori
admin-eligibility-only = Doar cei al căror atribut are una dintre valori
admin-eligibility-attribute = Atribut
admin-eligibility-values = Valori, separate prin virgulă
admin-call-reviews = Evaluări pentru fiecare propunere
admin-call-budget = Buget pentru implementare, în euro
admin-call-authors-public = Afișați numele autorilor după anunțarea rezultatelor
admin-call-criteria = Criterii de evaluare
admin-criterion-name = Criteriu
admin-criterion-weight = Pondere
admin-criterion-scale = Scală (punctaj maxim)
admin-award-name = Premiu
admin-award-sponsor = Sponsor
admin-award-prize = Recompensă
admin-call-actions = Gestionarea apelului
admin-call-publish = Publicați: apelul se deschide la data de deschidere
admin-call-new-deadline = Nou termen-limită de depunere
admin-call-extend = Prelungiți termenul-limită
admin-call-close = Închideți acum depunerea propunerilor

call-error-title-length = Un titlu are cel mult 200 de caractere, iar o descriere cel mult 10.000.
call-error-title = O descriere necesită un titlu în aceeași limbă.
call-error-default-title = Introduceți titlul în limba implicită a orașului.
call-error-categories = Oferiți cel puțin o categorie.
call-error-date = Introduceți o dată și o oră, de exemplu 2026-12-31 12:00.
call-error-time-gap = Această oră nu există în fusul orar al orașului (ceasurile o sar). Alegeți alta.
call-error-order = Apelul trebuie să se deschidă înainte de termenul-limită, iar termenul-limită trebuie să fie înaintea rezultatelor.
call-error-team = Dimensiunea echipei trebuie să fie între 1 și 10.
call-error-reviews = Numărul de evaluări trebuie să fie între 1 și 10.
call-error-headcount = Numărul de angajați eligibili trebuie să fie între 1 și 10.000.000.
call-error-budget = Bugetul trebuie să fie un număr întreg de euro, de cel mult 100.000.000.
call-error-eligibility = Alegeți o regulă, un atribut și cel puțin o valoare (sau toată lumea).
call-error-criterion = Fiecare criteriu necesită un nume, o pondere de la 1 la 100 și o scală de la 2 la 10.
call-error-criteria = Indicați cel puțin un criteriu de evaluare.
call-error-award = Fiecare premiu necesită un nume (cel mult 120 de caractere).
call-error-extension = Noul termen-limită trebuie să fie ulterior celui actual și anterior rezultatelor.
call-kind-ideas = Apel deschis de idei
call-kind-cocreation = Co-creare pornind de la provocări
