/** Spanish: agreed scores per item, with their justification. */
export const agreed = {
  agreed: {
    fieldValue: 'Puntuación acordada',
    fieldJustification: 'Justificación (evidencias, ejemplos)',
    title: 'Puntuaciones acordadas',
    intro:
      'Tras la puntuación individual, el grupo de la organización acuerda una puntuación por elemento y anota las evidencias que la sustentan. La media y la dispersión individuales se muestran junto a cada elemento.',
    chooseOrganisation: 'Elija una organización arriba para registrar sus puntuaciones acordadas: cada grupo acuerda las puntuaciones de su propia organización.',
    progress: { one: '{{ count }} de {{ total }} elementos acordado', other: '{{ count }} de {{ total }} elementos acordados' },
    couldNotAgreeCount: { one: 'Sin acuerdo en {{ count }} elemento', other: 'Sin acuerdo en {{ count }} elementos' },
    individual: 'Puntuaciones individuales: media {{ mean }}, dispersión {{ sd }}',
    noIndividual: 'Todavía no hay puntuaciones individuales para este elemento.',
    notRecorded: 'Aún sin registrar',
    couldNotAgree: 'No se llegó a un acuerdo',
    scalePoint: '{{ value }} – {{ label }}',
    save: 'Guardar puntuación acordada',
    saved: 'Puntuación acordada de «{{ item }}» guardada.',
    cleared: 'Puntuación acordada de «{{ item }}» eliminada.',
    chooseValue: 'Elija la puntuación acordada, o «No se llegó a un acuerdo».',
    column: 'Acordada',
    noneRecorded: 'ninguna registrada',
    differs: 'Difiere en más de un punto',
    differsLabel: 'Acordada {{ agreed }}, media individual {{ mean }}: difiere en más de un punto',
    differing: {
      one: '{{ count }} elemento en el que la puntuación acordada difiere de la media en más de un punto',
      other: '{{ count }} elementos en los que la puntuación acordada difiere de la media en más de un punto',
    },
    justification: 'Justificación',
    justificationsTitle: 'Por qué el grupo acordó estas puntuaciones: {{ name }}',
  },
} as const;
