/** Portuguese: SWOT cards from phones, the board’s grouping and merging, and delegations’ plan drafts. */
export const cards = {
  cards: {
    fieldWording: 'Redação do facilitador',
    fieldGroup: 'Grupo',
    fieldAuthor: 'Autor',
    fieldDelegation: 'A sua organização',
  },
} as const;
