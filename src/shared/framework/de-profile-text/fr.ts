import { fr as tuoc } from '../tuoc-text/fr.ts';
import { tuocPrinciples } from './principles.ts';
import type { ProfileText } from './types.ts';

/** The development-effectiveness profile in French. */
export const fr: ProfileText = {
  name: 'Profil d’efficacité du développement du partenariat',
  description:
    'Notre partenariat suit-il bien les principes de l’efficacité du développement ? Chaque partenaire note chaque affirmation sur notre façon de travailler ensemble, de 1 (pas du tout) à 5 (totalement), et peut expliquer pourquoi.',
  scale: ['Pas du tout', 'Un peu', 'En partie', 'En grande partie', 'Totalement'],
  groups: {
    planning: 'Planification et conception',
    working: 'Travailler ensemble',
    monitoring: 'Suivi et rapports',
    after: 'Après le projet',
  },
  items: {
    'planned-with-members': { label: 'Planifié avec les membres', explanation: 'Le projet a été planifié avec les membres, et pas seulement avec les dirigeants.' },
    'demand-driven': { label: 'Répond à nos propres besoins', explanation: 'Le projet répond à des besoins que l’organisation bénéficiaire a identifiés elle-même.' },
    'own-priorities': { label: 'S’inscrit dans notre plan', explanation: 'Le projet s’inscrit dans le plan stratégique et les priorités propres de l’organisation bénéficiaire.' },
    'joint-budget': { label: 'Un budget décidé ensemble', explanation: 'Les deux partenaires se sont mis d’accord sur le budget et savent comment il est dépensé.' },
    'equal-say': { label: 'Une voix égale', explanation: 'Les deux partenaires ont le même poids dans les décisions pendant le projet.' },
    'own-structures': { label: 'Par nos propres structures', explanation: 'Le projet passe par les structures de l’organisation bénéficiaire, et non par des structures parallèles.' },
    'coordinated-support': {
      label: 'Un appui coordonné',
      explanation: 'L’appui des différents partenaires et bailleurs de fonds est coordonné : il ne fait pas double emploi et ne tire pas dans des directions opposées.',
    },
    'women-youth-informal': {
      label: 'Femmes, jeunes et travailleurs informels décident aussi',
      explanation: 'Les femmes, les jeunes travailleurs et les travailleurs de l’économie informelle participent aux décisions et bénéficient du projet.',
    },
    'shared-monitoring': { label: 'Un suivi commun', explanation: 'Les partenaires suivent ensemble l’avancement du projet, avec des indicateurs convenus entre eux.' },
    'mutual-reporting': { label: 'Rendre compte dans les deux sens', explanation: 'Chaque partenaire rend compte à l’autre de l’argent, des activités et des résultats.' },
    'report-to-members': { label: 'Rendre compte à nos membres', explanation: 'L’organisation bénéficiaire rend compte du projet à ses propres membres et à ses instances élues.' },
    'open-information': { label: 'Une information accessible', explanation: 'Les informations sur le projet sont accessibles aux membres et aux partenaires qui les demandent.' },
    'exit-plan': { label: 'Un plan pour l’après-projet', explanation: 'Il existe un plan convenu pour poursuivre le travail quand le projet se termine.' },
    'own-resources': { label: 'Nos propres fonds prendront le relais', explanation: 'Les cotisations et les recettes propres de l’organisation financeront le travail après le projet.' },
    'lasting-voice': { label: 'Une voix durable dans les politiques', explanation: 'Le projet renforce la voix du syndicat dans les politiques publiques, au-delà de la durée du projet.' },
    'environment': { label: 'Respect de l’environnement', explanation: 'Le projet prend soin de l’environnement et prépare une transition juste.' },
    'members-carry-on': { label: 'Les membres prennent le relais', explanation: 'Les membres et les dirigeants élus, et pas seulement le personnel salarié, poursuivront le travail.' },
  },
  dimensions: {
    ...tuocPrinciples(tuoc),
    partnership: 'Partenariat',
    transparency: 'Transparence',
    accountability: 'Redevabilité',
    'sustainability-democratic': 'Pérennité : démocratique',
    'sustainability-political': 'Pérennité : politique',
    'sustainability-organisational': 'Pérennité : organisationnelle',
    'sustainability-financial': 'Pérennité : financière',
    'sustainability-environmental': 'Pérennité : environnementale',
  },
};
