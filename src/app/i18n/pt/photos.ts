/** Portuguese: photos attached to notes, practice cards, boards and the workshop. */
export const photos = {
  photos: {
    title: 'Fotografias',
    fieldCaption: 'Legenda',
    fieldRecognisable: 'É possível reconhecer pessoas',
    fieldConsent: 'O consentimento para a partilhar está registado',
  },
};
