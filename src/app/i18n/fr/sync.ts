/** French: sync status and errors, shown from the first screen on. */
export const sync = {
  sync: {
    now: 'Synchroniser',
    syncing: 'Synchronisation…',
    progress: 'Modifications envoyées : {{ done }} sur {{ total }}',
    never: 'Pas encore synchronisé',
    done: 'Toutes les modifications sont synchronisées.',
    last: 'Dernière synchronisation : {{ when }}',
    justNow: 'à l’instant',
    errors: {
      offline: 'Pas de connexion au serveur. Vos modifications sont en sécurité sur cet appareil ; elles seront envoyées au retour de la connexion.',
      unauthorized:
        'Le serveur n’a pas accepté la clé d’accès de cet appareil : elle a peut-être été révoquée. Demandez-en une nouvelle à votre administrateur ou à votre animateur, puis saisissez-la dans Paramètres.',
      protocol_outdated: 'Cette version de l’application est trop ancienne pour le serveur. Rechargez l’application pour la mettre à jour.',
      server_error: 'Le serveur a rencontré un problème. Vos modifications sont en sécurité sur cet appareil ; la synchronisation va réessayer.',
      rate_limited: 'Le serveur a demandé à cet appareil de ralentir. Vos modifications sont en sécurité ; la synchronisation va bientôt réessayer.',
      server_busy: 'Le serveur est occupé. Vos modifications sont en sécurité ; la synchronisation va réessayer dans un instant.',
      cofacilitator_removed: {
        one: 'Cet appareil n’anime plus un atelier : son propriétaire vous a retiré. {{ count }} modification n’a pas été envoyée ; elle reste ici. Enregistrez-la dans un fichier depuis les Paramètres pour le propriétaire, ou demandez-lui de vous ajouter à nouveau.',
        other:
          'Cet appareil n’anime plus un atelier : son propriétaire vous a retiré. {{ count }} modifications n’ont pas été envoyées ; elles restent ici. Enregistrez-les dans un fichier depuis les Paramètres pour le propriétaire, ou demandez-lui de vous ajouter à nouveau.',
      },
      rejected: {
        one: 'Le serveur a refusé {{ count }} modification. Elle est conservée sur cet appareil ; adressez-vous à votre animateur.',
        other: 'Le serveur a refusé {{ count }} modifications. Elles sont conservées sur cet appareil ; adressez-vous à votre animateur.',
      },
      no_key: 'La synchronisation est désactivée sur cet appareil : ajoutez une clé d’accès dans Paramètres.',
      key_revoked: 'Cette clé d’accès a été révoquée par l’administrateur du serveur. Vos modifications sont en sécurité sur cet appareil : demandez une nouvelle clé et saisissez-la dans Paramètres.',
      invitation_retired: 'Cette invitation ne fonctionne plus : demandez le nouveau code QR à l’animateur. D’ici là, vos réponses restent en sécurité sur ce téléphone.',
      device_unproven:
        'Le serveur n’a pas pu confirmer l’identité de cet appareil. Vos modifications y sont en sécurité : rechargez l’application pour la mettre à jour, puis touchez « Synchroniser ».',
      request_timeout:
        'La connexion était trop lente et le serveur a cessé d’attendre. Vos modifications sont en sécurité ; la synchronisation réessaie dans quelques secondes, ou touchez « Synchroniser ».',
      insecure_origin:
        'Cet appareil ne peut pas prouver son identité à cette adresse. Ouvrez l’application en https (demandez l’adresse à votre administrateur) ; vos modifications restent en sécurité ici en attendant.',
    },
    openSettings: 'Ouvrir les paramètres',
    seeRefused: 'Voir les modifications refusées et pourquoi',
  },
} as const;
