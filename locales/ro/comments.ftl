# Colleagues who support and comment, and moderation.

colleagues-call-setting = Colegii pot susține și comenta propunerile depuse cât timp apelul este deschis
colleagues-call-setting-hint = Angajații primăriei care pot participa, dacă nu fac parte din echipa propunerii și nici din juriu, susțin o propunere o singură dată și o comentează până la termen; jurații văd doar câți colegi susțin o propunere.
colleagues-admin-title = Comentariile colegilor
colleagues-admin-intro = Toate comentariile la propunerile acestui apel, cele mai noi primele. Un comentariu ascuns rămâne pe această pagină, iar cititorii văd motivul în locul textului.
colleagues-list-title = Susțineți propunerile colegilor
colleagues-list-intro = Propunerile depuse până acum, fără autorii lor. Susțineți-le pe cele în care credeți și comentați pentru a le ajuta să devină mai bune, până la termen.
colleagues-list-empty = Nu a fost depusă încă nicio propunere.
colleagues-back-to-call = Înapoi la apel
colleagues-back-to-list = Înapoi la propuneri
colleagues-back-to-proposal = Înapoi la propunerea dumneavoastră
colleagues-supporters = { $count ->
    [0] Niciun coleg nu susține încă această propunere.
    [one] Un coleg susține această propunere.
    [few] { $count } colegi susțin această propunere.
   *[other] { $count } de colegi susțin această propunere.
}
colleagues-comments-count = { $count ->
    [0] niciun comentariu
    [one] un comentariu
    [few] { $count } comentarii
   *[other] { $count } de comentarii
}
colleagues-by-team = Echipa propunerii
colleagues-former-colleague = Un fost coleg
colleagues-hidden = Ascuns de administrator: { $reason }
colleagues-support-heading = Susținere
colleagues-you-support = Susțineți această propunere. Doar dumneavoastră vedeți acest lucru.
colleagues-support = Susțin această propunere
colleagues-unsupport = Îmi retrag susținerea
colleagues-team-note = Este propunerea echipei dumneavoastră: o pot susține colegii, nu dumneavoastră.
colleagues-closed = Apelul nu mai este deschis: susținerile și comentariile s-au încheiat.
colleagues-comments-heading = Comentarii
colleagues-no-comments = Încă nu există comentarii.
colleagues-comment-label = Comentariul dumneavoastră
colleagues-comment-hint = { $max ->
    [one] Cel mult un caracter. Numele dumneavoastră este vizibil pentru echipă și colegi, niciodată pentru juriu.
    [few] Cel mult { $max } caractere. Numele dumneavoastră este vizibil pentru echipă și colegi, niciodată pentru juriu.
   *[other] Cel mult { $max } de caractere. Numele dumneavoastră este vizibil pentru echipă și colegi, niciodată pentru juriu.
}
colleagues-comment-send = Trimiteți comentariul
colleagues-error-body = { $max ->
    [one] Scrieți un comentariu de cel mult un caracter.
    [few] Scrieți un comentariu de la 1 la { $max } caractere.
   *[other] Scrieți un comentariu de la 1 la { $max } de caractere.
}
colleagues-error-reason = { $max ->
    [one] Indicați un motiv de cel mult un caracter.
    [few] Indicați un motiv de la 1 la { $max } caractere.
   *[other] Indicați un motiv de la 1 la { $max } de caractere.
}
colleagues-error-own = Faceți parte din echipa acestei propuneri: doar colegii o pot susține.
colleagues-hide-confirm-title = Ascundeți acest comentariu?
colleagues-hide-consequence = Comentariul la „{ $proposal }” nu va mai fi arătat echipei și colegilor; aceștia vor vedea că administratorul l-a ascuns și motivul. Acțiunea este înregistrată în jurnalul de audit.
colleagues-hide = Ascundeți comentariul
colleagues-hide-reason = Motivul arătat cititorilor
colleagues-team-link = Ce spun colegii despre această propunere

# The API documentation of colleagues' feedback.
api-docs-field-ColleagueComment-author = Colegul care l-a scris; lipsește când l-a scris echipa sau când autorul a fost șters.
api-docs-field-ColleagueComment-body = Textul; lipsește după ce un administrator l-a ascuns.
api-docs-field-ColleagueComment-by-team = Scris de un membru al echipei propunerii.
api-docs-field-ColleagueComment-hidden-reason = De ce l-a ascuns un administrator.
api-docs-field-ColleagueFeedback-comments = Cele mai vechi primele.
api-docs-field-ColleagueFeedback-may-comment = Apelantul poate comenta acum.
api-docs-field-ColleagueFeedback-may-support = Apelantul o poate susține acum.
api-docs-field-ColleagueFeedback-supported-by-caller = Apelantul o susține.
api-docs-field-ColleagueFeedback-supporters = Câți colegi susțin propunerea.
api-docs-op-get-proposal-comments = Numărul de susțineri ale unei propuneri și comentariile ei, pentru echipa ei, administratorii primăriei și colegi cât timp apelul este deschis.
api-docs-param-get-proposal-comments-id = Id-ul propunerii
api-docs-reply-get-proposal-comments-200 = Numărul de susțineri și comentariile
api-docs-reply-get-proposal-comments-403 = Apelantul nu poate participa la apel ca și coleg
api-docs-reply-get-proposal-comments-404 = Nicio propunere depusă a primăriei cu acest id, al cărei apel permite colegilor să participe și pe care apelantul o poate citi
api-docs-schema-ColleagueComment = Un comentariu la o propunere.
api-docs-schema-ColleagueFeedback = Ce spun colegii despre o propunere.
