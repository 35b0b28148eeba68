import type { EditableOf } from '../../../shared/schemas/kinds.ts';
import type { AgendaItem } from '../../../shared/schemas/records.ts';

export interface AgendaDraft {
  title: string;
  kind: AgendaItem['kind'];
  day: string;
  start: string;
  minutes: string;
}

export const emptyAgendaDraft = (): AgendaDraft => ({ title: '', kind: 'plenary', day: '1', start: '', minutes: '60' });

/** Numbers stay text while typed; a non-number becomes NaN, which the schema refuses with a message. */
const toInt = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

export function draftToAgenda(d: AgendaDraft, order: number): EditableOf<'agendaItem'> {
  return { title: d.title, kind: d.kind, day: toInt(d.day), start: d.start, minutes: toInt(d.minutes), order };
}

export function agendaToDraft(a: AgendaItem): AgendaDraft {
  return { title: a.title, kind: a.kind, day: String(a.day), start: a.start, minutes: String(a.minutes) };
}
