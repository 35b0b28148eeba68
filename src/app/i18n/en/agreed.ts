/** English: agreed scores per item, with their justification. */
export const agreed = {
  agreed: {
    fieldValue: 'Agreed score',
    fieldJustification: 'Justification (evidence, examples)',
  },
} as const;
