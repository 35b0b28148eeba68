import { pt } from '../../../shared/framework/tuoc-text/pt.ts';
import { TUOC_ITEMS, type TuocItem } from '../../../shared/tuoc.ts';

/** Portuguese: TUOC group and capacity names, the default framework's own words (shared/framework/tuoc-text). */
export const tuoc = {
  tuocGroups: pt.groups,
  tuoc: Object.fromEntries(TUOC_ITEMS.map((id) => [id, pt.items[id].label])) as Record<TuocItem, string>,
};
