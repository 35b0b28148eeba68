/** French: what a participant's phone shows (their workshops, a workshop's overview, notes and settings). */
export const participant = {
  participant: {
    homeTitle: 'Vos ateliers',
    homeIntro: 'Les ateliers que ce téléphone a rejoints. Ouvrez-en un pour évaluer votre organisation ou ajouter une note.',
    homeEmpty: 'Ce téléphone n’a encore rejoint aucun atelier. Ouvrez le lien ou scannez le code QR que vous montre votre animateur ou animatrice.',
    notArrived: {
      one: '{{ count }} atelier rejoint n’est pas encore arrivé sur ce téléphone. Il arrivera quand le téléphone sera en ligne.',
      other: '{{ count }} ateliers rejoints ne sont pas encore arrivés sur ce téléphone. Ils arriveront quand le téléphone sera en ligne.',
    },
    aboutTitle: 'À propos de cet atelier',
    facilitators: 'Animation : {{ names }}',
    closed: 'Cet atelier est clos : on ne peut plus y ajouter de réponses ni de notes.',
    toScoring: 'Évaluer votre organisation',
    toNotes: 'Ajouter une note',
    agendaEmpty: 'Le programme n’a pas encore été partagé.',
    facilitatorOnlyTitle: 'Pour l’animation',
    facilitatorOnly: 'Cette partie de l’application est réservée à l’équipe d’animation de l’atelier. Sur ce téléphone, vous participez à vos ateliers.',
    toWorkshop: 'Retour à l’atelier',
    toWorkshops: 'Aller à vos ateliers',
    notesIntro: 'Ajoutez une idée, un exemple ou une question pour l’atelier. Seuls vous et l’équipe d’animation voyez vos notes.',
    languageLabel: 'Langue de l’application sur ce téléphone',
    transferTitle: 'Remettre vos réponses par fichier',
    transferIntro: 'Pas de connexion ? Enregistrez dans un fichier vos réponses et notes pas encore envoyées, et remettez-le à l’équipe d’animation (par Bluetooth, un câble ou une messagerie).',
    export: 'Enregistrer mes réponses dans un fichier',
  },
} as const;
