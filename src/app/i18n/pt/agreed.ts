/** Portuguese: agreed scores per item, with their justification. */
export const agreed = {
  agreed: {
    fieldValue: 'Pontuação acordada',
    fieldJustification: 'Justificação (evidências, exemplos)',
  },
} as const;
