# The participation funnel on the network dashboard.
funnel-heading = Imbuto della partecipazione per bando
funnel-rule = Per ogni bando: i dipendenti a cui era aperto, quelli raggiunti da un'email di annuncio, quelli che hanno avviato una proposta o si sono uniti a una (bozze comprese) e quelli che fanno parte di una proposta presentata. Le quote sono calcolate sui dipendenti ammessi. «Non rilevato» significa che per il bando non è stato inviato alcun annuncio via email.
funnel-eligible = Dipendenti ammessi
funnel-reached = Raggiunti da un annuncio
funnel-reached-share = Raggiunti, quota sugli ammessi
funnel-opened = Hanno avviato una proposta o vi hanno aderito
funnel-opened-share = Avviato o aderito, quota sugli ammessi
funnel-submitted = In una proposta presentata
funnel-submitted-share = In una proposta presentata, quota sugli ammessi
funnel-chart-unit = persone, con la quota sugli ammessi
funnel-step = { $count } ({ $share } degli ammessi)
funnel-step-name = Passaggio
funnel-share = quota sugli ammessi
