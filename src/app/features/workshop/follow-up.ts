import type { Workshop } from '../../../shared/schemas/records.ts';
import type { LocalStore } from '../../core/db/store.ts';
import { sortAgenda } from '../../../shared/agenda.ts';

/** What follows a workshop: a new workshop of its own a year on, or a new round in the same one. */
export type FollowUpKind = 'workshop' | 'round';

/** What the follow-up form edits: strings as typed. */
export interface FollowUpDraft {
  kind: FollowUpKind;
  title: string;
  startDate: string;
  endDate: string;
  /** A preset round ("follow-up") or OTHER_ROUND with `roundOther`. */
  roundChoice: string;
  roundOther: string;
}

/** The round choice that names its own round, as the scoring form's. */
const OTHER_ROUND = 'other';

/** The round after `current`: a baseline is followed up; a follow-up by a round the facilitator names. */
export const nextRoundDraft = (current: string | undefined): Pick<FollowUpDraft, 'roundChoice' | 'roundOther'> =>
  (current ?? 'baseline') === 'baseline' ? { roundChoice: 'follow-up', roundOther: '' } : { roundChoice: OTHER_ROUND, roundOther: '' };

export function emptyFollowUpDraft(w: Pick<Workshop, 'title' | 'currentRound'>, titleOf: (title: string) => string): FollowUpDraft {
  return { kind: 'workshop', title: titleOf(w.title), startDate: '', endDate: '', ...nextRoundDraft(w.currentRound) };
}

export const roundOf = (d: Pick<FollowUpDraft, 'roundChoice' | 'roundOther'>): string => (d.roundChoice === OTHER_ROUND ? d.roundOther : d.roundChoice).trim();

/** Schema errors name record fields; these draft fields hold them. */
export const FOLLOW_UP_ERROR_FIELDS: Record<string, (keyof FollowUpDraft)[]> = { currentRound: ['roundChoice', 'roundOther'] };

/**
 * A new round in the same workshop: assessments started from now on count for it; those already
 * made keep their own round.
 */
export function startRound(store: LocalStore, workshop: Workshop, d: FollowUpDraft): Promise<Workshop> {
  return store.repos.workshop.update(workshop.id, { currentRound: roundOf(d) });
}

/**
 * A follow-up workshop, made on this device (it syncs like any other): the same theme, country,
 * languages, facilitators, framework, anonymity and linked projects; the same organisations as new
 * records of its own (a workshop's records are its own, and the history matches them by name);
 * the agenda as a template: sessions, their kinds, days, order and durations, without times of
 * day, which are set anew for new dates. Participants, notes, scores and plans stay with the
 * baseline, where the history reads them. Its assessments count for the follow-up round.
 */
export async function startFollowUpWorkshop(store: LocalStore, from: Workshop, d: FollowUpDraft): Promise<Workshop> {
  const { repos } = store;
  const [organisations, agenda] = [await repos.organisation.list(from.id), sortAgenda(await repos.agendaItem.list(from.id))];
  const created = await repos.workshop.create({
    title: d.title,
    theme: from.theme,
    startDate: d.startDate,
    endDate: d.endDate,
    venue: '',
    country: from.country,
    languages: [...from.languages],
    facilitators: [...from.facilitators],
    objectives: '',
    projectIds: [...from.projectIds],
    frameworkId: from.frameworkId,
    anonymousScores: from.anonymousScores,
    status: 'planned',
    followsWorkshopId: from.id,
    currentRound: 'follow-up',
  });
  for (const o of organisations) await repos.organisation.create({ name: o.name, acronym: o.acronym, country: o.country, kind: o.kind, partnerRole: o.partnerRole }, created.id);
  for (const [i, a] of agenda.entries()) await repos.agendaItem.create({ title: a.title, kind: a.kind, day: a.day, start: '', minutes: a.minutes, order: i + 1 }, created.id);
  return created;
}
