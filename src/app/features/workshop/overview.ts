import { GENDERS, NOTE_KINDS, PRACTICE_STATUSES, type AgendaItem, type Organisation, type Participant, type Practice } from '../../../shared/schemas/records.ts';
import type { NoteCounts } from '../../core/db/live-kinds.ts';

export interface WorkshopCounts {
  organisations: number;
  participants: number;
  sessions: number;
  notes: number;
  practices: number;
  byGender: Record<(typeof GENDERS)[number], number>;
  notesByKind: NoteCounts;
  practicesByStatus: Record<(typeof PRACTICE_STATUSES)[number], number>;
}

/** No notes of any kind: what the overview shows until they are counted. */
export const NO_NOTES: NoteCounts = tally(NOTE_KINDS, []);

function tally<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) out[v] += 1;
  return out;
}

export function workshopCounts(data: {
  organisations: readonly Organisation[];
  participants: readonly Participant[];
  agenda: readonly AgendaItem[];
  /** Live notes by kind (counted on an index: the notes themselves are not read). */
  notesByKind: NoteCounts;
  practices: readonly Practice[];
}): WorkshopCounts {
  return {
    organisations: data.organisations.length,
    participants: data.participants.length,
    sessions: data.agenda.length,
    notes: NOTE_KINDS.reduce((n, kind) => n + data.notesByKind[kind], 0),
    practices: data.practices.length,
    byGender: tally(
      GENDERS,
      data.participants.map((p) => p.gender),
    ),
    notesByKind: data.notesByKind,
    practicesByStatus: tally(
      PRACTICE_STATUSES,
      data.practices.map((p) => p.status),
    ),
  };
}
