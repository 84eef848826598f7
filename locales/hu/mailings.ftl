# Mailings: announcements, deadline and draft reminders, reach.

notification-call-opened = Megnyílt a(z) „{ $title }” pályázat: vegyen részt saját javaslattal, egyedül vagy csapatban.
notification-deadline-near = { $days ->
    [one] A(z) „{ $title }” pályázat egy nap múlva lezárul: adja be javaslatát a határidő előtt.
   *[other] A(z) „{ $title }” pályázat { $days } nap múlva lezárul: adja be javaslatát a határidő előtt.
}
notification-draft-unsubmitted = A(z) „{ $title }” piszkozatát még nem adta be, a pályázat pedig { $days } nap múlva lezárul.
notification-announcement = Közlemény a(z) „{ $title }” pályázatról — { $subject }: { $body }
notification-review-due = A(z) „{ $title }” pályázat néhány értékelését még nem fejezte be, az eredmény pedig { $days } nap múlva várható.
notification-milestone-due = { $days ->
    [0] A(z) „{ $title }” projekt „{ $milestone }” mérföldkövének határideje ma van.
    [one] A(z) „{ $title }” projekt „{ $milestone }” mérföldkövének határideje holnap van.
   *[other] A(z) „{ $title }” projekt „{ $milestone }” mérföldkövének határideje { $days } nap múlva jár le.
}
notification-division-wanted = A(z) „{ $title }” kihívás csapata munkatársat keres a következő szervezeti egységből: { $division }. Jelentkezzen a csapatkeresőben.

mailings-title = Kiküldések
mailings-intro = Amit a platform magától küldött a pályázat résztvevőinek, és az itt megírt közlemények: mindegyiknél, hány embernek szólt, és hol tartanak az e-mailjei.
mailings-none = Ehhez a pályázathoz még semmit sem küldtek ki.
mailings-table = A pályázat kiküldései
mailings-what = Kiküldés
mailings-when = Elküldve
mailings-audience = Címzettek
mailings-people = { $count ->
    [one] egy személy
   *[other] { $count } személy
}
mailings-state-queued = Sorban áll
mailings-state-held = Összefoglalóra vár
mailings-state-sent = Elküldve
mailings-state-skipped = Nem küldött
mailings-state-failed = Sikertelen
mailings-state-bounced = Visszapattant
mailings-emails-hint = Nem megy ki e-mail, ha az illető úgy döntött, hogy az ilyen üzenetet soha nem kéri, vagy ha nincs beállítva levelezőszerver; az üzenetet mindenki megtalálja az alkalmazásban az értesítései között.
mailings-what-call-opened = A pályázat megnyílt
mailings-what-deadline = { $days ->
    [one] Emlékeztető a határidőre, egy nappal előtte
   *[other] Emlékeztető a határidőre, { $days } nappal előtte
}
mailings-what-draft = Be nem adott piszkozat, két nappal a határidő előtt
mailings-what-review-due = Esedékes értékelések
mailings-what-milestone = Esedékes projekt-mérföldkő
mailings-what-division = Egy csapat szervezeti egységet keres
mailings-what-announcement = Közlemény: { $subject }
mailings-announce-heading = Közlemény küldése
mailings-reach = { $count ->
    [0] Ma senki sem pályázhat erre a felhívásra: a közlemény senkihez sem jutna el.
    [one] A közlemény ahhoz az egy személyhez jut el, aki ma pályázhat erre a felhívásra.
   *[other] A közlemény ahhoz a(z) { $count } személyhez jut el, aki ma pályázhat erre a felhívásra.
}
mailings-subject = Tárgy
mailings-body = Szöveg
mailings-body-hint = Legfeljebb 5000 karakter. Minden jogosult megtalálja az alkalmazásban, és ha kéri, e-mailben is.
mailings-review = Címzettek ellenőrzése és küldés
mailings-send = Közlemény elküldése
mailings-confirm-title = Elküldi a(z) „{ $subject }” közleményt?
mailings-confirm-reach = { $count ->
    [0] Ma senki sem pályázhat erre a felhívásra: a közlemény senkihez sem jut el.
    [one] Ahhoz az egy jogosult személyhez jut el, az alkalmazásban és ha kéri, e-mailben.
   *[other] A pályázatra jogosult { $count } személyhez jut el, az alkalmazásban és e-mailben azokhoz, akik kérik.
}
mailings-confirm-final = Elküldés után nem lehet visszavonni.
mailings-sent = A közleményt elküldtük.
mailings-closed = Közlemény egy közzétett, nem archivált pályázat jogosultjainak küldhető.
mailings-error-required = Töltse ki ezt a mezőt.
mailings-error-too-long = Legfeljebb { $max } karakter.
mailings-error-one-line = A tárgynak egy sorba kell férnie.
mailings-error-token = Ez az űrlap már nem küldhető el: töltse be újra az oldalt, és küldje el ismét a közleményt.
mailings-error-draft = A piszkozatban lévő pályázatot csak Ön látja: tegye közzé, mielőtt bármit bejelentene.
mailings-error-archived = Ez a pályázat archivált: már nem küldhető hozzá közlemény.
