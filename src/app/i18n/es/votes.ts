/** Spanish: dot votes: opening, voting, revealing and the ranking. */
export const votes = {
  votes: {
    fieldTitle: 'Pregunta',
    fieldSubject: 'Votar sobre',
    fieldOptions: 'Opciones',
    fieldDots: 'Puntos por persona',
    fieldStack: 'Se pueden poner varios puntos en una opción',
    fieldOrganisation: 'Quién vota',
    fieldState: 'Estado de la votación',
    ballotDots: 'Puntos colocados',
    state: {
      open: 'Abierta',
      closed: 'Cerrada',
      revealed: 'Revelada',
    },
  },
} as const;
