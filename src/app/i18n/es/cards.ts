/** Spanish: SWOT cards from phones, the board’s grouping and merging, and delegations’ plan drafts. */
export const cards = {
  cards: {
    fieldWording: 'Redacción del facilitador',
    fieldGroup: 'Grupo',
    fieldAuthor: 'Autor',
    fieldDelegation: 'Su organización',
  },
} as const;
