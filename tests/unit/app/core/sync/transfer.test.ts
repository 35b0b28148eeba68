import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLocalStore } from '../../../../../src/app/core/db/store.ts';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { exportPending, importPending } from '../../../../../src/app/core/sync/transfer.ts';
import { ACCESS_KEY, createSyncEngine } from '../../../../../src/app/core/sync/engine.ts';
import { createApp } from '../../../../../src/server/http/app.ts';
import { hashKey, newKey } from '../../../../../src/server/auth/keys.ts';
import { openSqliteStore } from '../../../../../src/server/store/sqlite.ts';
import { pendingFileSchema } from '../../../../../src/shared/sync/pending-file.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

const workshop = workshopFields('Carried', { status: 'planned' });

describe('pending changes carried in a file', () => {
  it('arrive on another device, reach the server once, and importing twice changes nothing', async () => {
    const server = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-transfer-')));
    await server.migrate();
    const key = newKey('facilitator');
    await server.addKey({ hash: hashKey(key), role: 'facilitator', name: 'Awa' });
    const app = createApp({ store: server, staticDir: tmpdir(), version: 't', bodyLimit: 2 * 1024 * 1024 });
    const link: typeof fetch = async (url, init) => app.request(url, init);

    const broken = await openLocalStore('transfer-a');
    // The tablet whose connection broke works under the same key: its file proves it.
    await setSetting(broken.db, ACCESS_KEY, key);
    const w = await broken.repos.workshop.create(workshop);
    await broken.repos.note.create({ kind: 'lesson', text: 'Kept in a file', capacities: [] }, w.id);
    await broken.repos.workshop.update(w.id, { venue: 'Thiès' });
    // the file goes through JSON and is parsed at the edge, as the app does
    const file = pendingFileSchema().parse(JSON.parse(JSON.stringify(await exportPending(broken))));
    expect(file.mutations).toHaveLength(3);

    const other = await openLocalStore('transfer-b');
    await setSetting(other.db, ACCESS_KEY, key);
    expect(await importPending(other.db, file)).toEqual({ imported: 3, skipped: 0, taken: 0 });
    expect(await importPending(other.db, file)).toEqual({ imported: 0, skipped: 3, taken: 0 });
    expect(await other.repos.workshop.get(w.id)).toMatchObject({ title: 'Carried', venue: 'Thiès' });
    expect(await other.repos.note.list(w.id)).toHaveLength(1);

    const engine = createSyncEngine(other, '/api/sync', link);
    await engine.syncNow();
    engine.stop();
    expect(await other.pendingCount()).toBe(0);
    expect(await importPending(other.db, file)).toEqual({ imported: 3, skipped: 0, taken: 0 });
    const again = createSyncEngine(other, '/api/sync', link);
    await again.syncNow();
    again.stop();
    expect(await other.pendingCount()).toBe(0);

    // the first device comes back and sends the same changes: the server keeps one copy
    await setSetting(broken.db, ACCESS_KEY, key);
    const late = createSyncEngine(broken, '/api/sync', link);
    await late.syncNow();
    late.stop();
    const all = (await server.pull(0, null, 1000)).changes;
    expect(all.map((c) => c.kind).sort()).toEqual(['note', 'workshop']);
    expect(all.find((c) => c.kind === 'workshop')!.record).toMatchObject({ venue: 'Thiès' });
    broken.close();
    other.close();
    await server.close();
  });

  it('leave out, and count, a change whose id another author’s change already holds here: it is not taken for a copy', async () => {
    const phone = await openLocalStore('transfer-phone');
    const other = await openLocalStore('transfer-other');
    const w = await phone.repos.workshop.create(workshop);
    await phone.repos.note.create({ kind: 'lesson', text: 'Our branch meets on Sundays', capacities: [] }, w.id);
    const real = pendingFileSchema().parse(JSON.parse(JSON.stringify(await exportPending(phone))));
    // Someone who saw the ids hands in changes of their own under them first.
    const copy = { ...real, deviceId: other.deviceId, mutations: real.mutations.map((m) => ({ ...m, deviceId: other.deviceId, patch: { ...m.patch, text: 'Nothing to report' } })) };
    const tablet = await openLocalStore('transfer-tablet');
    expect(await importPending(tablet.db, copy)).toEqual({ imported: 2, skipped: 0, taken: 0 });
    expect(await importPending(tablet.db, real)).toEqual({ imported: 0, skipped: 0, taken: 2 });
    expect((await tablet.db.outbox.toArray()).map((m) => m.deviceId)).toEqual([other.deviceId, other.deviceId]);
    phone.close();
    other.close();
    tablet.close();
  });
});
