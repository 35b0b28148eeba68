import type { TuocGroup, TuocItem } from '../tuoc-ids.ts';

/**
 * The words of the default TUOC framework in one language. The structure (ids, order, scale) lives
 * in default-tuoc.ts; each language gives the same ids their text, so a translation can never
 * add, drop or reorder a question.
 */
export interface FrameworkText {
  name: string;
  description: string;
  /** The five points of the scale, lowest first. */
  scale: [string, string, string, string, string];
  groups: Record<TuocGroup, string>;
  items: Record<TuocItem, { label: string; explanation: string; questions: string[] }>;
  factors: Record<string, string>;
}
