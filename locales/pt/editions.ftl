# An edition's whole life: archiving, new editions, network templates.

admin-call-archive = Arquivar a chamada
admin-call-offer-template = Oferecer à rede como modelo
admin-call-withdraw-template = Retirar o modelo
call-archived-on = Arquivada em { $date }
call-fact-archived = Arquivada
call-template-since = Oferecida à rede como modelo desde { $date }.
call-archived-read-only = Esta chamada está arquivada: ela, as suas propostas, avaliações, decisões e projetos já não podem ser alterados.
call-origin = Criada a partir de:
call-start-from = Partir de uma chamada existente
call-start-from-city = Uma nova edição de uma das suas chamadas
call-start-from-network = Da rede
call-templates-none = Nenhuma outra cidade oferece ainda uma chamada como modelo.
call-start-blank = Ou começar com uma chamada em branco
call-year = Ano
call-new-edition = Nova edição
call-copy-template = Copiar este modelo
call-copy-done = Foi criado um novo rascunho a partir da chamada, com as datas movidas em anos inteiros. Verifique-o antes de o publicar.
call-copy-dropped-categories = Estas categorias não têm correspondência entre as da sua cidade e foram deixadas de fora: { $categories }.
call-copy-unknown-attribute = A regra de elegibilidade usa o atributo «{ $attribute }», que a sua cidade não tem: o rascunho fica aberto a todos os trabalhadores até definir uma regra.
confirm-archive-call-title = Arquivar «{ $call }»?
confirm-archive-call-read-only = A chamada, as suas propostas, avaliações, decisões e projetos passam a ser só de leitura de vez; a chamada continua em todos os números da rede.
confirm-archive-call-open-projects = { $count ->
    [0] Nenhum projeto continua aberto.
    [one] { $count } projeto continua aberto e ficará como está:
   *[other] { $count } projetos continuam abertos e ficarão como estão:
}
confirm-archive-call-project = { $title } ({ $status })
confirm-archive-call-button = Arquivar
confirm-template-title = Oferecer «{ $call }» à rede como modelo?
confirm-template-shown = Os administradores de cada cidade verão os textos, categorias, critérios, elegibilidade, prémios e definições, e poderão copiá-los; não é mostrado nenhum nome de pessoa nem nenhuma proposta.
confirm-template-withdraw = Pode retirá-lo a qualquer momento; as cópias já feitas mantêm a ligação.
confirm-template-button = Oferecer como modelo
network-formats-travelled = Formatos de chamada que viajaram
