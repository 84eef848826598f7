# An edition's whole life: archiving, new editions, network templates.

admin-call-archive = Arhivează apelul
admin-call-offer-template = Oferă rețelei ca șablon
admin-call-withdraw-template = Retrage șablonul
call-archived-on = Arhivat la { $date }
call-fact-archived = Arhivat
call-template-since = Oferit rețelei ca șablon din { $date }.
call-archived-read-only = Acest apel este arhivat: nici el, nici propunerile, evaluările, deciziile și proiectele sale nu mai pot fi modificate.
call-origin = Pornit de la:
call-start-from = Pornește de la un apel existent
call-start-from-city = O nouă ediție a unuia dintre apelurile dumneavoastră
call-start-from-network = Din rețea
call-templates-none = Niciun alt oraș nu oferă încă un apel ca șablon.
call-start-blank = Sau pornește de la un apel gol
call-year = An
call-new-edition = Ediție nouă
call-copy-template = Copiază acest șablon
call-copy-done = A fost creată o nouă ciornă din apel, cu datele mutate cu ani întregi. Verificați-o înainte de publicare.
call-copy-dropped-categories = Aceste categorii nu au corespondent printre cele ale orașului dumneavoastră și au fost omise: { $categories }.
call-copy-unknown-attribute = Regula de eligibilitate folosește atributul „{ $attribute }”, pe care orașul dumneavoastră nu îl are: ciorna este deschisă tuturor angajaților până când stabiliți o regulă.
confirm-archive-call-title = Arhivați „{ $call }”?
confirm-archive-call-read-only = Apelul, propunerile, evaluările, deciziile și proiectele sale devin definitiv doar pentru citire; apelul rămâne în toate cifrele rețelei.
confirm-archive-call-open-projects = { $count ->
    [0] Niciun proiect nu mai este deschis.
    [one] { $count } proiect este încă deschis și va rămâne așa:
   *[other] { $count } proiecte sunt încă deschise și vor rămâne așa:
}
confirm-archive-call-project = { $title } ({ $status })
confirm-archive-call-button = Arhivează
confirm-template-title = Oferiți „{ $call }” rețelei ca șablon?
confirm-template-shown = Administratorii fiecărui oraș vor vedea textele, categoriile, criteriile, eligibilitatea, premiile și setările și le vor putea copia; nu se afișează niciun nume de persoană și nicio propunere.
confirm-template-withdraw = Îl puteți retrage oricând; copiile deja făcute își păstrează legătura cu el.
confirm-template-button = Oferă ca șablon
network-formats-travelled = Formate de apel care au circulat
