# The participation funnel on the network dashboard.
funnel-heading = Deelnametrechter per oproep
funnel-rule = Per oproep: de medewerkers voor wie ze openstond, wie een aankondigingsmail bereikte, wie een voorstel begon of zich bij een voorstel aansloot (concepten meegeteld) en wie in een ingediend voorstel staat. Aandelen zijn berekend op de deelnamegerechtigde medewerkers. “Niet vastgelegd” betekent dat voor de oproep geen aankondiging per e-mail is verstuurd.
funnel-eligible = Deelnamegerechtigde medewerkers
funnel-reached = Bereikt door een aankondiging
funnel-reached-share = Bereikt, aandeel van de gerechtigden
funnel-opened = Begonnen aan of aangesloten bij een voorstel
funnel-opened-share = Begonnen of aangesloten, aandeel van de gerechtigden
funnel-submitted = In een ingediend voorstel
funnel-submitted-share = In een ingediend voorstel, aandeel van de gerechtigden
funnel-chart-unit = personen, met hun aandeel van de gerechtigden
funnel-step = { $count } ({ $share } van de gerechtigden)
funnel-step-name = Stap
funnel-share = aandeel van de gerechtigden
