/** French: SWOT cards from phones, the board’s grouping and merging, and delegations’ plan drafts. */
export const cards = {
  cards: {
    fieldWording: 'Formulation de l’animateur',
    fieldGroup: 'Groupe',
    fieldAuthor: 'Auteur',
    fieldDelegation: 'Votre organisation',
  },
} as const;
