// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRoot } from 'solid-js';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { AppDb } from '../../../../../src/app/core/db/db.ts';
import { keptRecords } from '../../../../../src/app/core/db/kept-records.ts';
import type { Note } from '../../../../../src/shared/schemas/records.ts';
import type { Photo } from '../../../../../src/shared/schemas/photo-records.ts';
import { storePhoto } from '../../../../../src/app/core/db/photo-files.ts';
import { onOwnWrite } from '../../../../../src/app/core/db/own-writes.ts';
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
    // Another tab writes (another connection, as in a tab of its own): this tab reads what it wrote.
    const [template] = await until(notes, (n) => n.length === 3);
    const other = new AppDb(store.db.name);
    await other.open();
    const write = (text: string, at: string) => other.recordTable('note').put({ ...template!, id: `0190b000-0000-7000-8000-${at}`, text, createdAt: `${template!.createdAt}${Number(at)}` });
    try {
      await write('lost for a moment', '000000000001');
      await new Promise((r) => setTimeout(r, 50));
      expect(errors).toHaveLength(1);
      expect(notes()!.map((n) => n.text)).not.toContain('lost for a moment');
      await write('the next one', '000000000002');
      const after = await until(notes, (n) => n.length === 5);
      expect(after.map((n) => n.text).slice(0, 2)).toEqual(['the next one', 'lost for a moment']);
    } finally {
      console.error = log;
      repo.getMany = getMany;
      other.close();
    }
  });

  it('shows this tab’s own save with the record it stored, without reading it back', async () => {
    await until(notes, (n) => n.length === 3);
    const repo = store.repos.note;
    const getMany = repo.getMany.bind(repo);
    const read: string[][] = [];
    repo.getMany = (ids) => (read.push([...ids]), getMany(ids));
    try {
      const saved = await store.repos.note.create(note('fourth'), workshopId);
      // Told in the same turn as the save's own promise: no read, no wait.
      expect(notes()![0]).toBe(saved);
      const edited = await store.repos.note.update(saved.id, { text: 'fourth, edited' });
      expect(notes()![0]).toBe(edited);
      await store.repos.note.remove(notes()![1]!.id);
      expect(notes()!.map((n) => n.text)).toEqual(['fourth, edited', 'second', 'first']);
      // Another workshop's note, saved here, changes nothing.
      const elsewhere = notes();
      await store.repos.note.create(note('elsewhere'), otherId);
      expect(notes()).toBe(elsewhere);
      await new Promise((r) => setTimeout(r, 50));
      expect(read).toEqual([]);
    } finally {
      repo.getMany = getMany;
    }
  });

  it('shows a new note in the turn of the save, then the note as stored', async () => {
    const before = await until(notes, (n) => n.length === 3);
    const saving = store.repos.note.create(note('fourth'), workshopId);
    // In the same turn as the key press, before any request of the save has been answered.
    const shown = notes()!;
    expect(shown.map((n) => n.text)).toEqual(['fourth', 'third', 'second', 'first']);
    shown.slice(1).forEach((n, i) => expect(n).toBe(before[i]));
    const saved = await saving;
    expect(saved.id).toBe(shown[0]!.id);
    expect(notes()![0]).toBe(saved);
    expect(await store.repos.note.get(saved.id)).toEqual(saved);
  });

  it('a screen that fails on a saved record neither fails the save nor keeps the others from it', async () => {
    await until(notes, (n) => n.length === 3);
    const stop = onOwnWrite(store.db.name, 'note', () => {
      throw new Error('a broken screen');
    });
    const log = console.error;
    const errors: unknown[] = [];
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const saved = await store.repos.note.create(note('fourth'), workshopId);
      expect(notes()![0]).toBe(saved);
      expect(errors.length).toBeGreaterThan(0);
    } finally {
      stop();
      console.error = log;
    }
  });

  it('takes a new note off at once when its save fails, even if the list cannot read', async () => {
    const before = await until(notes, (n) => n.length === 3);
    const outbox = store.db.outbox;
    const add = outbox.add.bind(outbox);
    const repo = store.repos.note;
    const getMany = repo.getMany.bind(repo);
    outbox.add = () => {
      throw new Error('QuotaExceededError');
    };
    repo.getMany = () => Promise.reject(new Error('DatabaseClosedError'));
    const log = console.error;
    console.error = () => undefined;
    try {
      const failing = store.repos.note.create(note('never stored'), workshopId);
      expect(notes()![0]!.text).toBe('never stored');
      await expect(failing).rejects.toThrow();
      expect(notes()).toEqual(before);
      notes()!.forEach((n, i) => expect(n).toBe(before[i]));
    } finally {
      outbox.add = add;
      repo.getMany = getMany;
      console.error = log;
    }
  });

  it('reads the record again when this tab’s save failed, so a change another tab made just before shows', async () => {
    const before = await until(notes, (n) => n.length === 3);
    const other = new AppDb(store.db.name);
    await other.open();
    const outbox = store.db.outbox;
    const add = outbox.add.bind(outbox);
    try {
      // The other tab's write is queued first, commits while this tab's edit is under way (its
      // announcement skipped: the edit is in flight), then the edit fails.
      const theirs = other.recordTable('note').put({ ...before[0]!, text: 'third, from the other tab' });
      outbox.add = () => {
        throw new Error('QuotaExceededError');
      };
      await expect(store.repos.note.update(before[0]!.id, { text: 'third, here' })).rejects.toThrow();
      await theirs;
      const after = await until(notes, (n) => n[0]!.text === 'third, from the other tab');
      after.slice(1).forEach((n, i) => expect(n).toBe(before[i + 1]));
    } finally {
      outbox.add = add;
      other.close();
    }
  });

  it('shows a photo only once the transaction holding it and its files commits', async () => {
    let photos!: () => Photo[] | undefined;
    let stop!: () => void;
    createRoot((d) => {
      stop = d;
      photos = keptRecords(store, 'photo', workshopId);
    });
    await until(photos as unknown as () => Note[] | undefined, (p) => p.length === 0);
    const put = store.db.photoFile.put.bind(store.db.photoFile);
    store.db.photoFile.put = (() => Promise.reject(new Error('QuotaExceededError'))) as unknown as typeof put;
    const bytes = new Uint8Array([1, 2, 3]);
    const file = { hash: 'a'.repeat(64), type: 'image/jpeg' as const, bytes: 3, width: 8, height: 6 };
    try {
      await expect(
        storePhoto(
          store.db,
          store.repos,
          { subject: 'workshop', subjectId: workshopId, caption: 'Flipchart', file, thumb: { ...file, hash: 'b'.repeat(64), type: 'image/webp' }, recognisable: false, consent: false },
          workshopId,
          {
            file: new Blob([bytes]),
            thumb: new Blob([bytes]),
          },
        ),
      ).rejects.toThrow();
      await new Promise((r) => setTimeout(r, 50));
      expect(photos()).toEqual([]);
      expect(await store.repos.photo.list(workshopId)).toEqual([]);
    } finally {
      store.db.photoFile.put = put;
      stop();
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
