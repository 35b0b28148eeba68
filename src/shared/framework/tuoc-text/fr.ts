import type { FrameworkText } from './types.ts';

/** The default TUOC framework in French. */
export const fr: FrameworkText = {
  name: 'TUOC – Capacité organisationnelle des syndicats',
  description: 'Quelle est la force de notre syndicat aujourd’hui ? Évaluez chaque capacité et chaque principe à partir de votre propre expérience.',
  scale: ['Pas du tout', 'Un peu', 'En partie', 'En grande partie', 'Entièrement'],
  groups: {
    influence: 'Capacités à influencer et à obtenir des résultats',
    internal: 'Capacités organisationnelles internes',
    relate: 'Capacités relationnelles',
    principles: 'Principes clés de fonctionnement',
  },
  items: {
    'collective-bargaining': {
      label: 'Négociation collective',
      explanation: 'Nous négocions des conventions qui améliorent les salaires et les conditions de travail, et nous obligeons les employeurs à les respecter.',
      questions: ['Avons-nous signé ou renouvelé des conventions collectives ces deux dernières années ?', 'Les membres savent-ils ce que les conventions leur apportent ?'],
    },
    'influencing-policy': {
      label: 'Influence sur les pouvoirs publics, les entreprises et la société',
      explanation: 'Nos positions arrivent jusqu’à ceux qui décident des lois et des politiques, et parfois les font changer.',
      questions: ['Citez une loi ou une politique que nous avons fait modifier ou abandonner.', 'Sommes-nous invités aux tables où les décisions se prennent ?'],
    },
    'services-legal-support': {
      label: 'Prestation de services et assistance juridique',
      explanation: 'Les membres reçoivent de l’aide quand ils en ont besoin : conseils, assistance juridique, services sociaux.',
      questions: ['Vers qui se tourne un membre en cas de licenciement ou de salaire impayé ?', 'Les membres de l’économie informelle bénéficient-ils aussi de services ?'],
    },
    'organising-mobilising': {
      label: 'Syndicalisation et mobilisation',
      explanation: 'Nous recrutons de nouveaux membres, y compris les travailleurs difficiles à atteindre, et nous savons mobiliser quand il le faut.',
      questions: ['Le nombre de membres augmente-t-il, et dans quels groupes ?', 'À quand remonte notre dernière mobilisation, et combien de personnes sont venues ?'],
    },
    'structures-procedures': {
      label: 'Structures et procédures',
      explanation: 'Nos statuts, nos instances, notre fichier des membres et nos finances fonctionnent comme le prévoient nos textes.',
      questions: ['Les instances élues se réunissent-elles comme le prévoient les statuts ?', 'Le fichier des membres est-il à jour ?'],
    },
    'resource-mobilisation': {
      label: 'Mobilisation des ressources',
      explanation: 'Les cotisations et nos propres recettes financent l’essentiel de notre travail ; les financements extérieurs viennent en plus.',
      questions: ['Quelle part de notre budget vient des cotisations des membres ?', 'Pourrions-nous continuer si un bailleur de fonds se retirait ?'],
    },
    'strategic-planning-learning': {
      label: 'Planification stratégique et apprentissage',
      explanation: 'Nous préparons l’avenir, vérifions ce qui marche et changeons de cap quand il le faut.',
      questions: ['Avons-nous un plan stratégique en vigueur, élaboré avec les membres ?', 'Comment tirons-nous les leçons de ce qui n’a pas marché ?'],
    },
    'education-training': {
      label: 'Éducation et formation',
      explanation: 'Les membres, les délégués syndicaux et les dirigeants reçoivent la formation dont ils ont besoin.',
      questions: ['Qui a été formé l’an dernier, et sur quoi ?', 'Les femmes et les jeunes travailleurs participent-ils aux formations ?'],
    },
    'communication-networking': {
      label: 'Communication et travail en réseau',
      explanation: 'Nous touchons les membres et le grand public, et nous travaillons avec des alliés dans le pays et à l’étranger.',
      questions: ['Comment un membre apprend-il qu’une décision a été prise ?', 'Quelles alliances nous ont aidés à obtenir une victoire ?'],
    },
    'democratic-ownership': {
      label: 'Appropriation démocratique',
      explanation: 'Les membres décident des priorités à travers les instances élues, et les dirigeants leur rendent des comptes.',
      questions: ['Qui a fixé les priorités de cette année ?'],
    },
    'transparency-accountability': {
      label: 'Transparence et redevabilité',
      explanation: 'Les finances et les décisions sont ouvertes aux membres, et on leur en rend compte dans les délais.',
      questions: ['Les membres ont-ils accès aux comptes ?'],
    },
    'inclusiveness-equality': {
      label: 'Inclusion et égalité',
      explanation: 'Les femmes, les jeunes, les travailleurs migrants et ceux de l’économie informelle participent et exercent des responsabilités.',
      questions: ['Qui siège dans nos instances dirigeantes ?'],
    },
    'autonomy': {
      label: 'Autonomie',
      explanation: 'Nous décidons par nous-mêmes, en toute indépendance vis-à-vis du gouvernement, des employeurs, des partis et des bailleurs de fonds.',
      questions: ['Qui pourrait nous obliger à changer de position ?'],
    },
    'coherence': {
      label: 'Cohérence',
      explanation: 'Ce que nous disons, prévoyons et faisons va dans le même sens, à tous les niveaux du syndicat.',
      questions: ['Nos actions suivent-elles les décisions de notre congrès ?'],
    },
    'sustainability': {
      label: 'Pérennité',
      explanation: 'Ce que nous construisons dure : cela continue sans dépendre d’un projet ou d’un seul dirigeant.',
      questions: ['Que resterait-il si le projet s’arrêtait demain ?'],
    },
  },
  factors: {
    'legal-framework': 'Le droit du travail et son application',
    'political-climate': 'Climat politique et espace civique',
    'economy': 'Situation économique et marché du travail',
    'employers': 'Les employeurs et leurs organisations',
    'social-dialogue': 'Institutions du dialogue social',
    'informal-economy': 'Taille et visage de l’économie informelle',
    'allies': 'Alliés : autres syndicats, société civile, partenaires internationaux',
    'funding': 'Financements des bailleurs et des partenaires',
    'technology': 'Technologies et transition numérique',
    'climate': 'Changement climatique et transition juste',
  },
};
