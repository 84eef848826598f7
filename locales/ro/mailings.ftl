# Mailings: announcements, deadline and draft reminders, reach.

notification-call-opened = Apelul „{ $title }” este deschis: participați cu o propunere proprie, singur sau în echipă.
notification-deadline-near = { $days ->
    [one] Apelul „{ $title }” se închide peste o zi: trimiteți-vă propunerea înainte de termen.
    [few] Apelul „{ $title }” se închide peste { $days } zile: trimiteți-vă propunerea înainte de termen.
   *[other] Apelul „{ $title }” se închide peste { $days } de zile: trimiteți-vă propunerea înainte de termen.
}
notification-draft-unsubmitted = Ciorna dumneavoastră „{ $title }” nu a fost încă trimisă, iar apelul se închide peste { $days } zile.
notification-announcement = Anunț despre apelul „{ $title }” — { $subject }: { $body }
notification-review-due = Unele dintre evaluările dumneavoastră pentru apelul „{ $title }” nu sunt complete, iar rezultatele sunt așteptate peste { $days } zile.
notification-milestone-due = { $days ->
    [0] Jalonul „{ $milestone }” al proiectului „{ $title }” are termen astăzi.
    [one] Jalonul „{ $milestone }” al proiectului „{ $title }” are termen mâine.
    [few] Jalonul „{ $milestone }” al proiectului „{ $title }” are termen peste { $days } zile.
   *[other] Jalonul „{ $milestone }” al proiectului „{ $title }” are termen peste { $days } de zile.
}
notification-division-wanted = Echipa provocării „{ $title }” caută un coleg din direcția { $division }: oferiți-vă în căutarea de echipe.

mailings-title = Trimiteri
mailings-intro = Ce a trimis platforma de la sine persoanelor acestui apel și anunțurile scrise aici: pentru fiecare, câtor persoane îi era destinat și în ce stadiu sunt e-mailurile sale.
mailings-none = Pentru acest apel nu s-a trimis încă nimic.
mailings-table = Trimiterile apelului
mailings-what = Trimitere
mailings-when = Trimisă la
mailings-audience = Destinatari
mailings-people = { $count ->
    [one] o persoană
    [few] { $count } persoane
   *[other] { $count } de persoane
}
mailings-state-queued = În așteptare
mailings-state-held = Păstrate pentru un rezumat
mailings-state-sent = Trimise
mailings-state-skipped = Netrimise
mailings-state-failed = Eșuate
mailings-state-bounced = Respinse
mailings-emails-hint = Un e-mail nu se trimite când persoana a ales să nu primească niciodată acel tip de mesaj sau când nu este configurat un server de e-mail; oricum, fiecare găsește mesajul printre notificările sale din aplicație.
mailings-what-call-opened = Deschiderea apelului
mailings-what-deadline = { $days ->
    [one] Memento pentru termen, cu o zi înainte
    [few] Memento pentru termen, cu { $days } zile înainte
   *[other] Memento pentru termen, cu { $days } de zile înainte
}
mailings-what-draft = Ciornă netrimisă, cu două zile înainte de termen
mailings-what-review-due = Evaluări de finalizat
mailings-what-milestone = Jalon de proiect la termen
mailings-what-division = O echipă caută o direcție
mailings-what-announcement = Anunț: { $subject }
mailings-announce-heading = Trimiteți un anunț
mailings-reach = { $count ->
    [0] Astăzi nimeni nu poate participa la acest apel: un anunț nu ar ajunge la nimeni.
    [one] Un anunț va ajunge la singura persoană care poate participa astăzi la acest apel.
    [few] Un anunț va ajunge la cele { $count } persoane care pot participa astăzi la acest apel.
   *[other] Un anunț va ajunge la cele { $count } de persoane care pot participa astăzi la acest apel.
}
mailings-subject = Subiect
mailings-body = Text
mailings-body-hint = Până la 5.000 de caractere. Fiecare persoană eligibilă îl găsește în aplicație și, dacă dorește, prin e-mail.
mailings-review = Verificați destinatarii și trimiteți
mailings-send = Trimiteți anunțul
mailings-confirm-title = Trimiteți anunțul „{ $subject }”?
mailings-confirm-reach = { $count ->
    [0] Astăzi nimeni nu poate participa la acest apel: anunțul nu va ajunge la nimeni.
    [one] Ajunge la singura persoană eligibilă pentru acest apel, în aplicație și prin e-mail dacă dorește.
    [few] Ajunge la cele { $count } persoane eligibile pentru acest apel, în aplicație și prin e-mail la cine dorește.
   *[other] Ajunge la cele { $count } de persoane eligibile pentru acest apel, în aplicație și prin e-mail la cine dorește.
}
mailings-confirm-final = Odată trimis, nu mai poate fi retras.
mailings-sent = Anunțul a fost trimis.
mailings-closed = Anunțurile se adresează persoanelor eligibile ale unui apel publicat și nearhivat.
mailings-error-required = Completați acest câmp.
mailings-error-too-long = Cel mult { $max } de caractere.
mailings-error-one-line = Subiectul trebuie să încapă pe un singur rând.
mailings-error-token = Acest formular nu mai poate fi trimis: reîncărcați pagina și trimiteți din nou anunțul.
mailings-error-draft = Un apel în ciornă este vizibil doar pentru dumneavoastră: publicați-l înainte de a anunța ceva.
mailings-error-archived = Acest apel este arhivat: nu se mai pot trimite anunțuri pentru el.
