import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLocalStore } from '../../../../../src/app/core/db/store.ts';
import { applySyncResult } from '../../../../../src/app/core/db/sync-state.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

const stamp = (wall: number) => `${String(wall).padStart(15, '0')}-000000-server`;
const note = (id: string, wall: number, extra: Record<string, unknown> = {}) => ({
  kind: 'note' as const,
  record: {
    id,
    workshopId: '0190a000-0000-7000-8000-000000000000',
    createdAt: stamp(wall),
    updatedAt: stamp(wall),
    deviceId: 'other',
    deleted: false,
    kind: 'lesson',
    text: `t${wall}`,
    capacities: [],
    ...extra,
  },
});

describe('applying pulled changes', () => {
  it('keeps records this build cannot read and brings them in once they can be read', async () => {
    const store = await openLocalStore(`apply-${Math.random()}`);
    const id = '0190a000-0000-7000-8000-0000000000aa';
    // a newer build's note kind this build does not know
    await applySyncResult(store.db, { acks: [], changes: [note(id, 1_800_000_000_000, { kind: 'proposal' })], cursor: '5' });
    expect(await store.repos.note.get(id)).toBeUndefined();
    expect(((await store.db.meta.get('sync:unreadable'))?.value as unknown[]).length).toBe(1);
    // later the same record arrives readable (after an update the stored copy would parse too)
    await applySyncResult(store.db, { acks: [], changes: [note(id, 1_800_000_000_100)], cursor: '6' });
    expect(await store.repos.note.get(id)).toMatchObject({ text: 't1800000000100' });
    expect((await store.db.meta.get('sync:unreadable'))?.value).toEqual([]);
    store.close();
  });

  it('moves the device clock past what it pulls, by the latest stamp of the page', async () => {
    const store = await openLocalStore(`clock-${Math.random()}`, () => 1_700_000_000_000);
    // this device's clock is behind the stamps it pulls
    await applySyncResult(
      store.db,
      { acks: [], changes: [note('0190a000-0000-7000-8000-0000000000b1', 1_700_000_005_000), note('0190a000-0000-7000-8000-0000000000b2', 1_700_000_009_000)], cursor: '2' },
      { now: 1_700_000_000_000 },
    );
    const w = await store.repos.workshop.create(workshopFields('x', { startDate: '2026-01-01', status: 'planned' }));
    expect(w.updatedAt > stamp(1_700_000_009_000).replace('server', '')).toBe(true);
    expect(w.updatedAt.startsWith('001700000009000')).toBe(true);
    store.close();
  });

  // Other records of a workshop in the span of the page's ids: none, or many more than the page.
  it.each([0, 20])('stores the records of a page new to the device and keeps a newer copy it holds (%i others in its span)', async (others) => {
    const store = await openLocalStore(`page-${Math.random()}`);
    const held = '0190a000-0000-7000-8000-0000000000c2';
    const between = Array.from({ length: others }, (_, i) => `0190a000-0000-7000-8000-0000000000${(0xd0 + i).toString(16)}`);
    const elsewhere = (id: string) => ({ ...note(id, 1_700_000_001_000), record: { ...note(id, 1_700_000_001_000).record, workshopId: '0190a000-0000-7000-8000-0000000000ff' } });
    await applySyncResult(store.db, { acks: [], changes: [note(held, 1_700_000_009_000), ...between.map(elsewhere)], cursor: '1' });
    const page = ['0190a000-0000-7000-8000-0000000000a0', held, '0190a000-0000-7000-8000-0000000000f0'].map((id) => note(id, 1_700_000_005_000));
    await applySyncResult(store.db, { acks: [], changes: page, cursor: '2' });
    expect((await store.repos.note.list('0190a000-0000-7000-8000-000000000000')).map((n) => [n.id, n.text])).toEqual([
      ['0190a000-0000-7000-8000-0000000000a0', 't1700000005000'],
      [held, 't1700000009000'],
      ['0190a000-0000-7000-8000-0000000000f0', 't1700000005000'],
    ]);
    expect(await store.db.table('note').count()).toBe(3 + others);
    store.close();
  });
});

describe('acknowledged changes', () => {
  it('leave the outbox, and only they, whether they are a run of it or not', async () => {
    const store = await openLocalStore(`acks-${Math.random()}`);
    const w = await store.repos.workshop.create(workshopFields('Acks'));
    for (const text of ['a', 'b', 'c', 'd']) await store.repos.note.create({ kind: 'lesson', text, capacities: [] }, w.id);
    const sent = await store.db.outbox.orderBy('seq').toArray();
    const applied = (i: number) => ({ mutationId: sent[i]!.mutationId, status: 'applied' as const });
    const left = async () => (await store.db.outbox.orderBy('seq').toArray()).map((m) => m.seq);
    // the first, third and fifth of a push: not a run
    await applySyncResult(store.db, { acks: [applied(0), applied(2), applied(4)], changes: [], cursor: '1' }, { sent });
    expect(await left()).toEqual([sent[1]!.seq, sent[3]!.seq]);
    // a run, one of it no longer in the outbox
    await applySyncResult(store.db, { acks: [applied(1), applied(2), applied(3)], changes: [], cursor: '2' }, { sent: sent.slice(1, 4) });
    expect(await left()).toEqual([]);
    store.close();
  });

  it('are found without the push they answer', async () => {
    const store = await openLocalStore(`acks-alone-${Math.random()}`);
    const w = await store.repos.workshop.create(workshopFields('Acks'));
    await store.repos.note.create({ kind: 'lesson', text: 'kept', capacities: [] }, w.id);
    const [first, second] = await store.db.outbox.orderBy('seq').toArray();
    await applySyncResult(store.db, { acks: [{ mutationId: second!.mutationId, status: 'duplicate' }], changes: [], cursor: '1' });
    expect((await store.db.outbox.toArray()).map((m) => m.mutationId)).toEqual([first!.mutationId]);
    store.close();
  });
});
