import { fr } from '../../../shared/framework/tuoc-text/fr.ts';
import { TUOC_ITEMS, type TuocItem } from '../../../shared/tuoc.ts';

/** French: TUOC group and capacity names, the default framework's own words (shared/framework/tuoc-text). */
export const tuoc = {
  tuocGroups: fr.groups,
  tuoc: Object.fromEntries(TUOC_ITEMS.map((id) => [id, fr.items[id].label])) as Record<TuocItem, string>,
};
