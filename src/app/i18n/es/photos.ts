/** Spanish: photos attached to notes, practice cards, boards and the workshop. */
export const photos = {
  photos: {
    title: 'Fotos',
    fieldCaption: 'Pie de foto',
    fieldRecognisable: 'Se puede reconocer a personas',
    fieldConsent: 'Consta el consentimiento para compartirla',
  },
};
