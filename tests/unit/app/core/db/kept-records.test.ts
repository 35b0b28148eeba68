// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRoot } from 'solid-js';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { AppDb } from '../../../../../src/app/core/db/db.ts';
import { keptRecords } from '../../../../../src/app/core/db/kept-records.ts';
import type { Note } from '../../../../../src/shared/schemas/records.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

const NOW = 1_764_000_000_000;
const note = (text: string) => ({ kind: 'approach' as const, text, capacities: [] as string[] });
const newestFirst = (a: Note, b: Note) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);

/** Resolves once the kept list satisfies `ok`. */
function until(list: () => Note[] | undefined, ok: (notes: Note[]) => boolean): Promise<Note[]> {
  return new Promise((resolve, reject) => {
    const give = setTimeout(() => reject(new Error(`never: ${JSON.stringify(list()?.map((n) => n.text))}`)), 4000);
    const check = () => {
      const now = list();
      if (now && ok(now)) {
        clearTimeout(give);
        resolve(now);
      } else setTimeout(check, 5);
    };
    check();
  });
}

describe('a screen keeps a workshop’s records and applies each change', { timeout: 20_000 }, () => {
  let store: LocalStore;
  let workshopId: string;
  let otherId: string;
  let dispose: () => void;
  let notes: () => Note[] | undefined;
  beforeEach(async () => {
    store = await openLocalStore(`kept-${Math.random()}`, () => NOW);
    workshopId = (await store.repos.workshop.create(workshopFields('Social protection'))).id;
    otherId = (await store.repos.workshop.create(workshopFields('Another'))).id;
    for (const text of ['first', 'second', 'third']) await store.repos.note.create(note(text), workshopId);
    createRoot((d) => {
      dispose = d;
      notes = keptRecords(store, 'note', workshopId, newestFirst);
    });
  });
  afterEach(() => {
    dispose();
    store.close();
  });

  it('adds a saved note first, and every other note keeps its object', async () => {
    const before = await until(notes, (n) => n.length === 3);
    expect(before.map((n) => n.text)).toEqual(['third', 'second', 'first']);
    await store.repos.note.create(note('fourth'), workshopId);
    const after = await until(notes, (n) => n.length === 4);
    expect(after.map((n) => n.text)).toEqual(['fourth', 'third', 'second', 'first']);
    expect(after.slice(1)).toEqual(before);
    after.slice(1).forEach((n, i) => expect(n).toBe(before[i]));
  });

  it('applies an edit and a delete, and ignores another workshop’s notes', async () => {
    const before = await until(notes, (n) => n.length === 3);
    await store.repos.note.create(note('elsewhere'), otherId);
    await store.repos.note.update(before[1]!.id, { text: 'second, edited' });
    await store.repos.note.remove(before[0]!.id);
    const after = await until(notes, (n) => n.length === 2 && n[0]!.text === 'second, edited');
    expect(after.map((n) => n.text)).toEqual(['second, edited', 'first']);
    expect(after[1]).toBe(before[2]);
  });

  it('tries a change again whose read failed (the database closing under another tab), at the next change', async () => {
    await until(notes, (n) => n.length === 3);
    const repo = store.repos.note;
    const getMany = repo.getMany.bind(repo);
    let failures = 1;
    repo.getMany = (ids) => (failures-- > 0 ? Promise.reject(new Error('DatabaseClosedError')) : getMany(ids));
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      await store.repos.note.create(note('lost for a moment'), workshopId);
      await new Promise((r) => setTimeout(r, 50));
      expect(errors).toHaveLength(1);
      expect(notes()!.map((n) => n.text)).not.toContain('lost for a moment');
      await store.repos.note.create(note('the next one'), workshopId);
      const after = await until(notes, (n) => n.length === 5);
      expect(after.map((n) => n.text).slice(0, 2)).toEqual(['the next one', 'lost for a moment']);
    } finally {
      console.error = log;
      repo.getMany = getMany;
    }
  });

  it('sees a change written by another connection to the database (another tab, a sync) and a bulk write', async () => {
    const before = await until(notes, (n) => n.length === 3);
    const other = new AppDb(store.db.name);
    await other.open();
    // A sync applies pulled records in bulk: 60 at once is a change Dexie reports as a range.
    const pulled = Array.from({ length: 60 }, (_, i) => ({
      ...before[0]!,
      id: `0190a000-0000-7000-8000-${String(i).padStart(12, '0')}`,
      text: `pulled ${i}`,
      createdAt: `${before[0]!.createdAt}${i}`,
    }));
    await other.recordTable('note').bulkPut(pulled);
    const after = await until(notes, (n) => n.length === 63);
    expect(after.filter((n) => before.includes(n))).toHaveLength(3);
    await other.recordTable('note').put({ ...before[2]!, text: 'first, from the other tab' });
    await until(notes, (n) => n.some((x) => x.text === 'first, from the other tab'));
    other.close();
  });
});
