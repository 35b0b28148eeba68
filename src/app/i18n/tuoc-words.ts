import { TUOC_ITEMS, type TuocGroup, type TuocItem } from '../../shared/tuoc.ts';
import type { FrameworkText } from '../../shared/framework/tuoc-text/types.ts';

/**
 * A dictionary's TUOC group and capacity names: the default framework's own words in that
 * language (shared/framework/tuoc-text), so a label reads the same in a note's tag and in scoring.
 */
export function tuocWords(text: FrameworkText): { tuocGroups: Record<TuocGroup, string>; tuoc: Record<TuocItem, string> } {
  return {
    tuocGroups: { ...text.groups },
    tuoc: Object.fromEntries(TUOC_ITEMS.map((id) => [id, text.items[id].label])) as Record<TuocItem, string>,
  };
}
