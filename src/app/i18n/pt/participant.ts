/** Portuguese: what a participant's phone shows (their workshops, a workshop's overview, notes and settings). */
export const participant = {
  participant: {
    homeTitle: 'Os seus workshops',
    homeIntro: 'Os workshops em que este telemóvel entrou. Abra um para avaliar a sua organização ou acrescentar uma nota.',
    homeEmpty: 'Este telemóvel ainda não entrou em nenhum workshop. Abra a ligação ou leia o código QR que a pessoa facilitadora lhe mostra.',
    notArrived: {
      one: '{{ count }} workshop em que entrou ainda não chegou a este telemóvel. Chegará quando o telemóvel estiver em linha.',
      other: '{{ count }} workshops em que entrou ainda não chegaram a este telemóvel. Chegarão quando o telemóvel estiver em linha.',
    },
    aboutTitle: 'Sobre este workshop',
    facilitators: 'Facilitação: {{ names }}',
    closed: 'Este workshop está encerrado: já não se podem acrescentar respostas nem notas.',
    toScoring: 'Avaliar a sua organização',
    toNotes: 'Acrescentar uma nota',
    agendaEmpty: 'A agenda ainda não foi partilhada.',
    facilitatorOnlyTitle: 'Para a facilitação',
    facilitatorOnly: 'Esta parte da aplicação é para quem facilita o workshop. Neste telemóvel, participa nos seus workshops.',
    toWorkshop: 'Voltar ao workshop',
    toWorkshops: 'Ir para os seus workshops',
    notesIntro: 'Acrescente uma ideia, um exemplo ou uma pergunta para o workshop. Só você e a facilitação veem as suas notas.',
    languageLabel: 'Idioma da aplicação neste telemóvel',
    transferTitle: 'Entregar as suas respostas num ficheiro',
    transferIntro: 'Sem ligação? Guarde num ficheiro as suas respostas e notas ainda não enviadas, e entregue-o à pessoa facilitadora (por Bluetooth, um cabo ou uma aplicação de mensagens).',
    export: 'Guardar as minhas respostas num ficheiro',
  },
} as const;
