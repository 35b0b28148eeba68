import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { AppDb } from '../../../../../src/app/core/db/db.ts';
import { liveNoteCounts } from '../../../../../src/app/core/db/live-kinds.ts';

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
    workshopId = (await store.repos.workshop.create(workshopFields('Counting'))).id;
  });
  afterEach(() => store.close());

  it('follow saves, a change of kind, a delete and an undo, each workshop apart', async () => {
    const other = (await store.repos.workshop.create(workshopFields('Elsewhere'))).id;
    const a = await store.repos.note.create({ kind: 'approach', text: 'Dues by mobile money', capacities: [] }, workshopId);
    const b = await store.repos.note.create({ kind: 'approach', text: 'Shop stewards elected', capacities: [] }, workshopId);
    await store.repos.note.create({ kind: 'quote', text: '“Nothing about us without us.”', capacities: [] }, workshopId);
    await store.repos.note.create({ kind: 'challenge', text: 'Elsewhere', capacities: [] }, other);
    expect(await liveNoteCounts(store.db, workshopId)).toEqual({ ...none, approach: 2, quote: 1 });

    await store.repos.note.update(b.id, { kind: 'lesson' });
    await store.repos.note.remove(a.id);
    expect(await liveNoteCounts(store.db, workshopId)).toEqual({ ...none, lesson: 1, quote: 1 });
    expect(await liveNoteCounts(store.db, other)).toEqual({ ...none, challenge: 1 });

    await store.repos.note.restore(a.id);
    expect(await liveNoteCounts(store.db, workshopId)).toEqual({ ...none, approach: 1, lesson: 1, quote: 1 });
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
    expect(await liveNoteCounts(store.db, workshopId)).toEqual({ ...none, approach: 1, challenge: 1 });
    await applySyncResult(store.db, { acks: [], changes: [{ kind: 'note', record: { ...pulled, deleted: true, updatedAt: '001800000000100-000000-othertablet' } }], cursor: '2' });
    expect(await liveNoteCounts(store.db, workshopId)).toEqual({ ...none, approach: 1 });
  });

  it('are counted again when a note changes, in this connection or another (another tab)', async () => {
    const seen: number[] = [];
    const sub = watch(() => liveNoteCounts(store.db, workshopId)).subscribe({ next: (c) => void seen.push(c.approach) });
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

describe('the index of live notes, on a device that had notes before it', () => {
  it('holds every live note once the device opens with this build, and no deleted one', async () => {
    const name = `live-kinds-upgrade-${Math.random()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((v) => v.version <= 6)) old.version(v.version).stores(v.stores);
    await old.open();
    const stamp = '001764000000000-000000-olddevice';
    const base = { workshopId: '0190a000-0000-7000-8000-000000000001', createdAt: stamp, updatedAt: stamp, deviceId: 'olddevice', capacities: [], text: 'Kept from before' };
    await old.table('note').bulkPut([
      { ...base, id: '0190a000-0000-7000-8000-0000000000d1', kind: 'lesson', deleted: false },
      { ...base, id: '0190a000-0000-7000-8000-0000000000d2', kind: 'lesson', deleted: false },
      { ...base, id: '0190a000-0000-7000-8000-0000000000d3', kind: 'lesson', deleted: true },
      { ...base, id: '0190a000-0000-7000-8000-0000000000d4', kind: 'quote', deleted: false },
    ]);
    old.close();

    const store = await openLocalStore(name);
    expect(await liveNoteCounts(store.db, base.workshopId)).toEqual({ ...none, lesson: 2, quote: 1 });
    expect(await rawNote(name, '0190a000-0000-7000-8000-0000000000d3')).not.toHaveProperty(LIVE_KIND);
    expect(await store.repos.note.list(base.workshopId)).toHaveLength(3);
    store.close();
  });
});
