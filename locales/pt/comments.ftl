# Colleagues who support and comment, and moderation.

colleagues-call-setting = Os colegas podem apoiar e comentar as propostas submetidas enquanto o concurso está aberto
colleagues-call-setting-hint = Os trabalhadores do município que podem participar, se não fizerem parte da equipa da proposta nem do júri, apoiam uma proposta uma vez e comentam-na até ao prazo; os jurados só veem quantos colegas apoiam uma proposta.
colleagues-admin-title = Comentários dos colegas
colleagues-admin-intro = Todos os comentários às propostas deste concurso, dos mais recentes para os mais antigos. Um comentário ocultado continua nesta página e os leitores veem o motivo em vez do texto.
colleagues-list-title = Apoie as propostas dos seus colegas
colleagues-list-intro = As propostas submetidas até agora, sem os autores. Apoie aquelas em que acredita e comente para as ajudar a melhorar, até ao prazo.
colleagues-list-empty = Ainda não foi submetida nenhuma proposta.
colleagues-back-to-call = Voltar ao concurso
colleagues-back-to-list = Voltar às propostas
colleagues-back-to-proposal = Voltar à sua proposta
colleagues-supporters = { $count ->
    [0] Nenhum colega apoia ainda esta proposta.
    [one] Um colega apoia esta proposta.
   *[other] { $count } colegas apoiam esta proposta.
}
colleagues-comments-count = { $count ->
    [0] nenhum comentário
    [one] um comentário
   *[other] { $count } comentários
}
colleagues-by-team = A equipa da proposta
colleagues-former-colleague = Um antigo colega
colleagues-hidden = Ocultado pelo administrador: { $reason }
colleagues-support-heading = Apoio
colleagues-you-support = Apoia esta proposta. Mais ninguém o vê.
colleagues-support = Apoiar esta proposta
colleagues-unsupport = Retirar o meu apoio
colleagues-team-note = É a proposta da sua equipa: só os colegas a podem apoiar.
colleagues-closed = O concurso já não está aberto: apoios e comentários estão encerrados.
colleagues-comments-heading = Comentários
colleagues-no-comments = Ainda não há comentários.
colleagues-comment-label = O seu comentário
colleagues-comment-hint = { $max ->
    [one] No máximo um carácter. O seu nome é visível para a equipa e os colegas, nunca para o júri.
   *[other] No máximo { $max } caracteres. O seu nome é visível para a equipa e os colegas, nunca para o júri.
}
colleagues-comment-send = Enviar o comentário
colleagues-error-body = { $max ->
    [one] Escreva um comentário com no máximo um carácter.
   *[other] Escreva um comentário de 1 a { $max } caracteres.
}
colleagues-error-reason = { $max ->
    [one] Indique um motivo com no máximo um carácter.
   *[other] Indique um motivo de 1 a { $max } caracteres.
}
colleagues-error-own = Faz parte da equipa desta proposta: só os colegas a podem apoiar.
colleagues-hide-confirm-title = Ocultar este comentário?
colleagues-hide-consequence = O comentário a «{ $proposal }» deixa de ser mostrado à equipa e aos colegas; verão que o administrador o ocultou, e o motivo. A ação fica registada no registo de auditoria.
colleagues-hide = Ocultar o comentário
colleagues-hide-reason = Motivo mostrado aos leitores
colleagues-team-link = O que os colegas dizem desta proposta

# The API documentation of colleagues' feedback.
api-docs-field-ColleagueComment-author = O colega que o escreveu; ausente quando foi a equipa a escrevê-lo ou o autor foi apagado.
api-docs-field-ColleagueComment-body = O texto; ausente depois de um administrador o ocultar.
api-docs-field-ColleagueComment-by-team = Escrito por um membro da equipa da proposta.
api-docs-field-ColleagueComment-hidden-reason = Porque é que um administrador o ocultou.
api-docs-field-ColleagueFeedback-comments = Do mais antigo para o mais recente.
api-docs-field-ColleagueFeedback-may-comment = Quem chama pode comentar agora.
api-docs-field-ColleagueFeedback-may-support = Quem chama pode apoiá-la agora.
api-docs-field-ColleagueFeedback-supported-by-caller = Quem chama apoia-a.
api-docs-field-ColleagueFeedback-supporters = Quantos colegas apoiam a proposta.
api-docs-op-get-proposal-comments = O número de apoios de uma proposta e os seus comentários, para a sua equipa, os administradores do município e os colegas enquanto o concurso está aberto.
api-docs-param-get-proposal-comments-id = O id da proposta
api-docs-reply-get-proposal-comments-200 = O número de apoios e os comentários
api-docs-reply-get-proposal-comments-403 = Quem chama não pode participar no concurso como colega
api-docs-reply-get-proposal-comments-404 = Nenhuma proposta submetida do município com este id, cujo concurso deixe os colegas participar e que quem chama possa ler
api-docs-schema-ColleagueComment = Um comentário a uma proposta.
api-docs-schema-ColleagueFeedback = O que os colegas dizem de uma proposta.
