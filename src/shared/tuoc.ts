/**
 * The capacities and operating principles of the TUOC framework (TUDCN / HIVA KU Leuven, 2019),
 * as stable ids. Labels live in the translation dictionaries; the scoring framework document
 * builds on these ids, and notes and practice cards tag them.
 */
export const TUOC_GROUPS = {
  influence: ['collective-bargaining', 'influencing-policy', 'services-legal-support', 'organising-mobilising'],
  internal: ['structures-procedures', 'resource-mobilisation', 'strategic-planning-learning', 'education-training'],
  relate: ['communication-networking'],
  principles: ['democratic-ownership', 'transparency-accountability', 'inclusiveness-equality', 'autonomy', 'coherence', 'sustainability'],
} as const;

export type TuocGroup = keyof typeof TUOC_GROUPS;
export type TuocItem = (typeof TUOC_GROUPS)[TuocGroup][number];
export const TUOC_GROUP_NAMES = Object.keys(TUOC_GROUPS) as TuocGroup[];
export const TUOC_ITEMS: readonly TuocItem[] = TUOC_GROUP_NAMES.flatMap((g) => TUOC_GROUPS[g]);

export function isTuocItem(id: string): id is TuocItem {
  return (TUOC_ITEMS as readonly string[]).includes(id);
}
