/** French: agreed scores per item, with their justification. */
export const agreed = {
  agreed: {
    fieldValue: 'Score convenu',
    fieldJustification: 'Justification (preuves, exemples)',
    title: 'Scores convenus',
    intro:
      'Après la notation individuelle, le groupe de l’organisation convient d’un score par élément et note les preuves qui le fondent. La moyenne et la dispersion individuelles sont affichées à côté de chaque élément.',
    chooseOrganisation: 'Choisissez une organisation ci-dessus pour enregistrer ses scores convenus : un groupe convient des scores de sa propre organisation.',
    progress: { one: '{{ count }} élément convenu sur {{ total }}', other: '{{ count }} éléments convenus sur {{ total }}' },
    couldNotAgreeCount: { one: 'Pas d’accord sur {{ count }} élément', other: 'Pas d’accord sur {{ count }} éléments' },
    individual: 'Scores individuels : moyenne {{ mean }}, dispersion {{ sd }}',
    noIndividual: 'Pas encore de score individuel pour cet élément.',
    notRecorded: 'Pas encore enregistré',
    couldNotAgree: 'Pas d’accord possible',
    scalePoint: '{{ value }} – {{ label }}',
    save: 'Enregistrer le score convenu',
    saved: 'Score convenu pour « {{ item }} » enregistré.',
    cleared: 'Score convenu pour « {{ item }} » supprimé.',
    chooseValue: 'Choisissez le score convenu, ou « Pas d’accord possible ».',
    column: 'Convenu',
    noneRecorded: 'aucun enregistré',
    differs: 'Écart de plus d’un point',
    differsLabel: 'Convenu {{ agreed }}, moyenne individuelle {{ mean }} : écart de plus d’un point',
    differing: {
      one: '{{ count }} élément où le score convenu s’écarte de la moyenne de plus d’un point',
      other: '{{ count }} éléments où le score convenu s’écarte de la moyenne de plus d’un point',
    },
    justification: 'Justification',
    justificationsTitle: 'Pourquoi le groupe a convenu de ces scores : {{ name }}',
  },
} as const;
