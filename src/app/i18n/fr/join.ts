/** French: inviting participants and joining a workshop. */
export const join = {
  invite: {
    title: 'Inviter les participants',
    intro:
      'Les participants scannent ce code ou ouvrent le lien sur leur téléphone. Envoyez aussi le lien à l’avance (WhatsApp, courriel) : un téléphone qui l’ouvre une fois avec une connexion est prêt à rejoindre l’atelier et à répondre sans réseau. Les réponses arrivent ici par synchronisation, ou des téléphones sans réseau (plus bas).',
    qr: 'Code QR du lien pour rejoindre cet atelier',
    link: 'Lien pour rejoindre l’atelier',
    copy: 'Copier le lien',
    copied: 'Lien copié.',
    rotate: 'Créer un nouveau lien (l’ancien ne fonctionnera plus)',
    rotated: 'Nouveau lien créé. Il part aussitôt vers le serveur dès qu’il y a une connexion.',
    ready: 'Prêt pour les téléphones : le serveur connaît ce lien, les téléphones peuvent rejoindre l’atelier.',
    sending: 'Envoi du lien au serveur… Les téléphones pourront rejoindre l’atelier dans un instant.',
    offline:
      'Pas de connexion : le serveur ne connaît pas encore ce lien. Les téléphones qui ont déjà ouvert le lien rejoignent l’atelier sans réseau en scannant ce code ; les autres, dès que cet appareil retrouve une connexion.',
    elsewhere:
      'L’invitation de cet atelier a été créée sur un autre appareil (celui d’un co-animateur, ou un autre appareil connecté avec votre clé). Les téléphones rejoignent l’atelier avec le lien ou le code QR affiché là-bas.',
    replaceHelp:
      'Une nouvelle invitation remplace celle-ci : les téléphones qui ouvrent l’ancien lien ne peuvent plus rejoindre l’atelier, et ceux qui l’ont rejoint avec ce lien cessent de se synchroniser jusqu’à ce qu’ils ouvrent le nouveau. Leurs réponses restent en sécurité sur les téléphones.',
    replace: 'Créer une nouvelle invitation',
    needsSecure: 'Pour inviter, l’application doit être ouverte en https.',
  },
  joinScreen: {
    title: 'Rejoindre l’atelier',
    working: 'Connexion à l’atelier… Gardez cette page ouverte.',
    invalid: 'Ce lien est incomplet. Demandez à l’animateur d’afficher à nouveau le code.',
    otherKey: 'Cet appareil se synchronise déjà avec une clé d’animateur : il ne peut pas rejoindre l’atelier comme participant.',
    waiting: 'L’atelier n’est pas encore arrivé sur cet appareil. Vérifiez la connexion, puis réessayez.',
    retry: 'Réessayer',
  },
} as const;
