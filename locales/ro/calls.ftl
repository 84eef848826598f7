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
