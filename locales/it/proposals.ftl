# Proposte: scrittura, gruppi ed elenco per l'amministratore.

proposal-untitled = Proposta senza titolo
proposal-heading = La proposta
proposal-title = Titolo
proposal-summary = Sintesi
proposal-problem = Il problema
proposal-solution = La soluzione proposta
proposal-benefits = Benefici attesi (risparmi in euro, ore, energia…)
proposal-resources = Risorse necessarie
proposal-category = Categoria
proposal-language = Lingua della proposta
proposal-divisions = Divisioni coinvolte
proposal-save = Salva
proposal-saved-at = Salvata il { $time }.
proposal-limit = { $max ->
    [one] Al massimo un carattere.
   *[other] Al massimo { $max } caratteri.
}
proposal-error-too-long = { $max ->
    [one] Il testo è troppo lungo: al massimo un carattere.
   *[other] Il testo è troppo lungo: al massimo { $max } caratteri.
}
proposal-error-category = Scegli una delle categorie del bando.
proposal-error-divisions = Scegli al massimo 20 divisioni della città.
proposal-error-required = Compila questo campo prima di presentare la proposta.
proposal-submission = Presentazione
proposal-submit = Presenta la proposta
proposal-withdraw = Ritira la proposta

status-draft = Bozza
status-submitted = Presentata
status-withdrawn = Ritirata
status-in-review = In valutazione
status-shortlisted = Selezionata per la fase finale
status-awarded = Premiata
status-not-selected = Non selezionata
status-in-implementation = In realizzazione
status-implemented = Realizzata
status-stopped = Interrotta

mine-title = Le mie proposte
mine-none = Non hai ancora proposte. Apri un bando per scriverne una.

team-title = Gruppo
team-role = Ruolo
team-lead = Capogruppo
team-co-author = Coautore
team-pending = invito in attesa di risposta
team-invited = Sei invitato
team-invited-heading = Sei invitato a far parte di questo gruppo
team-accept = Entra nel gruppo
team-decline = Rifiuta
team-invite-label = Indirizzo email o nome e cognome del collega
team-invite = Invita
team-error-who = Inserisci l'indirizzo email o il nome e cognome di un collega.
team-error-ineligible = { $name } non può partecipare a questo bando.
team-error-unknown = Nessun collega di questa città corrisponde a «{ $who }».
team-error-ambiguous = Più colleghi si chiamano «{ $who }»: usa l'indirizzo email.
team-error-already = { $name } fa già parte del gruppo.
team-error-full = { $size ->
    [one] Il gruppo è al completo: questo bando accetta una sola persona per proposta.
   *[other] Il gruppo è al completo: questo bando accetta al massimo { $size } persone per proposta.
}

admin-proposals-title = Proposte
admin-proposals-none = Nessuna proposta corrisponde.
admin-proposals-csv = Scarica in formato CSV
csv-proposal-id = Numero
csv-proposal-title = Titolo
csv-proposal-status = Stato
csv-proposal-category = Categoria
csv-proposal-divisions = Divisioni
csv-proposal-submitted-at = Presentata il
csv-proposal-team = Gruppo

attachment-title = Allegati
attachment-none = Nessun file allegato.
attachment-delete = Rimuovi
attachment-choose = Allega un file (PDF, PNG, JPEG o documento d'ufficio)
attachment-upload = Allega
attachment-hint = Fino a { $count } file di al massimo { $mb } MB ciascuno. Le valutazioni sono anonime: la giuria riceve una copia senza i dati che potrebbero indicare una persona (proprietà del documento, dati EXIF delle foto, autori di commenti e revisioni).
attachment-size = { $kib ->
    [one] 1 KB
   *[other] { $kib } KB
}
attachment-error-type = Questo tipo di file non è accettato
    .detail = Allega un file PDF, PNG o JPEG, oppure un documento Word, Excel, PowerPoint o OpenDocument. Il tipo è letto dal contenuto del file, non dal nome.
attachment-error-malformed = Il file è danneggiato
    .detail = Non è stato possibile leggere il file, quindi non si possono togliere i dati che potrebbero indicarne l'autore (le valutazioni sono anonime). Salvalo di nuovo dal suo programma e allegalo ancora.
attachment-error-encrypted = Il file è protetto da password o cifrato
    .detail = Le valutazioni sono anonime e da un file cifrato non si possono togliere i dati che potrebbero indicarne l'autore. Salvalo senza protezione e allegalo di nuovo.
attachment-error-empty = Nessun file scelto
    .detail = Scegli un file da allegare.
attachment-error-count = La proposta ha già tutti i file consentiti
    .detail = Rimuovi un file prima di allegarne un altro.
attachment-error-macros = Non si accettano documenti con macro
    .detail = Salva il documento senza macro (ad esempio in formato .docx anziché .docm) e allegalo di nuovo.
attachment-error-history = La cartella di lavoro conserva il registro delle modifiche
    .detail = Le valutazioni sono anonime, e il registro di una cartella condivisa indica chi ha cambiato ogni cella e cosa conteneva prima. Accetta o rifiuta le revisioni (o smetti di condividere la cartella), salvala e allegala di nuovo.
attachment-error-expands = Il file è troppo grande per essere controllato
    .detail = Le valutazioni sono anonime, quindi dai documenti si tolgono i nomi di chi li ha commentati o modificati; il testo di questo file, decompresso, supera quanto si può controllare. Dividilo o allegalo come PDF.
proposal-error-key-reused = Questa chiave di idempotenza è già stata usata
    .detail = Era stata inviata per un altro bando o con un altro contenuto: usa una chiave nuova per ogni proposta.

proposal-names-team = Le valutazioni sono anonime, e queste parti della proposta nominano una persona del vostro gruppo. Potete comunque salvare e inviare, ma togliete i nomi:
proposal-names-team-in = Queste parti nominano una persona del vostro gruppo: { $fields }. Le valutazioni sono anonime: togliete i nomi.

# Employees know where they stand (issue 20): My proposals' columns, the page after submitting
mine-col-proposal = Proposta
mine-col-call = Bando
submitted-title = Proposta presentata
submitted-lead = La tua proposta «{ $title }» è stata presentata il { $date }.
submitted-told = Tu e il tuo gruppo lo trovate nelle notifiche, e per email se il Comune le invia.
submitted-next = Cosa succede ora
submitted-edit = Fino al { $date } puoi ancora modificarla e salvarla: la giuria legge la proposta com'è alla chiusura delle presentazioni.
submitted-review = Dal { $date }, alla chiusura delle presentazioni, la giuria valuta le proposte senza sapere chi le ha scritte.
submitted-review-now = La giuria sta valutando le proposte, senza sapere chi le ha scritte.
submitted-results = I risultati sono previsti per il { $date }: riceverai una notifica quando saranno pubblicati.
submitted-results-later = Riceverai una notifica quando i risultati saranno pubblicati.
submitted-back = Torna alla proposta
