# The participation funnel on the network dashboard.
funnel-heading = Pâlnia participării pe apel
funnel-rule = Pentru fiecare apel: angajații cărora le era deschis, cei la care a ajuns un e-mail de anunț, cei care au început o propunere sau s-au alăturat uneia (inclusiv ciorne) și cei care fac parte dintr-o propunere depusă. Ponderile sunt calculate din angajații eligibili. „Neînregistrat” înseamnă că pentru apel nu s-a trimis niciun anunț prin e-mail.
funnel-eligible = Angajați eligibili
funnel-reached = Contactați printr-un anunț
funnel-reached-share = Contactați, pondere din eligibili
funnel-opened = Au început sau s-au alăturat unei propuneri
funnel-opened-share = Au început sau s-au alăturat unei propuneri, pondere din eligibili
funnel-submitted = Într-o propunere depusă
funnel-submitted-share = Într-o propunere depusă, pondere din eligibili
funnel-chart-unit = persoane, cu ponderea lor din eligibili
funnel-step = { $count } ({ $share } din eligibili)
funnel-step-name = Etapă
funnel-share = pondere din eligibili
