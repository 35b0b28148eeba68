/** Arabic: SWOT cards from phones, the board’s grouping and merging, and delegations’ plan drafts. */
export const cards = {
  cards: {
    fieldWording: 'صياغة الميسّر',
    fieldGroup: 'المجموعة',
    fieldAuthor: 'الكاتب',
    fieldDelegation: 'منظمتك',
  },
} as const;
