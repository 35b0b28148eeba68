import type { AgreedEntry } from '../../../shared/framework/agreed.ts';
import type { AgreedScore } from '../../../shared/schemas/room-records.ts';

/** The choice that records "the group could not agree" (a null score). */
export const COULD_NOT_AGREE = 'none';

/** One item's agreed score as its form holds it: the choice ('' not recorded, COULD_NOT_AGREE, or a scale point) and the words. */
export interface AgreedDraft {
  value: string;
  justification: string;
}

export function agreedToDraft(entry: Pick<AgreedEntry, 'value' | 'justification'> | undefined): AgreedDraft {
  if (!entry) return { value: '', justification: '' };
  return { value: entry.value === null ? COULD_NOT_AGREE : String(entry.value), justification: entry.justification };
}

/** The score a choice stands for: undefined when nothing is chosen, null for "could not agree". */
export function draftValue(choice: string): number | null | undefined {
  if (choice === '') return undefined;
  return choice === COULD_NOT_AGREE ? null : Number(choice);
}

/** What a save does with an item's record. */
export type AgreedWrite =
  | { kind: 'put'; fields: Partial<Pick<AgreedScore, 'value' | 'justification'>> }
  /** Nothing chosen and nothing written, on an item that has a record: the record goes. */
  | { kind: 'remove' }
  /** Words without a score: the score is asked for, the words stay in the form. */
  | { kind: 'needsValue' }
  | { kind: 'nothing' };

/**
 * What saving a draft writes. On an item already recorded only the fields the person changed travel,
 * so two facilitators' tablets editing the value and the justification of one item merge both.
 */
export function agreedWrite(draft: AgreedDraft, baseline: AgreedDraft, recorded: boolean): AgreedWrite {
  const value = draftValue(draft.value);
  const justification = draft.justification.trim();
  if (value === undefined) {
    if (justification !== '') return { kind: 'needsValue' };
    return recorded ? { kind: 'remove' } : { kind: 'nothing' };
  }
  if (!recorded) return { kind: 'put', fields: { value, justification } };
  const fields: Partial<Pick<AgreedScore, 'value' | 'justification'>> = {};
  if (draft.value !== baseline.value) fields.value = value;
  if (justification !== baseline.justification.trim()) fields.justification = justification;
  return Object.keys(fields).length > 0 ? { kind: 'put', fields } : { kind: 'nothing' };
}
