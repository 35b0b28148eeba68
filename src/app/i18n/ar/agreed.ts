/** Arabic: agreed scores per item, with their justification. */
export const agreed = {
  agreed: {
    fieldValue: 'الدرجة المتفق عليها',
    fieldJustification: 'المبرر (أدلة، أمثلة)',
  },
} as const;
