# Le impostazioni di una città: lingue, nomi, colore, organico, divisioni.

settings-title = Impostazioni della città
settings-names = Il nome della città in ogni lingua (facoltativo; altrimenti si usa il nome dato alla creazione)
settings-grades = Dipendenti per qualifica (per i dati di partecipazione dei bandi riservati a una qualifica)
settings-employees = Dipendenti
settings-error-contrast = Il testo bianco è poco leggibile su questo colore: scegline uno più scuro (contrasto di almeno 4,5 a 1).
settings-error-grade = Ogni qualifica richiede un nome (al massimo 80 caratteri, una sola volta) e un numero intero di dipendenti.

divisions-title = Divisioni
divisions-current = Divisioni attuali
divisions-none = La città non ha ancora divisioni.
divisions-csv = Divisioni da importare, in formato CSV: una riga per divisione, prima il codice poi il nome
divisions-csv-hint = Ad esempio: AMB,Divisione Ambiente. Una prima riga "code,name" viene ignorata. I codici già presenti vengono rinominati, i nuovi aggiunti; nulla viene cancellato.
divisions-check-button = Controlla l'elenco
divisions-preview = Anteprima
divisions-line = Riga
divisions-code = Codice
divisions-check = Controllo
divisions-import = Importa queste divisioni
divisions-error-columns = Indica esattamente due colonne: codice e nome.
divisions-error-code = Il codice è vuoto, supera i 40 caratteri o contiene caratteri diversi da lettere, cifre, punti, trattini e trattini bassi.
divisions-error-name = Il nome è vuoto o supera i 200 caratteri.
divisions-error-duplicate = Questo codice compare in una riga precedente.
divisions-error-empty = L'elenco è vuoto.
divisions-error-too-many = Si possono importare al massimo 2.000 divisioni alla volta.
divisions-rows-wrong = { $count ->
    [one] Una riga va corretta; non è stato importato nulla.
   *[other] { $count } righe vanno corrette; non è stato importato nulla.
}
divisions-imported = Importazione completata: { $added } aggiunte, { $renamed } rinominate.

categories-title = Categorie
categories-intro = Le categorie offerte dai bandi della città. Ognuna corrisponde a una delle categorie comuni della rete, così che le città si possano confrontare.
categories-network = Categoria della rete
categories-new = Nuova categoria
categories-add = Aggiungi la categoria
category-error-name = Dai alla categoria un nome di al massimo 120 caratteri.
category-error-taken = Un'altra categoria ha già questo nome.
category-error-network = Scegli una delle categorie della rete.

settings-logo = Logo
settings-logo-file = Il logo della città (PNG o JPEG, al massimo 512 KB), mostrato accanto al nome
settings-mail = Server di posta proprio della città (facoltativo)
settings-smtp-url = Server SMTP
settings-smtp-hint = Ad esempio smtp://utente:password@posta.esempio.it:587?tls=required. Viene conservato sigillato e non viene mai mostrato; lascia vuoti entrambi i campi per usare il server della piattaforma.
settings-mail-from = Mittente, ad esempio Idee <idee@esempio.it>
settings-error-logo = Il logo deve essere un'immagine PNG o JPEG
    .detail = Scegli un file PNG o JPEG di al massimo 512 KB.
settings-error-mail = Le impostazioni di posta non sono valide
    .detail = Indica un URL SMTP come smtp://posta.esempio.it:587?tls=required e un mittente come Idee <idee@esempio.it>, oppure lascia vuoti entrambi.
