import type { EditableOf } from '../../../shared/schemas/kinds.ts';
import type { ActionItem, SwotEntry } from '../../../shared/schemas/records.ts';
import { StorageError } from '../../core/db/errors.ts';

/** A card as a phone types it: its kind, an external factor for opportunities and threats, its words and the author's name. */
export interface CardDraft {
  quadrant: SwotEntry['quadrant'];
  factorId: string;
  text: string;
  author: string;
}

export const emptyCardDraft = (author = ''): CardDraft => ({ quadrant: 'strength', factorId: '', text: '', author });

/** Opportunities and threats come from outside the organisation: each names the external factor it is about. */
export const isExternal = (quadrant: CardDraft['quadrant']): boolean => quadrant === 'opportunity' || quadrant === 'threat';

export const cardToDraft = (card: SwotEntry): CardDraft => ({ quadrant: card.quadrant, factorId: card.factorId ?? '', text: card.text, author: card.author ?? '' });

/**
 * The card's fields a phone writes, for its delegation's organisation. An opportunity or threat
 * without its factor is refused here, as a field error, so the form keeps what was typed; an
 * anonymous workshop's card carries no name (the server refuses one).
 */
export function draftToCard(d: CardDraft, organisationId: string, anonymous: boolean): EditableOf<'swot'> {
  const external = isExternal(d.quadrant);
  if (external && !d.factorId) throw new StorageError('invalid_record', 'an opportunity or threat names its factor', [{ path: ['factorId'], code: 'too_small', message: 'required' }]);
  const author = anonymous ? '' : d.author.trim();
  return {
    quadrant: d.quadrant,
    text: d.text,
    organisationId,
    factorId: external ? d.factorId : undefined,
    author: author || undefined,
  };
}

/** An action a delegation drafts; its status is the facilitator's to set, so the draft has none. */
export interface PlanDraft {
  itemId: string;
  action: string;
  who: string;
  due: string;
  indicator: string;
}

export const emptyPlanDraft = (): PlanDraft => ({ itemId: '', action: '', who: '', due: '', indicator: '' });

export const actionToPlanDraft = (a: ActionItem): PlanDraft => ({ itemId: a.itemId, action: a.action, who: a.who, due: a.due, indicator: a.indicator });

/** A phone's draft for its organisation's plan: `proposed` until the facilitator accepts it. */
export function draftToPlanAction(d: PlanDraft, organisationId: string): EditableOf<'action'> {
  return { ...planFields(d), status: 'proposed', organisationId };
}

/** The fields of a draft an edit changes: never its status or organisation. */
export const planFields = (d: PlanDraft): Omit<EditableOf<'action'>, 'status' | 'organisationId'> => ({ itemId: d.itemId, action: d.action, who: d.who.trim(), due: d.due, indicator: d.indicator });

/** The statuses a delegation may give an accepted item: never back to a draft. */
export const ACCEPTED_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const satisfies readonly ActionItem['status'][];
