# Colleagues who support and comment, and moderation.

colleagues-call-setting = A kollégák támogathatják és véleményezhetik a beadott javaslatokat, amíg a pályázat nyitva van
colleagues-call-setting-hint = A város részvételre jogosult munkatársai – ha nem tagjai a javaslat csapatának és a zsűrinek – egyszer támogathatnak egy javaslatot, és a határidőig hozzászólhatnak; a zsűritagok csak azt látják, hány kolléga támogatja a javaslatot.
colleagues-admin-title = A kollégák hozzászólásai
colleagues-admin-intro = A pályázat javaslataihoz írt összes hozzászólás, a legújabbal kezdve. Az elrejtett hozzászólás ezen az oldalon megmarad, olvasói pedig a szöveg helyett az elrejtés okát látják.
colleagues-list-title = Támogassa kollégái javaslatait
colleagues-list-intro = Az eddig beadott javaslatok, szerzőik nélkül. Támogassa azokat, amelyekben hisz, és szóljon hozzá, hogy jobbak legyenek – a határidőig.
colleagues-list-empty = Még egyetlen javaslatot sem adtak be.
colleagues-back-to-call = Vissza a pályázathoz
colleagues-back-to-list = Vissza a javaslatokhoz
colleagues-back-to-proposal = Vissza a javaslatához
colleagues-supporters = { $count ->
    [0] Még egy kolléga sem támogatja ezt a javaslatot.
    [one] Egy kolléga támogatja ezt a javaslatot.
   *[other] { $count } kolléga támogatja ezt a javaslatot.
}
colleagues-comments-count = { $count ->
    [0] nincs hozzászólás
    [one] egy hozzászólás
   *[other] { $count } hozzászólás
}
colleagues-by-team = A javaslat csapata
colleagues-former-colleague = Egy volt kolléga
colleagues-hidden = Az adminisztrátor elrejtette: { $reason }
colleagues-support-heading = Támogatás
colleagues-you-support = Ön támogatja ezt a javaslatot. Ezt csak Ön látja.
colleagues-support = Támogatom a javaslatot
colleagues-unsupport = Visszavonom a támogatásomat
colleagues-team-note = Ez az Ön csapatának javaslata: a kollégák támogathatják, Ön nem.
colleagues-closed = A pályázat már nincs nyitva: a támogatás és a hozzászólás lezárult.
colleagues-comments-heading = Hozzászólások
colleagues-no-comments = Még nincs hozzászólás.
colleagues-comment-label = Az Ön hozzászólása
colleagues-comment-hint = { $max ->
    [one] Legfeljebb egy karakter. A nevét a csapat és a kollégák látják, a zsűri soha.
   *[other] Legfeljebb { $max } karakter. A nevét a csapat és a kollégák látják, a zsűri soha.
}
colleagues-comment-send = Hozzászólás elküldése
colleagues-error-body = { $max ->
    [one] Írjon legfeljebb egy karakteres hozzászólást.
   *[other] Írjon 1–{ $max } karakteres hozzászólást.
}
colleagues-error-reason = { $max ->
    [one] Adjon meg legfeljebb egy karakteres indoklást.
   *[other] Adjon meg 1–{ $max } karakteres indoklást.
}
colleagues-error-own = Ön tagja a javaslat csapatának: csak a kollégák támogathatják.
colleagues-hide-confirm-title = Elrejti ezt a hozzászólást?
colleagues-hide-consequence = A(z) „{ $proposal }” javaslathoz írt hozzászólást a csapat és a kollégák többé nem látják; azt látják, hogy az adminisztrátor elrejtette, és miért. A művelet bekerül a naplóba.
colleagues-hide = Hozzászólás elrejtése
colleagues-hide-reason = Az olvasóknak mutatott indok
colleagues-team-link = Mit mondanak a kollégák erről a javaslatról

# The API documentation of colleagues' feedback.
api-docs-field-ColleagueComment-author = A hozzászólást író kolléga; üres, ha a csapat írta, vagy ha a szerzőt törölték.
api-docs-field-ColleagueComment-body = A szöveg; üres, miután egy adminisztrátor elrejtette.
api-docs-field-ColleagueComment-by-team = A javaslat csapatának egyik tagja írta.
api-docs-field-ColleagueComment-hidden-reason = Miért rejtette el egy adminisztrátor.
api-docs-field-ColleagueFeedback-comments = A legrégebbivel kezdve.
api-docs-field-ColleagueFeedback-may-comment = A hívó most hozzászólhat.
api-docs-field-ColleagueFeedback-may-support = A hívó most támogathatja.
api-docs-field-ColleagueFeedback-supported-by-caller = A hívó támogatja.
api-docs-field-ColleagueFeedback-supporters = Hány kolléga támogatja a javaslatot.
api-docs-op-get-proposal-comments = Egy javaslat támogatóinak száma és a hozzászólások – a javaslat csapatának, a város adminisztrátorainak és, amíg a pályázat nyitva van, a kollégáknak.
api-docs-param-get-proposal-comments-id = A javaslat azonosítója
api-docs-reply-get-proposal-comments-200 = A támogatók száma és a hozzászólások
api-docs-reply-get-proposal-comments-403 = A hívó kollégaként nem vehet részt a pályázaton
api-docs-reply-get-proposal-comments-404 = Nincs a városnak ilyen azonosítójú beadott javaslata, amelynek pályázata engedi a kollégák részvételét, és amelyet a hívó olvashat
api-docs-schema-ColleagueComment = Hozzászólás egy javaslathoz.
api-docs-schema-ColleagueFeedback = Mit mondanak a kollégák egy javaslatról.
