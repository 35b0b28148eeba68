import type { EditableOf } from '../../../shared/schemas/kinds.ts';
import type { ActionItem, SwotEntry } from '../../../shared/schemas/records.ts';

export interface SwotDraft {
  quadrant: SwotEntry['quadrant'];
  factorId: string;
  text: string;
}

export const emptySwotDraft = (): SwotDraft => ({ quadrant: 'opportunity', factorId: '', text: '' });

export function draftToSwot(d: SwotDraft, organisationId: string): EditableOf<'swot'> {
  const external = d.quadrant === 'opportunity' || d.quadrant === 'threat';
  return {
    quadrant: d.quadrant,
    text: d.text,
    organisationId: organisationId || undefined,
    factorId: (external && d.factorId) || undefined,
  };
}

export interface ActionDraft {
  itemId: string;
  action: string;
  who: string;
  due: string;
  indicator: string;
  status: ActionItem['status'];
}

export const emptyActionDraft = (): ActionDraft => ({ itemId: '', action: '', who: '', due: '', indicator: '', status: 'planned' });

export function draftToAction(d: ActionDraft, organisationId: string): EditableOf<'action'> {
  return { itemId: d.itemId, action: d.action, who: d.who.trim(), due: d.due, indicator: d.indicator, status: d.status, organisationId: organisationId || undefined };
}

export type ActionSort = 'due' | 'capacity' | 'status';

const STATUS_ORDER: Record<ActionItem['status'], number> = { 'in-progress': 0, planned: 1, proposed: 2, done: 3, dropped: 4 };

/** Sort actions; undated actions come last when sorting by date. */
export function sortActions(actions: readonly ActionItem[], by: ActionSort, itemOrder: (id: string) => number): ActionItem[] {
  const key = (a: ActionItem): [number | string, string] =>
    by === 'due' ? [a.due || '9999-99-99', a.createdAt] : by === 'capacity' ? [itemOrder(a.itemId), a.due || '9999'] : [STATUS_ORDER[a.status], a.due || '9999'];
  return [...actions].sort((a, b) => {
    const [ka, ta] = key(a);
    const [kb, tb] = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : ta.localeCompare(tb);
  });
}
