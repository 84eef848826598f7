# Equipas entre divisões dos concursos de cocriação: a procura de
# equipas, as candidaturas, as partes interessadas e a regra de composição.

teams-title = Procura de equipas
teams-rule = { $divisions ->
    [0] Equipas de { $min } a { $max } membros.
    [one] Equipas de { $min } a { $max } membros, de pelo menos uma divisão.
   *[other] Equipas de { $min } a { $max } membros, de pelo menos { $divisions } divisões diferentes.
}
teams-not-forming = As equipas só se formam durante a fase de cocriação do concurso: pode consultá-las, mas não criar uma nem candidatar-se agora.
teams-none = Ainda não foi selecionado nenhum desafio.
teams-standing = { $members ->
    [one] Um membro
   *[other] { $members } membros
}, { $divisions ->
    [one] uma divisão
   *[other] { $divisions } divisões
}
teams-needs-members = { $count ->
    [one] Falta ainda um membro.
   *[other] Faltam ainda { $count } membros.
}
teams-needs-divisions = { $count ->
    [one] Precisa de alguém de mais uma divisão.
   *[other] Precisa de pessoas de mais { $count } divisões.
}
teams-divisions = Divisões na equipa
teams-lacking = Divisões abrangidas pelo desafio que ainda faltam à equipa
teams-no-team = Ainda ninguém criou a equipa deste desafio.
teams-members = Membros
teams-lead = responsável
teams-pending = convidado, ainda não aceitou
teams-accepted = aceitou
teams-open-draft = Abrir o rascunho da equipa
teams-stakeholders = Partes interessadas externas
teams-offers = Pessoas que se candidataram
teams-invite = Convidar para a equipa
teams-start = Criar a equipa deste desafio
teams-offer-message = O que traria a esta equipa
teams-offer-hint = Uma ou duas frases, por exemplo «Trabalho na habitação, conheço os procedimentos de despejo». No máximo 500 caracteres.
teams-offer = Candidatar-me
teams-offer-again = Alterar a minha candidatura
teams-withdraw-offer = Retirar a minha candidatura
teams-back-to-call = Voltar ao concurso
teams-name = Nome
teams-division = Divisão
teams-stakeholders-intro = Organizações externas à câmara que trabalham com a equipa (associações, redes, entidades públicas ou privadas). Não precisam de conta.
teams-stakeholders-none = Ainda não há partes interessadas.
teams-organisation = Organização
teams-contact = Pessoa de contacto
teams-contribution = O que traz
teams-add-stakeholder = Adicionar uma parte interessada
teams-remove-stakeholder = Remover
teams-remove-stakeholder-title = Remover esta parte interessada?
teams-remove-stakeholder-consequence = { $organisation } deixará de constar entre as partes interessadas da equipa.

team-error-not-forming = As equipas só se formam durante a fase de cocriação do concurso.
team-error-started = Este desafio já tem uma equipa: candidate-se a ela.
team-error-on-team = Já faz parte desta equipa.
team-error-from-challenge = Num concurso de cocriação uma proposta é uma equipa: crie-a a partir de um dos desafios do concurso na procura de equipas.
team-error-too-small = { $min ->
    [one] A equipa precisa de pelo menos um membro que tenha aceitado.
   *[other] A equipa tem { $size } membros que aceitaram; este concurso exige pelo menos { $min }.
}
team-error-too-large = A equipa tem { $size } membros; este concurso aceita no máximo { $max }.
team-error-divisions = { $count ->
    [0] Nenhum membro da equipa pertence a uma divisão; este concurso exige { $needed } divisões: junte pessoas de divisões diferentes.
    [one] A equipa abrange uma divisão ({ $divisions }); este concurso exige { $needed }: junte alguém de outra divisão.
   *[other] A equipa abrange { $count } divisões ({ $divisions }); este concurso exige { $needed }: junte alguém de outra divisão.
}
team-error-divisions-example = { $count ->
    [0] Nenhum membro da equipa pertence a uma divisão; este concurso exige { $needed } divisões: junte pessoas de divisões diferentes, por exemplo { $example }.
    [one] A equipa abrange uma divisão ({ $divisions }); este concurso exige { $needed }: junte alguém de outra divisão, por exemplo { $example }.
   *[other] A equipa abrange { $count } divisões ({ $divisions }); este concurso exige { $needed }: junte alguém de outra divisão, por exemplo { $example }.
}
