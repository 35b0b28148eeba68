/** French: installing the app, the home screen on iPad and iPhone, and the plain-http warning. */
export const install = {
  install: {
    title: 'L’application sur cet appareil',
    offer: 'Installez l’application sur cet appareil : elle s’ouvre alors depuis l’écran d’accueil et fonctionne sans réseau.',
    action: 'Installer l’application',
    notNow: 'Pas maintenant',
    installed: 'L’application est installée sur cet appareil : ouvrez-la depuis l’écran d’accueil.',
    fromMenu: 'Pour installer l’application, ouvrez le menu du navigateur et choisissez « Installer l’application » ou « Ajouter à l’écran d’accueil ».',
    homeScreen:
      'Safari peut effacer les données de ce site après des semaines sans usage : synchronisez souvent. Une app sur l’écran d’accueil (Partager → Sur l’écran d’accueil) est épargnée mais démarre vide : ajoutez-la avant de commencer, puis ouvrez-y votre lien de clé (ou lien pour rejoindre).',
    homeScreenSteps:
      'Sur un iPad ou un iPhone, Safari peut effacer les données de ce site après quelques semaines sans utilisation : synchronisez souvent. Une application ajoutée à l’écran d’accueil (touchez Partager, puis « Sur l’écran d’accueil ») est épargnée, mais elle a son propre stockage et démarre vide : ajoutez-la avant de commencer à travailler, puis ouvrez-y votre lien de clé (ou le lien pour rejoindre). Vous travaillez déjà dans Safari ? Synchronisez d’abord : les modifications non synchronisées restent dans Safari.',
    gotIt: 'Compris',
    plainHttpTitle: 'Cette adresse n’est pas sécurisée (http simple)',
    cannotStart: 'L’application ne peut pas démarrer à cette adresse.',
    plainHttp:
      'En http simple, l’application ne peut ni fonctionner hors ligne ni être installée, et les téléphones ne peuvent pas rejoindre un atelier. Ouvrez-la plutôt à son adresse https:// ; la personne qui gère le serveur peut la mettre en place avec la recette HTTPS du guide d’administration.',
    hideForNow: 'Masquer pour l’instant',
  },
} as const;
