/** Portuguese: TUOC capacity and principle names, in our own words. */
export const tuoc = {
  tuocGroups: {
    influence: 'Capacidades para influenciar e obter resultados',
    internal: 'Capacidades organizacionais internas',
    relate: 'Capacidades de relacionamento',
    principles: 'Princípios de funcionamento',
  },
  tuoc: {
    'collective-bargaining': 'Negociação coletiva',
    'influencing-policy': 'Influenciar o governo, as empresas e a sociedade',
    'services-legal-support': 'Serviços e apoio jurídico',
    'organising-mobilising': 'Organização e mobilização',
    'structures-procedures': 'Estruturas e procedimentos',
    'resource-mobilisation': 'Mobilização de recursos',
    'strategic-planning-learning': 'Planeamento estratégico e aprendizagem',
    'education-training': 'Educação e formação',
    'communication-networking': 'Comunicação e trabalho em rede',
    'democratic-ownership': 'Controlo democrático pelos membros',
    'transparency-accountability': 'Transparência e prestação de contas',
    'inclusiveness-equality': 'Inclusão e igualdade',
    autonomy: 'Autonomia',
    coherence: 'Coerência',
    sustainability: 'Sustentabilidade',
  },
} as const;
