import { GENDERS, NOTE_KINDS, PRACTICE_STATUSES, type AgendaItem, type Note, type Organisation, type Participant, type Practice } from '../../../shared/schemas/records.ts';

export interface WorkshopCounts {
  organisations: number;
  participants: number;
  sessions: number;
  notes: number;
  practices: number;
  byGender: Record<(typeof GENDERS)[number], number>;
  notesByKind: Record<(typeof NOTE_KINDS)[number], number>;
  practicesByStatus: Record<(typeof PRACTICE_STATUSES)[number], number>;
}

function tally<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) out[v] += 1;
  return out;
}

export function workshopCounts(data: {
  organisations: readonly Organisation[];
  participants: readonly Participant[];
  agenda: readonly AgendaItem[];
  notes: readonly Note[];
  practices: readonly Practice[];
}): WorkshopCounts {
  return {
    organisations: data.organisations.length,
    participants: data.participants.length,
    sessions: data.agenda.length,
    notes: data.notes.length,
    practices: data.practices.length,
    byGender: tally(
      GENDERS,
      data.participants.map((p) => p.gender),
    ),
    notesByKind: tally(
      NOTE_KINDS,
      data.notes.map((n) => n.kind),
    ),
    practicesByStatus: tally(
      PRACTICE_STATUSES,
      data.practices.map((p) => p.status),
    ),
  };
}
