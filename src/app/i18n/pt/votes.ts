/** Portuguese: dot votes: opening, voting, revealing and the ranking. */
export const votes = {
  votes: {
    fieldTitle: 'Pergunta',
    fieldSubject: 'Votar sobre',
    fieldOptions: 'Opções',
    fieldDots: 'Pontos por pessoa',
    fieldStack: 'Podem ir vários pontos para uma opção',
    fieldOrganisation: 'Quem vota',
    fieldState: 'Estado da votação',
    ballotDots: 'Pontos colocados',
    state: {
      open: 'Aberta',
      closed: 'Fechada',
      revealed: 'Revelada',
    },
  },
} as const;
