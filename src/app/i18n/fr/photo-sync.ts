/** French: photos waiting to be sent, and the space they take on this device. */
export const photoSync = {
  photoSync: {
    title: 'Photos en attente d’envoi',
    waiting: { one: '{{ count }} photo en attente d’envoi', other: '{{ count }} photos en attente d’envoi' },
    sending: 'envoi…',
    errors: {
      offline: 'pas de connexion : elles partiront à la prochaine synchronisation',
      rate_limited: 'le serveur demande d’attendre : elles partiront plus tard',
      server_busy: 'le serveur est occupé : elles partiront plus tard',
    },
    refused: {
      one: 'Le serveur a refusé {{ count }} photo. Elle reste sur cet appareil ; exportez l’atelier pour en garder une copie.',
      other: 'Le serveur a refusé {{ count }} photos. Elles restent sur cet appareil ; exportez l’atelier pour en garder une copie.',
    },
    spaceTitle: 'Les photos remplissent cet appareil',
    spaceBody:
      'Les photos occupent {{ used }} ici. {{ count }} originaux ({{ size }}) sont déjà sur le serveur : ils peuvent être retirés de cet appareil. Leurs vignettes restent, et chaque original se télécharge de nouveau quand on l’ouvre. Les photos pas encore envoyées ne sont jamais retirées.',
    freeSpace: 'Retirer les originaux envoyés ({{ size }})',
    freed: '{{ size }} libérés. Les vignettes restent sur cet appareil.',
  },
};
