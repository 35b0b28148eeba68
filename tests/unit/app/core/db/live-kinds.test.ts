import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { AppDb } from '../../../../../src/app/core/db/db.ts';
import { fillLiveKinds, liveNoteTotal, noteCounts } from '../../../../../src/app/core/db/live-kinds.ts';

/** The field the device keeps on live notes (core/db/live-kinds.ts). */
const LIVE_KIND = 'liveKind';
import { watch } from '../../../../../src/app/core/db/live.ts';
import { SCHEMA_VERSIONS } from '../../../../../src/app/core/db/schema-versions.ts';
import { applySyncResult } from '../../../../../src/app/core/db/sync-state.ts';
import { noteSchema, type Note } from '../../../../../src/shared/schemas/records.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

const NOW = 1_764_000_000_000;
const none = { approach: 0, challenge: 0, result: 0, lesson: 0, question: 0, quote: 0 };

/** A note as IndexedDB holds it, read past Dexie and its middleware. */
function rawNote(name: string, id: string): Promise<Record<string, unknown> | undefined> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => {
      const req = open.result.transaction('note').objectStore('note').get(id);
      req.onsuccess = () => (open.result.close(), resolve(req.result as Record<string, unknown> | undefined));
      req.onerror = () => reject(req.error ?? new Error('read failed'));
    };
    open.onerror = () => reject(open.error ?? new Error('open failed'));
  });
}

describe('a workshop’s notes counted by kind on the index of live notes', () => {
  let store: LocalStore;
  let workshopId: string;
  beforeEach(async () => {
    store = await openLocalStore(`live-kinds-${Math.random()}`, () => NOW);
    // A new device: nothing to fill, so the counts come from the index from the start.
    await fillLiveKinds(store.db);
    workshopId = (await store.repos.workshop.create(workshopFields('Counting'))).id;
  });
  afterEach(() => store.close());

  it('follow saves, a change of kind, a delete and an undo, each workshop apart', async () => {
    const other = (await store.repos.workshop.create(workshopFields('Elsewhere'))).id;
    const a = await store.repos.note.create({ kind: 'approach', text: 'Dues by mobile money', capacities: [] }, workshopId);
    const b = await store.repos.note.create({ kind: 'approach', text: 'Shop stewards elected', capacities: [] }, workshopId);
    await store.repos.note.create({ kind: 'quote', text: '“Nothing about us without us.”', capacities: [] }, workshopId);
    await store.repos.note.create({ kind: 'challenge', text: 'Elsewhere', capacities: [] }, other);
    expect(await noteCounts(store, workshopId)).toEqual({ ...none, approach: 2, quote: 1 });

    await store.repos.note.update(b.id, { kind: 'lesson' });
    await store.repos.note.remove(a.id);
    expect(await noteCounts(store, workshopId)).toEqual({ ...none, lesson: 1, quote: 1 });
    expect(await noteCounts(store, other)).toEqual({ ...none, challenge: 1 });
    expect([await liveNoteTotal(store, workshopId), await liveNoteTotal(store, other)]).toEqual([2, 1]);

    await store.repos.note.restore(a.id);
    expect(await noteCounts(store, workshopId)).toEqual({ ...none, approach: 1, lesson: 1, quote: 1 });
  });

  it('is stored on live notes only, and no read of a note ever returns it', async () => {
    const kept = await store.repos.note.create({ kind: 'result', text: 'Membership up by a third', capacities: [] }, workshopId);
    const gone = await store.repos.note.create({ kind: 'result', text: 'Deleted', capacities: [] }, workshopId);
    await store.repos.note.remove(gone.id);
    expect((await rawNote(store.db.name, kept.id))?.[LIVE_KIND]).toBe('result');
    const tombstone = await rawNote(store.db.name, gone.id);
    expect(tombstone?.deleted).toBe(true);
    expect(tombstone).not.toHaveProperty(LIVE_KIND);

    const table = store.db.recordTable('note');
    const read = [await table.get(kept.id), ...(await table.bulkGet([kept.id, gone.id])), ...(await table.where('workshopId').equals(workshopId).toArray()), ...(await table.toArray())];
    await table.each((row) => void read.push(row));
    for (const row of read) {
      expect(row).not.toHaveProperty(LIVE_KIND);
      expect(noteSchema().safeParse(row).success).toBe(true);
    }
    // Dexie's own read-modify-write (Table.update) keeps the field right, too.
    await table.update(kept.id, { kind: 'question' });
    expect((await rawNote(store.db.name, kept.id))?.[LIVE_KIND]).toBe('question');
    expect(await table.get(kept.id)).not.toHaveProperty(LIVE_KIND);
  });

  it('count what a sync pulls, and stop counting a note whose deletion it pulls', async () => {
    const mine = await store.repos.note.create({ kind: 'approach', text: 'Written here', capacities: [] }, workshopId);
    const pulled: Note = {
      ...mine,
      id: '0190a000-0000-7000-8000-0000000000b1',
      text: 'Written on the other tablet',
      kind: 'challenge',
      deviceId: 'othertablet',
      updatedAt: '001800000000000-000000-othertablet',
    };
    await applySyncResult(store.db, { acks: [], changes: [{ kind: 'note', record: pulled }], cursor: '1' });
    expect(await noteCounts(store, workshopId)).toEqual({ ...none, approach: 1, challenge: 1 });
    await applySyncResult(store.db, { acks: [], changes: [{ kind: 'note', record: { ...pulled, deleted: true, updatedAt: '001800000000100-000000-othertablet' } }], cursor: '2' });
    expect(await noteCounts(store, workshopId)).toEqual({ ...none, approach: 1 });
  });

  it('are counted again when a note changes, in this connection or another (another tab)', async () => {
    const seen: number[] = [];
    const sub = watch(() => noteCounts(store, workshopId)).subscribe({ next: (c) => void seen.push(c.approach) });
    const until = async (n: number) => {
      for (let i = 0; i < 400 && seen.at(-1) !== n; i++) await new Promise((r) => setTimeout(r, 5));
      expect(seen.at(-1)).toBe(n);
    };
    try {
      await until(0);
      await store.repos.note.create({ kind: 'approach', text: 'One', capacities: [] }, workshopId);
      await until(1);
      const tab = new AppDb(store.db.name);
      await tab.open();
      const [one] = await tab.recordTable('note').toArray();
      await tab.recordTable('note').put({ ...one!, id: '0190a000-0000-7000-8000-0000000000c1' });
      await until(2);
      await tab.recordTable('note').put({ ...one!, deleted: true });
      await until(1);
      tab.close();
    } finally {
      sub.unsubscribe();
    }
  });
});

/** Puts notes straight into IndexedDB, as a build without the index (or a tab still running one) does. */
function putRaw(name: string, notes: Record<string, unknown>[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => {
      const tx = open.result.transaction('note', 'readwrite');
      for (const n of notes) tx.objectStore('note').put(n);
      tx.oncomplete = () => (open.result.close(), resolve());
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    };
    open.onerror = () => reject(open.error ?? new Error('open failed'));
  });
}

const stamp = '001764000000000-000000-olddevice';
const W = '0190a000-0000-7000-8000-000000000001';
const oldNote = (n: number, kind: string, deleted = false) => ({
  id: `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`,
  workshopId: W,
  createdAt: stamp,
  updatedAt: stamp,
  deviceId: 'olddevice',
  capacities: [],
  text: `Kept from before ${n}`,
  kind,
  deleted,
});

describe('the index of live notes, on a device that had notes before it', () => {
  /** A device at schema version 6 with 1,201 notes: 1,000 lessons, 200 quotes, one deleted lesson. */
  async function oldDevice(): Promise<string> {
    const name = `live-kinds-upgrade-${Math.random()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((v) => v.version <= 6)) old.version(v.version).stores(v.stores);
    await old.open();
    await old
      .table('note')
      .bulkPut([...Array.from({ length: 1_000 }, (_, i) => oldNote(i, 'lesson')), ...Array.from({ length: 200 }, (_, i) => oldNote(1_000 + i, 'quote')), oldNote(5_000, 'lesson', true)]);
    old.close();
    return name;
  }

  it('counts them by reading them until the fill after start has written them all, a page at a time; then on the index', async () => {
    const name = await oldDevice();
    const store = await openLocalStore(name);
    expect(await noteCounts(store, W)).toEqual({ ...none, lesson: 1_000, quote: 200 });
    expect(await store.db.table('note').where('[workshopId+liveKind]').equals([W, 'lesson']).count()).toBe(0);
    // The index cannot tell the number of all yet: a list waits for every note instead.
    expect(await liveNoteTotal(store, W)).toBeUndefined();
    const pages: number[] = [];
    await fillLiveKinds(store.db, async () => void pages.push(1));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(await store.db.table('note').where('[workshopId+liveKind]').equals([W, 'lesson']).count()).toBe(1_000);
    expect(await rawNote(name, oldNote(5_000, 'lesson').id)).not.toHaveProperty(LIVE_KIND);
    expect(await noteCounts(store, W)).toEqual({ ...none, lesson: 1_000, quote: 200 });
    expect(await liveNoteTotal(store, W)).toBe(1_200);
    expect(await liveNoteTotal(store, 'another-workshop')).toBe(0);
    expect(await store.repos.note.list(W)).toHaveLength(1_200);
    store.close();
  });

  it('stops where writing fails (a full device) and counts by reading until a later start completes it', async () => {
    const name = await oldDevice();
    const store = await openLocalStore(name);
    const table = store.db.table('note');
    const bulkPut = table.bulkPut.bind(table);
    let pages = 0;
    table.bulkPut = ((rows: unknown[]) => (++pages === 2 ? Promise.reject(new Error('QuotaExceededError')) : bulkPut(rows))) as typeof table.bulkPut;
    await expect(fillLiveKinds(store.db)).rejects.toThrow('QuotaExceededError');
    table.bulkPut = bulkPut;
    expect(await noteCounts(store, W)).toEqual({ ...none, lesson: 1_000, quote: 200 });
    await fillLiveKinds(store.db);
    expect(await store.db.table('note').where('[workshopId+liveKind]').equals([W, 'quote']).count()).toBe(200);
    store.close();
  });

  it('writes again, once read, a note a tab of an older build stored without it', async () => {
    const name = `live-kinds-old-tab-${Math.random()}`;
    const store = await openLocalStore(name);
    await fillLiveKinds(store.db);
    await putRaw(name, [oldNote(1, 'approach'), oldNote(2, 'approach')]);
    // The index does not hold them yet…
    expect(await noteCounts(store, W)).toEqual(none);
    // …until the notes are read (the workshop opened): they are written again just after.
    expect(await store.repos.note.list(W)).toHaveLength(2);
    for (let i = 0; i < 200 && (await noteCounts(store, W)).approach < 2; i++) await new Promise((r) => setTimeout(r, 5));
    expect(await noteCounts(store, W)).toEqual({ ...none, approach: 2 });
    expect((await rawNote(name, oldNote(1, 'approach').id))?.[LIVE_KIND]).toBe('approach');
    store.close();
  });
});
