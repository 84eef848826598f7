# La console degli operatori: città, stato, creazione e sospensione.

operator-new-city = Nuova città
operator-open-calls = Bandi aperti
operator-sso = Accesso della città
operator-sso-configured = Configurato
operator-sso-missing = Non ancora configurato
operator-suspend = Sospendi
operator-resume = Riattiva
operator-create = Crea la città
operator-created = La città è stata creata:
operator-created-admin = Invia questo link al suo primo amministratore; funziona una sola volta, per 14 giorni, e gli permette di scegliere una password:
operator-field-slug = Nome nell'indirizzo
operator-hint-slug = Da 2 a 40 lettere minuscole, cifre o trattini, iniziando con una lettera; le pagine della città sono in /t/nome-indirizzo/.
operator-field-name = Nome della città
operator-field-hosts = Nomi host propri della città (facoltativi)
operator-hint-hosts = Separati da spazi, ad esempio idee.torino.example; senza https:// né porta.
operator-field-locales = Lingue
operator-field-default-locale = Lingua predefinita
operator-field-timezone = Fuso orario
operator-hint-timezone = Come lo indica IANA, ad esempio Europe/Rome.
operator-field-headcount = Numero di dipendenti
operator-field-colour = Colore delle pagine della città
operator-hint-colour = Nella forma #rrggbb; il testo bianco deve restare leggibile.
operator-field-admin-email = Indirizzo email del primo amministratore
operator-hint-admin = Viene invitato con un link e configura l'accesso proprio della città.
operator-field-admin-name = Nome del primo amministratore

tenant-error-slug = Usa da 2 a 40 lettere minuscole, cifre o trattini, iniziando con una lettera.
tenant-error-reserved = Questo nome è riservato alla piattaforma; scegline un altro.
tenant-error-duplicate-slug = Esiste già una città con questo nome nell'indirizzo.
tenant-error-name = Inserisci il nome della città (al massimo 120 caratteri).
tenant-error-host = Inserisci nomi host come idee.torino.example, senza https:// né porta.
tenant-error-duplicate-host = Uno di questi nomi host appartiene già a una città.
tenant-error-no-locales = Scegli almeno una lingua.
tenant-error-default-locale = La lingua predefinita deve essere una delle lingue scelte.
tenant-error-timezone = Inserisci un fuso orario, ad esempio Europe/Rome.
tenant-error-headcount = Inserisci un numero intero di dipendenti, al massimo 10.000.000.
tenant-error-colour = Scrivi il colore nella forma #rrggbb, ad esempio #1f4e8c.
tenant-error-admin-email = Inserisci l'indirizzo email del primo amministratore, ad esempio nome@esempio.it.

operator-last-sign-in = Ultimo accesso
operator-never = Mai
operator-check-sso = Verifica
operator-sso-none = { $city } non ha configurato un accesso proprio.
operator-sso-ok = Il fornitore di identità di { $city } risponde.
operator-sso-failed = Il fornitore di identità di { $city } non risponde come dovrebbe: { $reason }
tenant-error-unknown-locale = Si possono attivare solo le lingue della piattaforma: it, en, fr, pt, nl, ro, es, hu.
