/** Spanish: agreed scores per item, with their justification. */
export const agreed = {
  agreed: {
    fieldValue: 'Puntuación acordada',
    fieldJustification: 'Justificación (evidencias, ejemplos)',
  },
} as const;
