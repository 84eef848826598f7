# Propuneri: redactare, echipe și lista pentru administrator.

proposal-untitled = Propunere fără titlu
proposal-heading = Propunerea
proposal-title = Titlu
proposal-summary = Rezumat
proposal-problem = Problema
proposal-solution = Soluția propusă
proposal-benefits = Beneficii așteptate (economii în euro, ore, energie…)
proposal-resources = Resurse necesare
proposal-category = Categorie
proposal-language = Limba propunerii
proposal-divisions = Direcții vizate
proposal-save = Salvare
proposal-saved-at = Salvată la { $time }.
proposal-limit = { $max ->
    [one] Cel mult un caracter.
    [few] Cel mult { $max } caractere.
   *[other] Cel mult { $max } de caractere.
}
proposal-error-too-long = { $max ->
    [one] Textul este prea lung: cel mult un caracter.
    [few] Textul este prea lung: cel mult { $max } caractere.
   *[other] Textul este prea lung: cel mult { $max } de caractere.
}
proposal-error-category = Alegeți una dintre categoriile apelului.
proposal-error-divisions = Alegeți cel mult 20 de direcții ale primăriei.
proposal-error-required = Completați acest câmp înainte de a depune propunerea.
proposal-submission = Depunere
proposal-submit = Depuneți propunerea
proposal-withdraw = Retrageți propunerea

status-draft = Ciornă
status-submitted = Depusă
status-withdrawn = Retrasă
status-in-review = În evaluare
status-shortlisted = Preselectată
status-awarded = Premiată
status-not-selected = Neselectată
status-in-implementation = În curs de implementare
status-implemented = Implementată
status-stopped = Oprită

mine-title = Propunerile mele
mine-none = Nu aveți încă nicio propunere. Deschideți un apel pentru a scrie una.

team-title = Echipă
team-role = Rol
team-lead = Autor principal
team-co-author = Coautor
team-pending = invitație încă fără răspuns
team-invited = Sunteți invitat
team-invited-heading = Sunteți invitat să faceți parte din această echipă
team-accept = Alăturați-vă echipei
team-decline = Refuzați
team-invite-label = Adresa de e-mail sau numele complet al colegului
team-invite = Invitați
team-error-who = Introduceți adresa de e-mail sau numele complet al unui coleg.
team-error-ineligible = { $name } nu poate participa la acest apel.
team-error-unknown = Niciun coleg din acest oraș nu corespunde cu „{ $who }”.
team-error-ambiguous = Mai mulți colegi se numesc „{ $who }”: folosiți adresa de e-mail.
team-error-already = { $name } face deja parte din echipă.
team-error-full = { $size ->
    [one] Echipa este completă: acest apel acceptă o singură persoană pentru fiecare propunere.
    [few] Echipa este completă: acest apel acceptă cel mult { $size } persoane pentru fiecare propunere.
   *[other] Echipa este completă: acest apel acceptă cel mult { $size } de persoane pentru fiecare propunere.
}

admin-proposals-title = Propuneri
admin-proposals-none = Nicio propunere nu corespunde.
admin-proposals-csv = Descărcați în format CSV
csv-proposal-id = Număr
csv-proposal-title = Titlu
csv-proposal-status = Stare
csv-proposal-category = Categorie
csv-proposal-divisions = Direcții
csv-proposal-submitted-at = Data depunerii
csv-proposal-team = Echipă


attachment-title = Atașamente
attachment-none = Niciun fișier atașat.
attachment-delete = Eliminați
attachment-choose = Atașați un fișier (PDF, PNG, JPEG sau document de birou)
attachment-upload = Atașați
attachment-hint = Număr maxim de fișiere: { $count }, fiecare de cel mult { $mb } MB. Evaluarea este anonimă: juriul primește o copie fără datele care ar putea indica o persoană (proprietățile documentului, datele EXIF ale fotografiilor, autorii comentariilor și ai modificărilor urmărite).
attachment-size = { $kib ->
    [one] { $kib } KB
   *[other] { $kib } KB
}
attachment-error-type = Acest tip de fișier nu este acceptat
    .detail = Atașați un fișier PDF, PNG sau JPEG ori un document Word, Excel, PowerPoint sau OpenDocument. Tipul este stabilit după conținutul fișierului, nu după nume.
attachment-error-malformed = Fișierul este deteriorat
    .detail = Fișierul nu a putut fi citit, deci datele care ar putea numi autorul (evaluarea este anonimă) nu pot fi eliminate. Salvați-l din nou din programul în care a fost creat și atașați-l din nou.
attachment-error-encrypted = Fișierul este protejat cu parolă sau criptat
    .detail = Evaluarea este anonimă, iar datele care ar putea numi autorul nu pot fi eliminate dintr-un fișier criptat. Salvați-l fără protecție și atașați-l din nou.
attachment-error-empty = Nu a fost ales niciun fișier
    .detail = Alegeți fișierul pe care doriți să-l atașați.
attachment-error-count = Propunerea are deja numărul maxim de fișiere
    .detail = Eliminați un fișier înainte de a atașa altul.
attachment-error-macros = Documentele cu macrocomenzi nu sunt acceptate
    .detail = Salvați documentul fără macrocomenzi (de exemplu ca .docx în loc de .docm) și atașați-l din nou.
attachment-error-history = Registrul păstrează un jurnal al modificărilor sale
    .detail = Evaluarea este anonimă, iar jurnalul unui registru partajat arată cine a modificat fiecare celulă și ce conținea înainte. Acceptați sau respingeți modificările urmărite (sau opriți partajarea registrului), salvați-l și atașați-l din nou.
attachment-error-expands = Fișierul este prea mare pentru a fi verificat
    .detail = Evaluarea este anonimă, așa că din documente se elimină numele celor care le-au comentat sau modificat; textul acestui fișier, dezarhivat, depășește cât se poate verifica. Împărțiți-l sau atașați-l ca PDF.
proposal-error-key-reused = Această cheie de idempotență a fost deja folosită
    .detail = A fost trimisă pentru un alt apel sau cu alt conținut: folosiți o cheie nouă pentru fiecare propunere.

proposal-names-team = Evaluarea este anonimă, iar aceste părți ale propunerii numesc pe cineva din echipa dumneavoastră. Puteți salva și trimite oricum, dar scoateți numele:
proposal-names-team-in = Aceste părți numesc pe cineva din echipa dumneavoastră: { $fields }. Evaluarea este anonimă: scoateți numele.

# Employees know where they stand (issue 20): My proposals' columns, the page after submitting
mine-col-proposal = Propunere
mine-col-call = Apel
submitted-title = Propunere depusă
submitted-lead = Propunerea dumneavoastră „{ $title }” a fost depusă la data de { $date }.
submitted-told = Dumneavoastră și echipa sunteți anunțați în notificări și prin e-mail, dacă primăria le trimite.
submitted-next = Ce urmează
submitted-edit = Până la data de { $date } o mai puteți modifica și salva: juriul citește propunerea așa cum este la închiderea depunerilor.
submitted-review = De la data de { $date }, când se închid depunerile, juriul evaluează propunerile fără să știe cine le-a scris.
submitted-review-now = Juriul evaluează propunerile, fără să știe cine le-a scris.
submitted-results = Rezultatele sunt așteptate la data de { $date }: veți primi o notificare când vor fi publicate.
submitted-results-later = Veți primi o notificare când vor fi publicate rezultatele.
submitted-back = Înapoi la propunere
