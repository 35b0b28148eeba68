/** Spanish: the facilitator's SWOT board (cards from phones, groups, merges, rewording) and plan drafts to review. */
export const board = {
  board: {
    title: 'Tarjetas',
  },
} as const;
