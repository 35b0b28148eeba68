/** French: TUOC capacity and principle names, in our own words. */
export const tuoc = {
  tuocGroups: {
    influence: 'Capacités à influencer et à obtenir des résultats',
    internal: 'Capacités organisationnelles internes',
    relate: 'Capacités relationnelles',
    principles: 'Principes de fonctionnement',
  },
  tuoc: {
    'collective-bargaining': 'Négociation collective',
    'influencing-policy': 'Influence sur les pouvoirs publics, les entreprises et la société',
    'services-legal-support': 'Services et assistance juridique',
    'organising-mobilising': 'Syndicalisation et mobilisation',
    'structures-procedures': 'Structures et procédures',
    'resource-mobilisation': 'Mobilisation des ressources',
    'strategic-planning-learning': 'Planification stratégique et apprentissage',
    'education-training': 'Éducation et formation',
    'communication-networking': 'Communication et travail en réseau',
    'democratic-ownership': 'Appropriation démocratique',
    'transparency-accountability': 'Transparence et redevabilité',
    'inclusiveness-equality': 'Inclusion et égalité',
    autonomy: 'Autonomie',
    coherence: 'Cohérence',
    sustainability: 'Pérennité',
  },
} as const;
