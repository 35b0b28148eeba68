import { ar } from '../../../shared/framework/tuoc-text/ar.ts';
import { TUOC_ITEMS, type TuocItem } from '../../../shared/tuoc.ts';

/** Arabic: TUOC group and capacity names, the default framework's own words (shared/framework/tuoc-text). */
export const tuoc = {
  tuocGroups: ar.groups,
  tuoc: Object.fromEntries(TUOC_ITEMS.map((id) => [id, ar.items[id].label])) as Record<TuocItem, string>,
};
