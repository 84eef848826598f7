# The participation funnel on the network dashboard.
funnel-heading = Részvételi tölcsér pályázatonként
funnel-rule = Pályázatonként: a részvételre jogosult munkatársak, akikhez eljutott egy meghirdető e-mail, akik javaslatot kezdtek vagy csatlakoztak egyhez (a piszkozatokat is beleértve), és akik egy beadott javaslat csapatában vannak. Az arányok a részvételre jogosultakhoz viszonyítanak. A „nincs rögzítve” azt jelenti, hogy a pályázatról nem ment ki e-mailes meghirdetés.
funnel-eligible = Részvételre jogosult munkatársak
funnel-reached = Meghirdetés elérte
funnel-reached-share = Elérte, a jogosultak arányában
funnel-opened = Javaslatot kezdett vagy csatlakozott
funnel-opened-share = Javaslatot kezdett vagy csatlakozott, a jogosultak arányában
funnel-submitted = Beadott javaslat csapatában
funnel-submitted-share = Beadott javaslat csapatában, a jogosultak arányában
funnel-chart-unit = fő, a jogosultakhoz viszonyított arányukkal
funnel-step = { $count } (a jogosultak { $share }-a)
funnel-step-name = Lépés
funnel-share = a jogosultak arányában
