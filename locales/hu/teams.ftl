# Szervezeti egységeken átívelő csapatok a közös alkotási pályázatokban: a
# csapatkereső, a jelentkezések, a külső partnerek és az összetételi szabály.

teams-title = Csapatkereső
teams-rule = { $divisions ->
    [0] { $min }–{ $max } fős csapatok.
    [one] { $min }–{ $max } fős csapatok, legalább egy szervezeti egységből.
   *[other] { $min }–{ $max } fős csapatok, legalább { $divisions } különböző szervezeti egységből.
}
teams-not-forming = A csapatok csak a pályázat közös alkotási szakaszában alakulnak: most megtekintheti őket, de nem indíthat csapatot és nem jelentkezhet.
teams-none = Még nincs kiválasztott kihívás.
teams-standing = { $members } tag, { $divisions } szervezeti egység
teams-needs-members = { $count ->
    [one] Még egy tagra van szükség.
   *[other] Még { $count } tagra van szükség.
}
teams-needs-divisions = { $count ->
    [one] Még egy szervezeti egységből kell valaki.
   *[other] Még { $count } szervezeti egységből kellenek tagok.
}
teams-divisions = A csapat szervezeti egységei
teams-lacking = A kihívás által érintett szervezeti egységek, amelyek még hiányoznak a csapatból
teams-no-team = Ennek a kihívásnak a csapatát még senki sem indította el.
teams-members = Tagok
teams-lead = vezető
teams-pending = meghívva, még nem fogadta el
teams-accepted = elfogadta
teams-open-draft = A csapat tervezetének megnyitása
teams-stakeholders = Külső partnerek
teams-offers = Akik jelentkeztek
teams-invite = Meghívás a csapatba
teams-start = A kihívás csapatának elindítása
teams-offer-message = Mit hozna ebbe a csapatba
teams-offer-hint = Egy-két mondat, például „A lakhatási ügyeken dolgozom, ismerem a kilakoltatási eljárásokat”. Legfeljebb 500 karakter.
teams-offer = Jelentkezem
teams-offer-again = Jelentkezésem módosítása
teams-withdraw-offer = Jelentkezésem visszavonása
teams-back-to-call = Vissza a pályázathoz
teams-name = Név
teams-division = Szervezeti egység
teams-stakeholders-intro = A városházán kívüli szervezetek, amelyek a csapattal dolgoznak (egyesületek, hálózatok, köz- vagy magánintézmények). Nincs szükségük fiókra.
teams-stakeholders-none = Még nincs külső partner.
teams-organisation = Szervezet
teams-contact = Kapcsolattartó
teams-contribution = Mivel járul hozzá
teams-add-stakeholder = Külső partner hozzáadása
teams-remove-stakeholder = Eltávolítás
teams-remove-stakeholder-title = Eltávolítja ezt a külső partnert?
teams-remove-stakeholder-consequence = { $organisation } többé nem szerepel a csapat külső partnerei között.

team-error-not-forming = A csapatok csak a pályázat közös alkotási szakaszában alakulnak.
team-error-started = Ennek a kihívásnak már van csapata: jelentkezzen inkább abba.
team-error-on-team = Ön már tagja ennek a csapatnak.
team-error-from-challenge = Közös alkotási pályázatban a javaslat egy csapat: a csapatkeresőben indítsa el a pályázat valamelyik kihívásából.
team-error-too-small = { $min ->
    [one] A csapatnak legalább egy olyan tag kell, aki elfogadta a meghívást.
   *[other] A csapatnak { $size } tagja fogadta el a meghívást; ez a pályázat legalább { $min } tagot kér.
}
team-error-too-large = A csapatnak { $size } tagja van; ez a pályázat legfeljebb { $max } tagot fogad el.
team-error-divisions = { $count ->
    [0] A csapat egyik tagja sem tartozik szervezeti egységhez; ez a pályázat { $needed } szervezeti egységet kér: vegyen fel tagokat különböző szervezeti egységekből.
   *[other] A csapat { $count } szervezeti egységet fed le ({ $divisions }); ez a pályázat { $needed } szervezeti egységet kér: vegyen fel valakit egy másik szervezeti egységből.
}
team-error-divisions-example = { $count ->
    [0] A csapat egyik tagja sem tartozik szervezeti egységhez; ez a pályázat { $needed } szervezeti egységet kér: vegyen fel tagokat különböző szervezeti egységekből, például innen: { $example }.
   *[other] A csapat { $count } szervezeti egységet fed le ({ $divisions }); ez a pályázat { $needed } szervezeti egységet kér: vegyen fel valakit egy másik szervezeti egységből, például innen: { $example }.
}
