/** Spanish: where a framework's words come from (the work it follows, and which texts are its own wording). */
export const frameworkOrigin = {
  frameworkOrigin: {
    source: 'Fuente: {{ title }}, {{ publisher }}, {{ year }}.',
    adaptedFrom: 'Adaptado de: {{ title }}, {{ publisher }}, {{ year }}.',
    published: 'Tal como se publicaron: {{ kinds }}.',
    own: 'Redacción propia: {{ kinds }}.',
    kinds: {
      groups: 'nombres de los grupos',
      items: 'nombres de los elementos que se puntúan',
      explanations: 'explicaciones',
      questions: 'preguntas para reflexionar',
      scale: 'escala de respuesta',
      factors: 'factores externos',
    },
  },
} as const;
