/** English: what a participant's phone shows (their workshops, a workshop's overview, notes and settings). */
export const participant = {
  participant: {
    homeTitle: 'Your workshops',
    homeIntro: 'The workshops this phone joined. Open one to score your organisation or add a note.',
    homeEmpty: 'This phone has not joined a workshop yet. Open the link or scan the QR code your facilitator shows you.',
    notArrived: {
      one: '{{ count }} workshop you joined has not reached this phone yet. It arrives when the phone is online.',
      other: '{{ count }} workshops you joined have not reached this phone yet. They arrive when the phone is online.',
    },
    aboutTitle: 'About this workshop',
    facilitators: 'Facilitators: {{ names }}',
    closed: 'This workshop is closed: answers and notes can no longer be added.',
    toScoring: 'Score your organisation',
    toNotes: 'Add a note',
    agendaEmpty: 'The agenda has not been shared yet.',
    facilitatorOnlyTitle: 'For facilitators',
    facilitatorOnly: 'This part of the app is for the workshop’s facilitators. On this phone you take part in your workshops.',
    toWorkshop: 'Back to the workshop',
    toWorkshops: 'Go to your workshops',
    notesIntro: 'Add an idea, an example or a question for the workshop. Only you and the facilitators see your notes.',
    languageLabel: 'Language of the app on this phone',
    transferTitle: 'Hand in your answers by file',
    transferIntro: 'No connection? Save your answers and notes not yet sent to a file, and give it to your facilitator (by Bluetooth, a cable or a chat app).',
    export: 'Save my answers to a file',
  },
} as const;
