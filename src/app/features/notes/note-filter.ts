import type { Note } from '../../../shared/schemas/records.ts';

export interface NoteFilter {
  agendaItemId: string;
  kind: string;
  organisationId: string;
  capacity: string;
  query: string;
}

export const emptyNoteFilter = (): NoteFilter => ({ agendaItemId: '', kind: '', organisationId: '', capacity: '', query: '' });

/** Case- and accent-insensitive form for search: "Thiès" matches "thies". */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}

/**
 * Notes matching every set criterion. A note "belongs" to an organisation when it names it, or
 * when the participant who said it belongs to it. The query matches all its words, in any order.
 */
export function filterNotes(notes: readonly Note[], f: NoteFilter, orgOfParticipant: (participantId: string) => string | undefined): Note[] {
  const words = searchable(f.query).split(/\s+/).filter(Boolean);
  return notes.filter((n) => {
    if (f.agendaItemId && n.agendaItemId !== f.agendaItemId) return false;
    if (f.kind && n.kind !== f.kind) return false;
    if (f.capacity && !n.capacities.includes(f.capacity)) return false;
    if (f.organisationId) {
      const org = n.organisationId ?? (n.participantId ? orgOfParticipant(n.participantId) : undefined);
      if (org !== f.organisationId) return false;
    }
    if (words.length > 0) {
      const hay = searchable(n.text);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

export function isFiltered(f: NoteFilter): boolean {
  return Object.values(f).some((v) => v !== '');
}
