/** French: where a framework's words come from (the work it follows, and which texts are its own wording). */
export const frameworkOrigin = {
  frameworkOrigin: {
    source: 'Source : {{ title }}, {{ publisher }}, {{ year }}.',
    adaptedFrom: 'Adaptée de : {{ title }}, {{ publisher }}, {{ year }}.',
    published: 'Repris tels que publiés : {{ kinds }}.',
    own: 'Formulés par nous : {{ kinds }}.',
    kinds: {
      groups: 'noms des groupes',
      items: 'noms des critères évalués',
      explanations: 'explications',
      questions: 'pistes de réflexion',
      scale: 'échelle de réponse',
      factors: 'facteurs externes',
    },
  },
} as const;
