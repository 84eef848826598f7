# Mailings: announcements, deadline and draft reminders, reach.

notification-call-opened = Il bando «{ $title }» è aperto: partecipa con una tua proposta, da solo o in gruppo.
notification-deadline-near = { $days ->
    [one] Il bando «{ $title }» chiude tra un giorno: invia la tua proposta prima della scadenza.
   *[other] Il bando «{ $title }» chiude tra { $days } giorni: invia la tua proposta prima della scadenza.
}
notification-draft-unsubmitted = La tua bozza «{ $title }» non è ancora stata inviata e il bando chiude tra { $days } giorni.
notification-announcement = Avviso sul bando «{ $title }» — { $subject }: { $body }
notification-review-due = Alcune tue valutazioni per il bando «{ $title }» non sono complete e i risultati sono attesi tra { $days } giorni.
notification-milestone-due = { $days ->
    [0] Il traguardo «{ $milestone }» del progetto «{ $title }» scade oggi.
    [one] Il traguardo «{ $milestone }» del progetto «{ $title }» scade domani.
   *[other] Il traguardo «{ $milestone }» del progetto «{ $title }» scade tra { $days } giorni.
}
notification-division-wanted = Il gruppo della sfida «{ $title }» cerca un collega della divisione { $division }: candidati nella ricerca dei gruppi.

mailings-title = Comunicazioni
mailings-intro = Ciò che la piattaforma ha inviato da sé alle persone di questo bando e gli avvisi scritti qui: per ciascuno, a quante persone era destinato e a che punto sono le sue email.
mailings-none = Per questo bando non è ancora stato inviato nulla.
mailings-table = Comunicazioni del bando
mailings-what = Comunicazione
mailings-when = Inviata il
mailings-audience = Destinatari
mailings-people = { $count ->
    [one] una persona
   *[other] { $count } persone
}
mailings-state-queued = In coda
mailings-state-held = In attesa del riepilogo
mailings-state-sent = Inviate
mailings-state-skipped = Non inviate
mailings-state-failed = Non riuscite
mailings-state-bounced = Respinte
mailings-emails-hint = Un'email non viene inviata quando la persona ha scelto di non ricevere mai quel tipo di messaggio o quando non è configurato un server di posta; tutti trovano comunque il messaggio tra le proprie notifiche nell'app.
mailings-what-call-opened = Apertura del bando
mailings-what-deadline = { $days ->
    [one] Promemoria della scadenza, un giorno prima
   *[other] Promemoria della scadenza, { $days } giorni prima
}
mailings-what-draft = Bozza non inviata, due giorni prima della scadenza
mailings-what-review-due = Valutazioni in scadenza
mailings-what-milestone = Traguardo di progetto in scadenza
mailings-what-division = Un gruppo cerca una divisione
mailings-what-announcement = Avviso: { $subject }
mailings-announce-heading = Invia un avviso
mailings-reach = { $count ->
    [0] Oggi nessuno può partecipare a questo bando: un avviso non raggiungerebbe nessuno.
    [one] Un avviso raggiungerà l'unica persona che oggi può partecipare a questo bando.
   *[other] Un avviso raggiungerà le { $count } persone che oggi possono partecipare a questo bando.
}
mailings-subject = Oggetto
mailings-body = Testo
mailings-body-hint = Fino a 5.000 caratteri. Ogni persona ammessa lo trova nell'app e, se lo desidera, per email.
mailings-review = Verifica i destinatari e invia
mailings-send = Invia l'avviso
mailings-confirm-title = Inviare l'avviso «{ $subject }»?
mailings-confirm-reach = { $count ->
    [0] Oggi nessuno può partecipare a questo bando: l'avviso non raggiungerà nessuno.
    [one] Va all'unica persona ammessa al bando, nell'app e per email se lo desidera.
   *[other] Va alle { $count } persone ammesse al bando, nell'app e per email a chi lo desidera.
}
mailings-confirm-final = Una volta inviato, non si può ritirare.
mailings-sent = L'avviso è stato inviato.
mailings-closed = Gli avvisi vanno alle persone ammesse a un bando pubblicato e non archiviato.
mailings-error-required = Compila questo campo.
mailings-error-too-long = Al massimo { $max } caratteri.
mailings-error-one-line = L'oggetto deve stare su una sola riga.
mailings-error-token = Questo modulo non può più essere inviato: ricarica la pagina e invia di nuovo l'avviso.
mailings-error-draft = Un bando in bozza è visibile solo a te: pubblicalo prima di inviare avvisi.
mailings-error-archived = Questo bando è archiviato: non si possono più inviare avvisi.
