// Device A of the replication benchmarks: the app's own storage layer, in Node (over fake-indexeddb,
// imported first by the caller) or in Chromium (bench/browser/ours.ts). No IndexedDB import here.
import { openLocalStore, type LocalStore } from '../src/app/core/db/store.ts';
import type { Note } from '../src/shared/schemas/records.ts';
import { workshopFields } from '../tests/support/workshop-fields.ts';

/** The note every benchmark device writes: a line of a workshop's notes. */
export const noteText = (i: number) => `Note ${i}: members in the informal economy organise a mutual fund paid by mobile money.`;

/** A note's own fields, as a facilitator types them. */
export interface NoteDraft {
  kind: Note['kind'];
  text: string;
  capacities: string[];
}

/**
 * A workshop and `records - 1` notes of it, written one by one as a facilitator would: `notes` in
 * turn when given (bench/note-corpus.ts), otherwise one sentence with the note's number.
 */
export async function makeWorkshopOnDevice(name: string, records: number, notes?: readonly NoteDraft[]): Promise<{ store: LocalStore; workshopId: string; writeMs: number }> {
  const store = await openLocalStore(name);
  const t0 = performance.now();
  const w = await store.repos.workshop.create(workshopFields('Bench'));
  for (let i = 1; i < records; i++) {
    const note = notes?.[(i - 1) % notes.length] ?? { kind: 'approach', text: noteText(i), capacities: ['resource-mobilisation'] };
    await store.repos.note.create(note, w.id);
  }
  return { store, workshopId: w.id, writeMs: performance.now() - t0 };
}

/** Records of the workshop a device holds: the workshop and its notes. */
export async function workshopRecordCount(store: LocalStore, workshopId: string): Promise<number> {
  return (await store.repos.note.list(workshopId)).length + ((await store.repos.workshop.get(workshopId)) ? 1 : 0);
}
