# Avaliação anónima pelo júri: as páginas do jurado, o júri do lado do administrador, a classificação e as decisões.

review-title = Avaliações
review-blind-note = Cada proposta é apresentada sem os respetivos autores: sem nomes, divisões nem datas. Avalie a ideia pelo seu mérito.
review-no-calls = Não faz parte do júri de nenhum concurso.
review-call = Concurso
review-scoring = Pontuação
review-your-progress = Progresso
review-progress = { $done } de { $total } pontuadas
review-state-not-started = A pontuação ainda não começou
review-state-open = A pontuação está aberta
review-state-closed = A pontuação está encerrada
review-none-assigned = Ainda não lhe foi atribuída nenhuma proposta.
review-proposal = Proposta
review-label = Proposta { $n }
review-scored = Pontuada
review-partly-scored = Parcialmente pontuada
review-not-scored = Ainda não pontuada
review-back = Voltar às suas propostas
review-attachment = Anexo { $n } ({ $kind }, { $kib } KB)
review-scores = As suas pontuações
review-scale = Pontuação de 1 a { $scale } · peso { $weight }
review-comment = Comentário (opcional)
review-save = Guardar as pontuações
review-saved = As suas pontuações foram guardadas. Pode alterá-las até ao encerramento da pontuação.
review-closed-note = A pontuação está encerrada: estas pontuações são definitivas.
review-conflict-heading = Conflito de interesses
review-conflict-reason = Motivo pelo qual não deve avaliar esta proposta (opcional, visível para os administradores da cidade)
review-conflict-declare = Declarar um conflito e passar esta proposta a outro jurado
review-error-score = Indique um número inteiro dentro da escala deste critério ou deixe o campo vazio.
review-error-comment = Um comentário pode ter, no máximo, 2000 caracteres.
review-error-reason = O motivo pode ter, no máximo, 500 caracteres.
review-error-changed = Entretanto, as suas pontuações foram alteradas noutra janela. Recarregue a página para as ver.
review-error-no-jury = Constitua o júri antes de iniciar a avaliação.

review-admin-title = Júri e avaliação
review-kind-employee = Trabalhador
review-kind-expert = Especialista externo
jury-title = Júri
jury-empty = O júri ainda não tem membros.
jury-kind = Tipo
jury-conflicts = Conflitos declarados
jury-remove = Remover
jury-add-email = Endereço de e-mail da pessoa a adicionar
jury-add-hint = Um trabalhador do município ou um especialista externo que convidou como jurado. Os administradores da cidade não podem avaliar.
jury-add = Adicionar ao júri
jury-error-unknown-person = Nenhuma pessoa ativa na cidade tem este endereço de e-mail. Convide primeiro os especialistas externos.
jury-error-admin = Os administradores da cidade veem quem escreveu cada proposta, pelo que não podem ser jurados.
jury-error-role = Só os trabalhadores e os jurados convidados podem fazer parte de um júri.
jury-error-already = Esta pessoa já faz parte do júri.
jury-error-has-reviews = Este jurado já tem propostas para avaliar e não pode ser removido.
review-assignment = Atribuição
review-not-in-review = O concurso não está em avaliação: as propostas são atribuídas depois de terminado o prazo.
review-start = Iniciar a avaliação: atribuir as propostas
review-assign-missing = Atribuir as avaliações em falta
review-all-assigned = Todas as propostas têm todos os avaliadores necessários.
review-short-heading = Propostas sem avaliadores suficientes
review-short-missing = Avaliações em falta
review-short-why = Motivo
review-short-jurors = { $jurors ->
    [one] O júri tem apenas { $jurors } membro.
   *[other] O júri tem apenas { $jurors } membros.
}
review-short-conflicts = Dos restantes jurados: { $division } da mesma divisão que a equipa, { $declared } com conflito declarado, { $eligible } em condições de a avaliar.
review-close = Encerrar a pontuação
ranking-title = Classificação
ranking-formula = As pontuações ponderadas de cada jurado (0–100) são padronizadas (z = (pontuação − média do jurado) / desvio-padrão do jurado), para que um jurado exigente e um jurado benevolente tenham o mesmo peso; a classificação segue a média destas pontuações z. As fórmulas constam da documentação.
ranking-table = Propostas por pontuação normalizada
ranking-rank = Posição
ranking-normalised = Pontuação normalizada
ranking-mean = Pontuação média
ranking-spread = Dispersão
ranking-spread-value = dispersão de { $spread } pontos
ranking-by-juror = Pontuação por jurado
ranking-reviews = Avaliações
ranking-missing = avaliações em falta
ranking-tie = empate
agreement-title = Concordância entre jurados
agreement-alpha = Alfa de Krippendorff: { $alpha }
agreement-high = os jurados estão em boa concordância.
agreement-moderate = os jurados concordam apenas em parte: discutam as propostas controversas.
agreement-low = os jurados não estão de acordo: discutam as propostas controversas antes de decidir.
agreement-undefined = não há propostas suficientes com duas ou mais avaliações completas para a medir.
agreement-contested = Maior dispersão entre jurados
decision-label = Decisão
decision-undecided = Por decidir
decision-shortlist = Pré-selecionada
decision-award = Prémio: { $award }
decision-award-plain = Prémio (sem prémio designado)
decision-not-selected = Não selecionada
decision-save = Guardar
results-publish-heading = Divulgar os resultados
results-publish-note = Todas as propostas não premiadas passam a «não selecionadas», as premiadas passam à fase de implementação e todas as equipas são informadas.
results-publish = Divulgar os resultados
results-published = Os resultados foram divulgados.

sealing-title = Identidades sob sigilo
sealing-active = Este concurso mantém as identidades sob sigilo: até aos resultados, ninguém, nem mesmo os administradores, vê quem escreveu uma proposta.
sealing-hidden = sob sigilo
sealing-open = As identidades estão visíveis.
sealing-reason = Motivo para levantar o sigilo das identidades antes dos resultados
sealing-request = Pedir o levantamento do sigilo
sealing-requested = { $name } pediu o levantamento do sigilo das identidades. Um segundo administrador tem de confirmar.
sealing-confirm = Confirmar: levantar o sigilo das identidades
sealing-second-admin = Outro administrador tem de confirmar.
sealing-error-reason = Indique um motivo com, no máximo, 500 caracteres.
sealing-error-no-request = Ninguém pediu o levantamento do sigilo das identidades.
sealing-error-same-admin = Um segundo administrador tem de confirmar: o pedido foi feito por si.
sealing-mentions = Algumas propostas mencionam alguém da própria equipa. O júri veria essa menção: peça à equipa que a retire antes de iniciar a avaliação.
sealing-field-file-name = o nome de um ficheiro anexo

notification-review-assigned = Tem propostas para avaliar.
notification-awarded = A sua proposta «{ $title }» ganhou um prémio: { $award }.
notification-not-selected = Os resultados foram divulgados: desta vez, a sua proposta «{ $title }» não foi selecionada.

admin-call-seal = Manter as identidades sob sigilo: até aos resultados, nem os administradores veem quem escreveu uma proposta (define-se enquanto o concurso está em rascunho)
call-results-heading = Resultados
call-results-by = de { $names }
decision-error-award-given = Este prémio já foi atribuído
    .detail = Outra proposta deste concurso já o recebeu: altere primeiro a decisão sobre essa proposta.
decision-error-unknown = Esta decisão não é uma das que o concurso oferece
    .detail = Escolha undecided, shortlist, award-N (o prémio N do concurso, a partir de 0), award ou not_selected.
sealing-error-on-jury = Quem faz parte do júri deste concurso não pode abrir as identidades: outro administrador tem de o fazer.

redaction-passage = Passagem a ocultar do júri
redaction-redact = Ocultar
redaction-hint = Escreva exatamente as palavras a ocultar (um nome, um email): os jurados leem «[ocultado]» no seu lugar, a equipa mantém o seu texto e cada ocultação fica registada no registo de auditoria.
redaction-heading = Passagens ocultadas do júri
redaction-mark = [ocultado]
redaction-error-passage = Escreva a passagem a ocultar, com 500 caracteres no máximo.
redaction-error-not-found = Esta parte da proposta não contém essa passagem: escreva-a exatamente como está escrita.

# Employees know where they stand (issue 20): an award without a name
notification-awarded-plain = A sua proposta «{ $title }» ganhou um prémio.

# issue 20, rule 2: what is missing before a decision, the ranking in plain words, the admin's full proposal
decide-missing-heading = O que falta antes de decidir
decide-nothing-missing = Não falta nada: todas as avaliações estão feitas e cada jurado pontuou.
decide-reviews-missing = { $count ->
    [one] { $count } de { $expected } avaliações não está feita.
   *[other] { $count } de { $expected } avaliações não estão feitas.
}
decide-idle-jurors = { $count ->
    [one] { $count } de { $jurors } jurados não pontuou nada: { $names }.
   *[other] { $count } de { $jurors } jurados não pontuaram nada: { $names }.
}
decide-unassignable = { $count ->
    [one] { $count } proposta não pode receber todas as suas avaliações deste júri.
   *[other] { $count } propostas não podem receber todas as suas avaliações deste júri.
}
decide-undecided = { $count ->
    [one] { $count } proposta não tem decisão: a publicação torna-a «não selecionada».
   *[other] { $count } propostas não têm decisão: a publicação torna-as «não selecionadas».
}
decide-short-list = Propostas abaixo do número de avaliações previsto
decide-undecided-list = Propostas sem decisão
confirm-publish-teams = { $count ->
    [one] { $count } equipa recebe de imediato o seu resultado, por notificação e por email.
   *[other] { $count } equipas recebem de imediato o seu resultado, por notificação e por email.
}
ranking-winner = Vencedora
ranking-award-sponsor = patrocinador: { $sponsor }
ranking-award-prize = prémio: { $prize }
ranking-normalised-explained = A pontuação normalizada diz quanto esta proposta ficou acima ou abaixo da média de cada jurado, para que um jurado exigente e um generoso contem o mesmo. 0 é a média; acima de 0 é melhor do que a média.
formula-summary = Como se calcula
agreement-explained = A concordância diz se os jurados julgaram da mesma forma as mesmas propostas. A partir de 0,8 os jurados concordam bem; entre 0,667 e 0,8 concordam no geral: discutam as propostas controversas; abaixo de 0,667 discordam: discutam antes de decidir.
agreement-formula = Alfa de Krippendorff para dados intervalares sobre as pontuações ponderadas: α = 1 − D_o / D_e, em que D_o é o desacordo entre os jurados de uma mesma proposta e D_e o desacordo esperado por acaso sobre todas as pontuações. 1 é acordo total; 0 não é melhor do que o acaso.
dossier-created = Iniciada em
dossier-updated = Última alteração em
dossier-draft = É um rascunho: a equipa ainda não o submeteu, por isso o texto continua a ser dela até o submeter.
dossier-team-sealed = Sob sigilo: o concurso oculta a equipa até aos resultados.
dossier-reviews = Avaliações
dossier-reviews-later = As avaliações aparecem aqui quando a pontuação estiver encerrada.
dossier-conflict = Declarou um conflito
dossier-criterion = Critério
dossier-score-heading = Pontuação
dossier-score = { $score } / { $scale }
dossier-not-scored = Ainda não pontuada.
dossier-comment = Comentário
dossier-weighted = Pontuação ponderada (0–100)
