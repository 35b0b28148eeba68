/** English: dot votes: opening, voting, revealing and the ranking. */
export const votes = {
  votes: {
    fieldTitle: 'Question',
    fieldSubject: 'Vote on',
    fieldOptions: 'Options',
    fieldDots: 'Dots per person',
    fieldStack: 'Several dots may go on one option',
    fieldOrganisation: 'Who votes',
    fieldState: 'State of the vote',
    ballotDots: 'Dots placed',
    state: {
      open: 'Open',
      closed: 'Closed',
      revealed: 'Revealed',
    },
  },
} as const;
