/** Arabic: photos attached to notes, practice cards, boards and the workshop. */
export const photos = {
  photos: {
    title: 'الصور',
    fieldCaption: 'التعليق',
    fieldRecognisable: 'يمكن التعرّف على أشخاص فيها',
    fieldConsent: 'الموافقة على مشاركتها مسجّلة',
  },
};
