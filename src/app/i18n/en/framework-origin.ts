/** English: where a framework's words come from (the work it follows, and which texts are its own wording). */
export const frameworkOrigin = {
  frameworkOrigin: {
    source: 'Source: {{ title }}, {{ publisher }}, {{ year }}.',
    adaptedFrom: 'Adapted from {{ title }}, {{ publisher }}, {{ year }}.',
    published: 'Kept as published: {{ kinds }}.',
    own: 'Our own wording: {{ kinds }}.',
    kinds: {
      groups: 'names of the groups',
      items: 'names of the items scored',
      explanations: 'explanations',
      questions: 'questions to think about',
      scale: 'answer scale',
      factors: 'external factors',
    },
  },
} as const;
