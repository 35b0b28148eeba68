/** Portuguese: agreed scores per item, with their justification. */
export const agreed = {
  agreed: {
    fieldValue: 'Pontuação acordada',
    fieldJustification: 'Justificação (evidências, exemplos)',
    title: 'Pontuações acordadas',
    intro:
      'Depois da pontuação individual, o grupo da organização acorda uma pontuação por item e regista as evidências que a fundamentam. A média e a dispersão individuais aparecem ao lado de cada item.',
    chooseOrganisation: 'Escolha uma organização acima para registar as suas pontuações acordadas: cada grupo acorda as pontuações da sua própria organização.',
    progress: { one: '{{ count }} de {{ total }} itens acordado', other: '{{ count }} de {{ total }} itens acordados' },
    couldNotAgreeCount: { one: 'Sem acordo em {{ count }} item', other: 'Sem acordo em {{ count }} itens' },
    individual: 'Pontuações individuais: média {{ mean }}, dispersão {{ sd }}',
    noIndividual: 'Ainda não há pontuações individuais para este item.',
    notRecorded: 'Ainda não registada',
    couldNotAgree: 'Não houve acordo',
    scalePoint: '{{ value }} – {{ label }}',
    save: 'Guardar pontuação acordada',
    saved: 'Pontuação acordada de «{{ item }}» guardada.',
    cleared: 'Pontuação acordada de «{{ item }}» removida.',
    chooseValue: 'Escolha a pontuação acordada, ou «Não houve acordo».',
    column: 'Acordada',
    noneRecorded: 'nenhuma registada',
    differs: 'Difere em mais de um ponto',
    differsLabel: 'Acordada {{ agreed }}, média individual {{ mean }}: difere em mais de um ponto',
    differing: {
      one: '{{ count }} item em que a pontuação acordada difere da média em mais de um ponto',
      other: '{{ count }} itens em que a pontuação acordada difere da média em mais de um ponto',
    },
    justification: 'Justificação',
    justificationsTitle: 'Porque o grupo acordou estas pontuações: {{ name }}',
  },
} as const;
