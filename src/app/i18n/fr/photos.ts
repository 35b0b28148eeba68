/** French: photos attached to notes, practice cards, boards and the workshop. */
export const photos = {
  photos: {
    title: 'Photos',
    fieldCaption: 'Légende',
    fieldRecognisable: 'On peut y reconnaître des personnes',
    fieldConsent: 'Le consentement à la partager est enregistré',
  },
};
