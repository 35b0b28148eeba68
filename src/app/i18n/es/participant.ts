/** Spanish: what a participant's phone shows (their workshops, a workshop's overview, notes and settings). */
export const participant = {
  participant: {
    homeTitle: 'Sus talleres',
    homeIntro: 'Los talleres a los que se unió este teléfono. Abra uno para evaluar su organización o añadir una nota.',
    homeEmpty: 'Este teléfono aún no se ha unido a ningún taller. Abra el enlace o escanee el código QR que le muestra la persona facilitadora.',
    notArrived: {
      one: '{{ count }} taller al que se unió aún no ha llegado a este teléfono. Llegará cuando el teléfono tenga conexión.',
      other: '{{ count }} talleres a los que se unió aún no han llegado a este teléfono. Llegarán cuando el teléfono tenga conexión.',
    },
    aboutTitle: 'Sobre este taller',
    facilitators: 'Facilitación: {{ names }}',
    closed: 'Este taller está cerrado: ya no se pueden añadir respuestas ni notas.',
    toScoring: 'Evaluar su organización',
    toNotes: 'Añadir una nota',
    agendaEmpty: 'La agenda aún no se ha compartido.',
    facilitatorOnlyTitle: 'Para la facilitación',
    facilitatorOnly: 'Esta parte de la aplicación es para las personas que facilitan el taller. En este teléfono usted participa en sus talleres.',
    toWorkshop: 'Volver al taller',
    toWorkshops: 'Ir a sus talleres',
    notesIntro: 'Añada una idea, un ejemplo o una pregunta para el taller. Solo usted y la facilitación ven sus notas.',
    languageLabel: 'Idioma de la aplicación en este teléfono',
    transferTitle: 'Entregar sus respuestas en un archivo',
    transferIntro: '¿Sin conexión? Guarde en un archivo sus respuestas y notas aún no enviadas, y entréguelo a la persona facilitadora (por Bluetooth, un cable o una aplicación de mensajería).',
    export: 'Guardar mis respuestas en un archivo',
  },
} as const;
