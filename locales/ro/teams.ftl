# Echipe interdepartamentale ale apelurilor de co-creare: căutarea de
# echipe, ofertele, partenerii externi și regula de componență.

teams-title = Căutarea de echipe
teams-rule = { $divisions ->
    [0] Echipe de { $min }–{ $max } membri.
    [one] Echipe de { $min }–{ $max } membri, din cel puțin o direcție.
   *[other] Echipe de { $min }–{ $max } membri, din cel puțin { $divisions } direcții diferite.
}
teams-not-forming = Echipele se formează numai în etapa de co-creare a apelului: acum le puteți consulta, dar nu puteți porni una și nici nu vă puteți oferi.
teams-none = Nicio provocare nu a fost încă selectată.
teams-standing = { $members ->
    [one] Un membru
    [few] { $members } membri
   *[other] { $members } de membri
}, { $divisions ->
    [one] o direcție
    [few] { $divisions } direcții
   *[other] { $divisions } de direcții
}
teams-needs-members = { $count ->
    [one] Mai este nevoie de un membru.
    [few] Mai este nevoie de { $count } membri.
   *[other] Mai este nevoie de { $count } de membri.
}
teams-needs-divisions = { $count ->
    [one] Este nevoie de cineva dintr-o altă direcție.
    [few] Este nevoie de oameni din încă { $count } direcții.
   *[other] Este nevoie de oameni din încă { $count } de direcții.
}
teams-divisions = Direcțiile din echipă
teams-lacking = Direcțiile vizate de provocare care încă lipsesc din echipă
teams-no-team = Nimeni nu a pornit încă echipa acestei provocări.
teams-members = Membri
teams-lead = coordonator
teams-pending = invitat, nu a acceptat încă
teams-accepted = a acceptat
teams-open-draft = Deschideți ciorna echipei
teams-stakeholders = Parteneri externi
teams-offers = Persoane care s-au oferit
teams-invite = Invitați în echipă
teams-start = Porniți echipa acestei provocări
teams-offer-message = Ce ați aduce acestei echipe
teams-offer-hint = Una sau două fraze, de exemplu „Lucrez la locuințe, cunosc procedurile de evacuare”. Cel mult 500 de caractere.
teams-offer = Mă ofer
teams-offer-again = Modificați oferta mea
teams-withdraw-offer = Retrageți oferta mea
teams-back-to-call = Înapoi la apel
teams-name = Nume
teams-division = Direcție
teams-stakeholders-intro = Organizații din afara primăriei care lucrează cu echipa (asociații, rețele, instituții publice sau private). Nu au nevoie de cont.
teams-stakeholders-none = Încă niciun partener extern.
teams-organisation = Organizație
teams-contact = Persoană de contact
teams-contribution = Ce aduce
teams-add-stakeholder = Adăugați un partener extern
teams-remove-stakeholder = Eliminați
teams-remove-stakeholder-title = Eliminați acest partener extern?
teams-remove-stakeholder-consequence = { $organisation } nu va mai figura printre partenerii externi ai echipei.

team-error-not-forming = Echipele se formează numai în etapa de co-creare a apelului.
team-error-started = Această provocare are deja o echipă: oferiți-vă să vă alăturați ei.
team-error-on-team = Faceți deja parte din această echipă.
team-error-from-challenge = Într-un apel de co-creare o propunere este o echipă: porniți-o de la una dintre provocările apelului, în căutarea de echipe.
team-error-too-small = { $min ->
    [one] Echipa are nevoie de cel puțin un membru care a acceptat.
   *[other] Echipa are { $size } membri care au acceptat; acest apel cere cel puțin { $min }.
}
team-error-too-large = Echipa are { $size } membri; acest apel acceptă cel mult { $max }.
team-error-divisions = { $count ->
    [0] Niciun membru al echipei nu aparține unei direcții; acest apel cere { $needed } direcții: adăugați oameni din direcții diferite.
    [one] Echipa acoperă o direcție ({ $divisions }); acest apel cere { $needed }: adăugați pe cineva dintr-o altă direcție.
   *[other] Echipa acoperă { $count } direcții ({ $divisions }); acest apel cere { $needed }: adăugați pe cineva dintr-o altă direcție.
}
team-error-divisions-example = { $count ->
    [0] Niciun membru al echipei nu aparține unei direcții; acest apel cere { $needed } direcții: adăugați oameni din direcții diferite, de exemplu { $example }.
    [one] Echipa acoperă o direcție ({ $divisions }); acest apel cere { $needed }: adăugați pe cineva dintr-o altă direcție, de exemplu { $example }.
   *[other] Echipa acoperă { $count } direcții ({ $divisions }); acest apel cere { $needed }: adăugați pe cineva dintr-o altă direcție, de exemplu { $example }.
}
