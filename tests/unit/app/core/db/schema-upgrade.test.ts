import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '../../../../../src/app/core/db/schema-versions.ts';
import { openLocalStore } from '../../../../../src/app/core/db/store.ts';
import { applySyncResult } from '../../../../../src/app/core/db/sync-state.ts';

describe('schema versions', () => {
  it('are kept in order, each one adding to the last', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('open data written by the first version in the current one', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    await old.open();
    const stamp = '001764000000000-000000-olddevice';
    const w = {
      id: '0190a000-0000-7000-8000-000000000001',
      workshopId: '0190a000-0000-7000-8000-000000000001',
      createdAt: stamp,
      updatedAt: stamp,
      deviceId: 'olddevice',
      deleted: false,
      title: 'From version 1',
      theme: 'youth',
      startDate: '2026-01-01',
      endDate: '',
      venue: '',
      country: '',
      languages: [],
      facilitators: [],
      objectives: '',
      projectIds: [],
      status: 'planned',
    };
    await old.table('workshop').put(w);
    old.close();

    const store = await openLocalStore(name);
    expect(store.db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await store.repos.workshop.get(w.id)).toMatchObject({ title: 'From version 1' });
    expect(await store.repos.lostValue.list(w.id)).toEqual([]);
    store.close();
  });

  it('find a change left unsent under version 2 when its record is pulled under the current one', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((v) => v.version <= 2)) old.version(v.version).stores(v.stores);
    await old.open();
    const id = '0190a000-0000-7000-8000-000000000002';
    const mine = '001764000000500-000000-olddevice';
    const theirs = '001764000000900-000000-otherdevice';
    const base = {
      id,
      workshopId: id,
      createdAt: mine,
      updatedAt: mine,
      deviceId: 'olddevice',
      deleted: false,
      title: 'Unsent title',
      theme: 'youth',
      startDate: '2026-01-01',
      endDate: '',
      venue: '',
      country: '',
      languages: [],
      facilitators: [],
      objectives: '',
      projectIds: [],
      status: 'planned',
    };
    await old.table('workshop').put(base);
    await old
      .table('outbox')
      .add({ mutationId: '0190a000-0000-7000-8000-0000000000aa', deviceId: 'olddevice', seq: 1, kind: 'workshop', recordId: id, scope: id, op: 'upsert', hlc: mine, patch: { title: 'Unsent title' } });
    old.close();

    const store = await openLocalStore(name);
    // Another device's edit arrives: the unsent title stays until it is pushed, the venue comes in.
    await applySyncResult(store.db, { acks: [], changes: [{ kind: 'workshop', record: { ...base, title: 'Their title', venue: 'Lomé', updatedAt: theirs, deviceId: 'otherdevice' } }], cursor: '7' });
    expect(await store.repos.workshop.get(id)).toMatchObject({ title: 'Unsent title', venue: 'Lomé' });
    expect(await store.pendingCount()).toBe(1);
    store.close();
  });
});
