/** Portuguese: inviting participants and joining a workshop. */
export const join = {
  invite: {
    title: 'Convidar participantes',
    intro:
      'Os participantes leem este código ou abrem o link no telefone. Envie também o link com antecedência (WhatsApp, email): um telefone que o abre uma vez com ligação fica pronto para entrar e pontuar sem rede. As respostas chegam aqui por sincronização, ou dos telefones sem rede (mais abaixo).',
    qr: 'Código QR do link para entrar neste seminário',
    link: 'Link para entrar',
    copy: 'Copiar link',
    copied: 'Link copiado.',
    rotate: 'Criar um novo link (o antigo deixa de funcionar)',
    rotated: 'Novo link criado. É enviado ao servidor assim que houver ligação.',
    ready: 'Pronto para os telemóveis: o servidor já tem este link e os telemóveis podem entrar.',
    sending: 'A enviar o link ao servidor… Os telemóveis poderão entrar dentro de momentos.',
    offline: 'Sem ligação: o servidor ainda não tem este link. Os telemóveis que já abriram o link entram sem rede lendo este código; os outros, quando este dispositivo voltar a ter ligação.',
    elsewhere: 'O convite deste workshop foi criado noutro dispositivo (o de um cofacilitador, ou outro dispositivo com a sua chave). Os telemóveis entram com o link ou o código QR mostrado lá.',
    replaceHelp:
      'Um novo convite substitui esse: os telemóveis que abrirem o link antigo já não podem entrar, e os que entraram com ele deixam de sincronizar até abrirem o novo link. As respostas ficam seguras nos telemóveis.',
    replace: 'Criar um novo convite',
    needsSecure: 'Para convidar, a aplicação tem de estar aberta em https.',
  },
  joinScreen: {
    title: 'Entrar no seminário',
    working: 'A ligar ao seminário… Mantenha esta página aberta.',
    invalid: 'Este link está incompleto. Peça ao/à facilitador/a que mostre o código outra vez.',
    otherKey: 'Este dispositivo já sincroniza com uma chave de facilitador/a, por isso não pode entrar como participante.',
    waiting: 'O seminário ainda não chegou a este dispositivo. Verifique a ligação e tente de novo.',
    retry: 'Tentar de novo',
  },
} as const;
