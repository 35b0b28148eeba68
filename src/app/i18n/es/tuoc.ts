/** Spanish: TUOC capacity and principle names, in our own words. */
export const tuoc = {
  tuocGroups: {
    influence: 'Capacidades para influir y obtener resultados',
    internal: 'Capacidades organizativas internas',
    relate: 'Capacidades para relacionarse',
    principles: 'Principios de funcionamiento',
  },
  tuoc: {
    'collective-bargaining': 'Negociación colectiva',
    'influencing-policy': 'Incidencia ante el gobierno, las empresas y la sociedad',
    'services-legal-support': 'Servicios y asesoría jurídica',
    'organising-mobilising': 'Organización y movilización',
    'structures-procedures': 'Estructuras y procedimientos',
    'resource-mobilisation': 'Movilización de recursos',
    'strategic-planning-learning': 'Planificación estratégica y aprendizaje',
    'education-training': 'Educación y formación',
    'communication-networking': 'Comunicación y trabajo en red',
    'democratic-ownership': 'Apropiación democrática',
    'transparency-accountability': 'Transparencia y rendición de cuentas',
    'inclusiveness-equality': 'Inclusión e igualdad',
    autonomy: 'Autonomía',
    coherence: 'Coherencia',
    sustainability: 'Sostenibilidad',
  },
} as const;
