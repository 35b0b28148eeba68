/** Arabic: where a framework's words come from (the work it follows, and which texts are its own wording). */
export const frameworkOrigin = {
  frameworkOrigin: {
    source: 'المصدر: {{ title }}، {{ publisher }}، {{ year }}.',
    adaptedFrom: 'مقتبس من: {{ title }}، {{ publisher }}، {{ year }}.',
    published: 'كما وردت في المصدر: {{ kinds }}.',
    own: 'بصياغتنا الخاصة: {{ kinds }}.',
    kinds: {
      groups: 'أسماء المجموعات',
      items: 'أسماء البنود التي تُقيَّم',
      explanations: 'الشروح',
      questions: 'أسئلة للتفكير',
      scale: 'سلّم الإجابة',
      factors: 'العوامل الخارجية',
    },
  },
} as const;
