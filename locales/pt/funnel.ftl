# The participation funnel on the network dashboard.
funnel-heading = Funil de participação por concurso
funnel-rule = Para cada concurso: os trabalhadores a quem estava aberto, os que receberam um email de anúncio, os que iniciaram uma proposta ou se juntaram a uma (rascunhos incluídos) e os que constam de uma proposta apresentada. As percentagens são calculadas sobre os trabalhadores elegíveis. «Não registado» significa que o concurso não enviou nenhum anúncio por email.
funnel-eligible = Trabalhadores elegíveis
funnel-reached = Alcançados por um anúncio
funnel-reached-share = Alcançados, percentagem dos elegíveis
funnel-opened = Iniciaram ou juntaram-se a uma proposta
funnel-opened-share = Iniciaram ou juntaram-se a uma proposta, percentagem dos elegíveis
funnel-submitted = Numa proposta apresentada
funnel-submitted-share = Numa proposta apresentada, percentagem dos elegíveis
funnel-chart-unit = pessoas, com a percentagem dos elegíveis
funnel-step = { $count } ({ $share } dos elegíveis)
funnel-step-name = Etapa
funnel-share = percentagem dos elegíveis
