/** Arabic: TUOC capacity and principle names, in our own words. */
export const tuoc = {
  tuocGroups: {
    influence: 'قدرات التأثير والإنجاز',
    internal: 'القدرات التنظيمية الداخلية',
    relate: 'قدرات بناء العلاقات',
    principles: 'مبادئ العمل',
  },
  tuoc: {
    'collective-bargaining': 'المفاوضة الجماعية',
    'influencing-policy': 'التأثير في الحكومة وقطاع الأعمال والمجتمع',
    'services-legal-support': 'الخدمات والدعم القانوني',
    'organising-mobilising': 'التنظيم والتعبئة',
    'structures-procedures': 'الهياكل والإجراءات',
    'resource-mobilisation': 'تعبئة الموارد',
    'strategic-planning-learning': 'التخطيط الاستراتيجي والتعلّم',
    'education-training': 'التثقيف والتدريب',
    'communication-networking': 'التواصل وبناء الشبكات',
    'democratic-ownership': 'الملكية الديمقراطية',
    'transparency-accountability': 'الشفافية والمساءلة',
    'inclusiveness-equality': 'الشمول والمساواة',
    autonomy: 'الاستقلالية',
    coherence: 'الاتساق',
    sustainability: 'الاستدامة',
  },
} as const;
