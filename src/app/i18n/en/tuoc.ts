import { en } from '../../../shared/framework/tuoc-text/en.ts';
import { TUOC_ITEMS, type TuocItem } from '../../../shared/tuoc.ts';

/** English: TUOC group and capacity names, the default framework's own words (shared/framework/tuoc-text). */
export const tuoc = {
  tuocGroups: en.groups,
  tuoc: Object.fromEntries(TUOC_ITEMS.map((id) => [id, en.items[id].label])) as Record<TuocItem, string>,
};
