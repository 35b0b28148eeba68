import type { EditableOf } from '../../../shared/schemas/kinds.ts';
import type { Note, Practice } from '../../../shared/schemas/records.ts';

export type PracticeDraft = Pick<Practice, 'title' | 'context' | 'approach' | 'results' | 'capacities' | 'sustainability' | 'contact' | 'organisationIds' | 'status'>;

export const emptyPracticeDraft = (): PracticeDraft => ({
  title: '',
  context: '',
  approach: '',
  results: '',
  capacities: [],
  sustainability: '',
  contact: '',
  organisationIds: [],
  status: 'draft',
});

export const practiceToDraft = (p: Practice): PracticeDraft => ({
  title: p.title,
  context: p.context,
  approach: p.approach,
  results: p.results,
  capacities: [...p.capacities],
  sustainability: p.sustainability,
  contact: p.contact,
  organisationIds: [...p.organisationIds],
  status: p.status,
});

export const draftToPractice = (d: PracticeDraft): Omit<EditableOf<'practice'>, 'projectIds' | 'sourceNoteId'> => ({ ...d });

const TITLE_WORDS = 10;

/** A practice card started from a note: its words become the approach, its tags the capacities. */
export function practiceFromNote(note: Note, orgOfParticipant: (id: string) => string | undefined): EditableOf<'practice'> {
  const words = note.text.split(/\s+/);
  const org = note.organisationId ?? (note.participantId ? orgOfParticipant(note.participantId) : undefined);
  return {
    ...emptyPracticeDraft(),
    title: words.slice(0, TITLE_WORDS).join(' ') + (words.length > TITLE_WORDS ? '…' : ''),
    approach: note.text,
    capacities: [...note.capacities],
    organisationIds: org ? [org] : [],
    projectIds: [],
    sourceNoteId: note.id,
  };
}
