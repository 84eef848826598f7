# An edition's whole life: archiving, new editions, network templates.

admin-call-archive = Archivia il bando
admin-call-offer-template = Offri alla rete come modello
admin-call-withdraw-template = Ritira il modello
call-archived-on = Archiviato il { $date }
call-fact-archived = Archiviato
call-template-since = Offerto alla rete come modello dal { $date }.
call-archived-read-only = Questo bando è archiviato: il bando, le sue proposte, valutazioni, decisioni e progetti non possono più essere modificati.
call-origin = Avviato da:
call-start-from = Parti da un bando esistente
call-start-from-city = Una nuova edizione di un vostro bando
call-start-from-network = Dalla rete
call-templates-none = Nessun’altra città offre ancora un bando come modello.
call-start-blank = Oppure parti da un bando vuoto
call-year = Anno
call-new-edition = Nuova edizione
call-copy-template = Copia questo modello
call-copy-done = È stata creata una nuova bozza dal bando, con le date spostate di anni interi. Controllala prima di pubblicarla.
call-copy-dropped-categories = Queste categorie non hanno corrispondenza tra quelle della vostra città e sono state tralasciate: { $categories }.
call-copy-unknown-attribute = La regola di ammissibilità usa l’attributo «{ $attribute }», che la vostra città non ha: la bozza è aperta a tutti i dipendenti finché non imposti una regola.
confirm-archive-call-title = Archiviare «{ $call }»?
confirm-archive-call-read-only = Il bando, le sue proposte, valutazioni, decisioni e progetti diventano definitivamente di sola lettura; il bando resta in tutte le cifre della rete.
confirm-archive-call-open-projects = { $count ->
    [0] Nessun progetto è ancora aperto.
    [one] { $count } progetto è ancora aperto e resterà com’è:
   *[other] { $count } progetti sono ancora aperti e resteranno come sono:
}
confirm-archive-call-project = { $title } ({ $status })
confirm-archive-call-button = Archivia
confirm-template-title = Offrire «{ $call }» alla rete come modello?
confirm-template-shown = Gli amministratori di ogni città vedranno testi, categorie, criteri, ammissibilità, premi e impostazioni e potranno copiarli; non sono mostrati nomi di persone né proposte.
confirm-template-withdraw = Puoi ritirarlo in qualsiasi momento; le copie già fatte mantengono il collegamento.
confirm-template-button = Offri come modello
network-formats-travelled = Formati di bando che hanno viaggiato
