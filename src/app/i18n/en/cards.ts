/** English: SWOT cards from phones, the board’s grouping and merging, and delegations’ plan drafts. */
export const cards = {
  cards: {
    fieldWording: 'Facilitator’s wording',
    fieldGroup: 'Group',
    fieldAuthor: 'Author',
    fieldDelegation: 'Your organisation',
  },
} as const;
