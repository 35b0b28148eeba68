/** French: the camera that reads participants' QR codes. */
export const camera = {
  camera: {
    starting: 'Ouverture de la caméra…',
    off: 'La caméra est éteinte.',
    refused: 'La caméra n’est pas autorisée. Autorisez-la pour ce site dans les réglages du navigateur, puis rallumez la caméra.',
    missing: 'Aucune caméra n’a été trouvée sur cet appareil.',
    busy: 'La caméra est utilisée par une autre application. Fermez cette application, puis rallumez la caméra.',
    unsupported: 'Ce navigateur ne peut pas ouvrir la caméra ici. Ouvrez l’application en https dans un navigateur récent.',
    failed: 'La caméra n’a pas pu démarrer. Réessayez.',
    start: 'Allumer la caméra',
    stop: 'Éteindre la caméra',
  },
} as const;
