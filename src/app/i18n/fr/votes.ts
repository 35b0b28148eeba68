/** French: dot votes: opening, voting, revealing and the ranking. */
export const votes = {
  votes: {
    fieldTitle: 'Question',
    fieldSubject: 'Voter sur',
    fieldOptions: 'Options',
    fieldDots: 'Points par personne',
    fieldStack: 'Plusieurs points possibles sur une option',
    fieldOrganisation: 'Qui vote',
    fieldState: 'État du vote',
    ballotDots: 'Points placés',
    state: {
      open: 'Ouvert',
      closed: 'Clos',
      revealed: 'Révélé',
    },
  },
} as const;
