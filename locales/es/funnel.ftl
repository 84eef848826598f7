# The participation funnel on the network dashboard.
funnel-heading = Embudo de participación por convocatoria
funnel-rule = Para cada convocatoria: el personal al que estaba abierta, las personas a las que llegó un correo de anuncio, las que iniciaron una propuesta o se unieron a una (borradores incluidos) y las que figuran en una propuesta presentada. Los porcentajes se calculan sobre el personal con derecho a participar. «No registrado» significa que la convocatoria no envió ningún anuncio por correo.
funnel-eligible = Personal con derecho a participar
funnel-reached = Alcanzadas por un anuncio
funnel-reached-share = Alcanzadas, porcentaje del personal con derecho
funnel-opened = Iniciaron una propuesta o se unieron a una
funnel-opened-share = Iniciaron o se unieron, porcentaje del personal con derecho
funnel-submitted = En una propuesta presentada
funnel-submitted-share = En una propuesta presentada, porcentaje del personal con derecho
funnel-chart-unit = personas, con su porcentaje del personal con derecho
funnel-step = { $count } ({ $share } del personal con derecho)
funnel-step-name = Paso
funnel-share = porcentaje del personal con derecho
