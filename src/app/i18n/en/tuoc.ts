/** English: TUOC capacity and principle names, in our own words. */
export const tuoc = {
  tuocGroups: {
    influence: 'Capacities to influence and deliver',
    internal: 'Internal organisational capacities',
    relate: 'Capacities to relate',
    principles: 'Operating principles',
  },
  tuoc: {
    'collective-bargaining': 'Collective bargaining',
    'influencing-policy': 'Influencing government, business and society',
    'services-legal-support': 'Services and legal support',
    'organising-mobilising': 'Organising and mobilising',
    'structures-procedures': 'Structures and procedures',
    'resource-mobilisation': 'Resource mobilisation',
    'strategic-planning-learning': 'Strategic planning and learning',
    'education-training': 'Education and training',
    'communication-networking': 'Communication and networking',
    'democratic-ownership': 'Democratic ownership',
    'transparency-accountability': 'Transparency and accountability',
    'inclusiveness-equality': 'Inclusiveness and equality',
    autonomy: 'Autonomy',
    coherence: 'Coherence',
    sustainability: 'Sustainability',
  },
} as const;
