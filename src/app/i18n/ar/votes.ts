/** Arabic: dot votes: opening, voting, revealing and the ranking. */
export const votes = {
  votes: {
    fieldTitle: 'السؤال',
    fieldSubject: 'التصويت على',
    fieldOptions: 'الخيارات',
    fieldDots: 'النقاط لكل شخص',
    fieldStack: 'يمكن وضع عدة نقاط على خيار واحد',
    fieldOrganisation: 'من يصوّت',
    fieldState: 'حالة التصويت',
    ballotDots: 'النقاط الموضوعة',
    state: {
      open: 'مفتوح',
      closed: 'مغلق',
      revealed: 'معلن',
    },
  },
} as const;
