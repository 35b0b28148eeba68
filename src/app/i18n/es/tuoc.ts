import { es } from '../../../shared/framework/tuoc-text/es.ts';
import { TUOC_ITEMS, type TuocItem } from '../../../shared/tuoc.ts';

/** Spanish: TUOC group and capacity names, the default framework's own words (shared/framework/tuoc-text). */
export const tuoc = {
  tuocGroups: es.groups,
  tuoc: Object.fromEntries(TUOC_ITEMS.map((id) => [id, es.items[id].label])) as Record<TuocItem, string>,
};
