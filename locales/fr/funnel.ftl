# The participation funnel on the network dashboard.
funnel-heading = Entonnoir de participation par appel
funnel-rule = Pour chaque appel : les agents à qui il était ouvert, ceux qu’un courriel d’annonce a atteints, ceux qui ont commencé une proposition ou en ont rejoint une (brouillons compris) et ceux qui figurent dans une proposition déposée. Les parts sont calculées sur les agents éligibles. « Non renseigné » signifie que l’appel n’a envoyé aucune annonce par courriel.
funnel-eligible = Agents éligibles
funnel-reached = Atteints par une annonce
funnel-reached-share = Atteints, part des éligibles
funnel-opened = Ont commencé ou rejoint une proposition
funnel-opened-share = Ont commencé ou rejoint une proposition, part des éligibles
funnel-submitted = Dans une proposition déposée
funnel-submitted-share = Dans une proposition déposée, part des éligibles
funnel-chart-unit = personnes, avec leur part des éligibles
funnel-step = { $count } ({ $share } des éligibles)
funnel-step-name = Étape
funnel-share = part des éligibles
