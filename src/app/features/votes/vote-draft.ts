import type { EditableOf } from '../../../shared/schemas/kinds.ts';
import { POLL_MAX_DOTS, POLL_MAX_OPTIONS, type Poll, type PollOption } from '../../../shared/schemas/room-records.ts';

/** The "New vote" form as typed: kept on disk while it is filled. */
export interface VoteDraft {
  title: string;
  subject: Poll['subject'];
  /** The chosen options' ids, of the subject's options. */
  optionIds: string[];
  /** Empty: everyone votes. */
  organisationId: string;
  dots: string;
  stack: boolean;
}

const DEFAULT_DOTS = 3;

export const emptyVoteDraft = (): VoteDraft => ({ title: '', subject: 'capacities', optionIds: [], organisationId: '', dots: String(DEFAULT_DOTS), stack: false });

/** What is wrong with a field of the draft, before anything is written. */
export type VoteDraftProblem = 'titleMissing' | 'tooFewOptions' | 'tooManyOptions' | 'dotsRange';

/** The draft's chosen options, in the order they are offered (ids no longer offered are left out). */
const chosenOptions = (d: VoteDraft, offered: readonly PollOption[]): PollOption[] => offered.filter((o) => d.optionIds.includes(o.id));

const dotsOf = (d: VoteDraft): number => (/^\s*\d+\s*$/.test(d.dots) ? Number(d.dots) : NaN);

/** Each field's problem, if any: a draft with none opens as a vote. */
export function voteDraftProblems(d: VoteDraft, offered: readonly PollOption[]): Partial<Record<'title' | 'optionIds' | 'dots', VoteDraftProblem>> {
  const out: Partial<Record<'title' | 'optionIds' | 'dots', VoteDraftProblem>> = {};
  if (d.title.trim() === '') out.title = 'titleMissing';
  const n = chosenOptions(d, offered).length;
  if (n < 2) out.optionIds = 'tooFewOptions';
  else if (n > POLL_MAX_OPTIONS) out.optionIds = 'tooManyOptions';
  const dots = dotsOf(d);
  if (!(dots >= 1 && dots <= POLL_MAX_DOTS)) out.dots = 'dotsRange';
  return out;
}

/** The vote a draft opens: voting starts at once. */
export function draftToPoll(d: VoteDraft, offered: readonly PollOption[]): EditableOf<'poll'> {
  return {
    title: d.title.trim(),
    subject: d.subject,
    options: chosenOptions(d, offered),
    dots: dotsOf(d),
    stack: d.stack,
    organisationId: d.organisationId || undefined,
    state: 'open',
  };
}
