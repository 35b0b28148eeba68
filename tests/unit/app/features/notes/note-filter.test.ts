import { describe, expect, it } from 'vitest';
import { emptyNoteFilter, filterNotes, isFiltered, searchable } from '../../../../../src/app/features/notes/note-filter.ts';
import type { Note } from '../../../../../src/shared/schemas/records.ts';

let n = 0;
const note = (fields: Partial<Note>): Note => ({
  id: `0190a000-0000-7000-8000-${String(++n).padStart(12, '0')}`,
  workshopId: '0190a000-0000-7000-8000-000000000000',
  createdAt: '',
  updatedAt: '',
  deviceId: 'dev',
  deleted: false,
  kind: 'approach',
  text: '',
  capacities: [],
  ...fields,
});

const S1 = 'session-1';
const notes = [
  note({ kind: 'approach', text: 'Mutual health fund by mobile money', agendaItemId: S1, organisationId: 'org-b', capacities: ['resource-mobilisation'] }),
  note({ kind: 'challenge', text: 'Les cotisations irrégulières fragilisent la caisse', agendaItemId: S1, participantId: 'p-moussa' }),
  note({ kind: 'challenge', text: 'التمويل يعتمد على المانحين', capacities: ['autonomy', 'resource-mobilisation'] }),
  note({ kind: 'quote', text: 'Sem organização não há proteção', participantId: 'p-ingrid' }),
];
const orgOf = (id: string) => ({ 'p-moussa': 'org-b', 'p-ingrid': 'org-c' })[id];
const ids = (xs: Note[]) => xs.map((x) => notes.indexOf(x));

describe('note filters', () => {
  it('keeps everything with no filter', () => {
    expect(filterNotes(notes, emptyNoteFilter(), orgOf)).toHaveLength(4);
    expect(isFiltered(emptyNoteFilter())).toBe(false);
  });

  it('filters by session, kind and capacity, all together', () => {
    expect(ids(filterNotes(notes, { ...emptyNoteFilter(), kind: 'challenge' }, orgOf))).toEqual([1, 2]);
    expect(ids(filterNotes(notes, { ...emptyNoteFilter(), kind: 'challenge', agendaItemId: S1 }, orgOf))).toEqual([1]);
    expect(ids(filterNotes(notes, { ...emptyNoteFilter(), capacity: 'resource-mobilisation' }, orgOf))).toEqual([0, 2]);
  });

  it('counts a participant’s note toward their organisation', () => {
    expect(ids(filterNotes(notes, { ...emptyNoteFilter(), organisationId: 'org-b' }, orgOf))).toEqual([0, 1]);
    expect(ids(filterNotes(notes, { ...emptyNoteFilter(), organisationId: 'org-c' }, orgOf))).toEqual([3]);
  });

  it('searches all words, ignoring case and accents, in any script', () => {
    expect(ids(filterNotes(notes, { ...emptyNoteFilter(), query: 'CAISSE irregulieres' }, orgOf))).toEqual([1]);
    expect(ids(filterNotes(notes, { ...emptyNoteFilter(), query: 'protecao' }, orgOf))).toEqual([3]);
    expect(ids(filterNotes(notes, { ...emptyNoteFilter(), query: 'المانحين' }, orgOf))).toEqual([2]);
    expect(filterNotes(notes, { ...emptyNoteFilter(), query: 'fund caisse' }, orgOf)).toEqual([]);
    expect(searchable('Thiès')).toBe('thies');
  });

  it('filters 2,000 notes by text in well under a frame', () => {
    const many = Array.from({ length: 2000 }, (_, i) => note({ text: `note ${i} about organising informal workers ${i % 7 === 0 ? 'mobile money' : ''}` }));
    const out = filterNotes(many, { ...emptyNoteFilter(), query: 'mobile' }, orgOf);
    expect(out).toHaveLength(286);
  });
});
