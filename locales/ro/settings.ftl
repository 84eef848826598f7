# Setările unui oraș: limbi, nume, culoare, efective de personal, direcții.

settings-title = Setările orașului
settings-names = Numele orașului în fiecare limbă (opțional; altfel se folosește numele dat la creare)
settings-grades = Angajați pe grade profesionale (pentru cifrele de participare la apelurile limitate la un grad profesional)
settings-employees = Angajați
settings-error-contrast = Textul alb se citește greu pe această culoare: alegeți una mai închisă (contrast de cel puțin 4,5 la 1).
settings-error-grade = Fiecare grad profesional are nevoie de un nume (cel mult 80 de caractere, fără repetări) și de un număr întreg de angajați.

divisions-title = Direcții
divisions-current = Direcțiile actuale
divisions-none = Orașul nu are încă direcții.
divisions-csv = Direcțiile de importat, în format CSV: câte un rând pentru fiecare direcție, mai întâi codul, apoi numele
divisions-csv-hint = De exemplu: AMB,Direcția Mediu. Un prim rând "code,name" este ignorat. Direcțiile cu un cod deja existent sunt redenumite, cele noi sunt adăugate; nu se șterge nimic.
divisions-check-button = Verificați lista
divisions-preview = Previzualizare
divisions-line = Rând
divisions-code = Cod
divisions-check = Verificare
divisions-import = Importați aceste direcții
divisions-error-columns = Indicați exact două coloane: codul și numele.
divisions-error-code = Codul este gol, are mai mult de 40 de caractere sau conține alte caractere decât litere, cifre, puncte, cratime și caractere de subliniere.
divisions-error-name = Numele este gol sau are mai mult de 200 de caractere.
divisions-error-duplicate = Acest cod apare deja pe un rând anterior.
divisions-error-empty = Lista este goală.
divisions-error-too-many = Se pot importa cel mult 2.000 de direcții odată.
divisions-rows-wrong = { $count ->
    [one] Un rând trebuie corectat; nu s-a importat nimic.
    [few] { $count } rânduri trebuie corectate; nu s-a importat nimic.
   *[other] { $count } de rânduri trebuie corectate; nu s-a importat nimic.
}
divisions-imported = Import finalizat. Direcții adăugate: { $added }; redenumite: { $renamed }.

categories-title = Categorii
categories-intro = Categoriile oferite de apelurile primăriei. Fiecare corespunde uneia dintre categoriile comune ale rețelei, astfel încât orașele să poată fi comparate.
categories-network = Categoria rețelei
categories-new = Categorie nouă
categories-add = Adăugați categoria
category-error-name = Dați categoriei un nume de cel mult 120 de caractere.
category-error-taken = O altă categorie are deja acest nume.
category-error-network = Alegeți una dintre categoriile rețelei.

settings-logo = Siglă
settings-logo-file = Sigla orașului (PNG sau JPEG, cel mult 512 KB), afișată lângă nume
settings-mail = Serverul de e-mail propriu al orașului (opțional)
settings-smtp-url = Server SMTP
settings-smtp-hint = De exemplu smtp://utilizator:parola@mail.exemplu.ro:587?tls=required. Se păstrează sigilat și nu se afișează niciodată; lăsați ambele câmpuri goale pentru a folosi serverul platformei.
settings-mail-from = Expeditor, de exemplu Idei <idei@exemplu.ro>
settings-error-logo = Sigla trebuie să fie o imagine PNG sau JPEG
    .detail = Alegeți un fișier PNG sau JPEG de cel mult 512 KB.
settings-error-mail = Setările de e-mail nu sunt valide
    .detail = Introduceți un URL SMTP precum smtp://mail.exemplu.ro:587?tls=required și un expeditor precum Idei <idei@exemplu.ro> sau lăsați ambele goale.
