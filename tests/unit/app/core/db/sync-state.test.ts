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
    await applySyncResult(store.db, [], [note(id, 1_800_000_000_000, { kind: 'proposal' })], '5');
    expect(await store.repos.note.get(id)).toBeUndefined();
    expect(((await store.db.meta.get('sync:unreadable'))?.value as unknown[]).length).toBe(1);
    // later the same record arrives readable (after an update the stored copy would parse too)
    await applySyncResult(store.db, [], [note(id, 1_800_000_000_100)], '6');
    expect(await store.repos.note.get(id)).toMatchObject({ text: 't1800000000100' });
    expect((await store.db.meta.get('sync:unreadable'))?.value).toEqual([]);
    store.close();
  });

  it('moves the device clock past what it pulls, by the latest stamp of the page', async () => {
    const store = await openLocalStore(`clock-${Math.random()}`, () => 1_700_000_000_000);
    // this device's clock is behind the stamps it pulls
    await applySyncResult(store.db, [], [note('0190a000-0000-7000-8000-0000000000b1', 1_700_000_005_000), note('0190a000-0000-7000-8000-0000000000b2', 1_700_000_009_000)], '2', 1_700_000_000_000);
    const w = await store.repos.workshop.create(workshopFields('x', { startDate: '2026-01-01', status: 'planned' }));
    expect(w.updatedAt > stamp(1_700_000_009_000).replace('server', '')).toBe(true);
    expect(w.updatedAt.startsWith('001700000009000')).toBe(true);
    store.close();
  });
});
