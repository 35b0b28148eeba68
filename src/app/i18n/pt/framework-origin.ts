/** Portuguese: where a framework's words come from (the work it follows, and which texts are its own wording). */
export const frameworkOrigin = {
  frameworkOrigin: {
    source: 'Fonte: {{ title }}, {{ publisher }}, {{ year }}.',
    adaptedFrom: 'Adaptado de: {{ title }}, {{ publisher }}, {{ year }}.',
    published: 'Tal como publicados: {{ kinds }}.',
    own: 'Redação própria: {{ kinds }}.',
    kinds: {
      groups: 'nomes dos grupos',
      items: 'nomes das perguntas avaliadas',
      explanations: 'explicações',
      questions: 'perguntas para refletir',
      scale: 'escala de resposta',
      factors: 'fatores externos',
    },
  },
} as const;
