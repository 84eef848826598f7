# Ötletpályázatok: egy város kezdőlapja és egy pályázat oldala.

tenant-home-title = Ötletpályázatok
open-calls = Nyitott pályázatok
open-calls-none = Jelenleg nincs nyitott pályázat.
other-calls = Folyamatban lévő és korábbi pályázatok
other-calls-none = Korábbi pályázat még nincs.
back-to-calls = A város összes pályázata

call-phase-draft = Piszkozat
call-phase-open = Javaslatok beadhatók
call-phase-review = Elbírálás alatt
call-phase-results = Eredmények kihirdetve
call-phase-implementation = Megvalósítás alatt
call-phase-archived = Archivált

call-deadline = Beadási határidő: { $date }
call-results-on = Eredményhirdetés: { $date }
call-proposals-submitted = { $count ->
    [one] Egy javaslat érkezett
   *[other] { $count } javaslat érkezett
}

call-facts = A legfontosabb adatok
call-opens = Kezdés
call-closes = Beadási határidő
call-results = Eredmények
call-team = Csapat
call-team-size = { $size ->
    [one] Egy személy, csapat nélkül
   *[other] Egyénileg vagy legfeljebb { $size } fős csapatban
}
call-eligibility = Ki vehet részt
eligibility-everyone = A város minden munkatársa
eligibility-all-except = Minden munkatárs, kivéve a következő feltételnek megfelelőket – { $attribute }: { $values }
eligibility-only = Csak a következő feltételnek megfelelő munkatársak – { $attribute }: { $values }
attribute-grade = besorolás
attribute-division = szervezeti egység
call-headcount = Részvételre jogosult munkatársak
call-headcount-value = { $count ->
    [one] Egy munkatárs
   *[other] { $count } munkatárs
}
call-awards = Díjak
call-awards-value = { $count ->
    [0] Nincs tervezett díj
    [one] Egy díj
   *[other] { $count } díj
}
call-budget = Megvalósítási keret
call-timezone-note = A dátumok és időpontok a(z) { $zone } időzóna szerint értendők.
call-categories = Kategóriák
call-figures = Számokban
call-figure-submitted = beérkezett javaslat
call-figure-awarded = díjazott javaslat

network-category-service-quality = Szolgáltatásminőség
network-category-new-services = Új szolgáltatások
network-category-environment = Környezet
network-category-organisational-development = Szervezetfejlesztés
network-category-employee-welfare = Munkatársi jóllét
network-category-informatics = Informatika
network-category-operative-efficiency = Működési hatékonyság
