/** French: agreed scores per item, with their justification. */
export const agreed = {
  agreed: {
    fieldValue: 'Score convenu',
    fieldJustification: 'Justification (preuves, exemples)',
  },
} as const;
