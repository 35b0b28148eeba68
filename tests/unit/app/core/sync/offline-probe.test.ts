import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLocalStore } from '../../../../../src/app/core/db/store.ts';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { ACCESS_KEY, createSyncEngine } from '../../../../../src/app/core/sync/engine.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';
import { pathOf, serverForFile } from '../../../../support/file-server.ts';

/**
 * A link that comes back with no event (a venue's Wi-Fi regaining its uplink, the server
 * restarted): the device notices within its probe interval and syncs, instead of waiting out a
 * backoff of minutes; while the server cannot be reached, only its health is looked at.
 */
const { key, request } = serverForFile('Probe');

describe('a device whose server was out of reach', () => {
  it('syncs by itself soon after the server answers again, having sent only health checks meanwhile', async () => {
    let down = false;
    const asked: string[] = [];
    const link: typeof fetch = async (url, init) => {
      const path = pathOf(url);
      asked.push(path);
      if (down) throw new TypeError('fetch failed');
      return request(path, init);
    };
    const store = await openLocalStore(`probe-${Math.random()}`);
    await setSetting(store.db, ACCESS_KEY, key);
    const engine = createSyncEngine(store, '/api/sync', link, { probeMs: 100 });
    const w = await store.repos.workshop.create(workshopFields('Probe'));
    await engine.syncNow();
    expect(await store.pendingCount()).toBe(0);

    down = true;
    await store.repos.note.create({ kind: 'lesson', text: 'Written while the uplink was gone', capacities: [] }, w.id);
    await engine.syncNow();
    expect(engine.status.get().error).toBe('offline');
    asked.length = 0;
    // Several probe intervals pass: the device looks at the server's health, and syncs nothing.
    await expect.poll(() => asked.length, { timeout: 5_000, interval: 50 }).toBeGreaterThan(2);
    expect(asked.every((p) => p === '/api/health')).toBe(true);

    down = false;
    await expect.poll(() => store.pendingCount(), { timeout: 5_000, interval: 50 }).toBe(0);
    // The sync's outcome is told once its answer is stored: a moment after the outbox empties.
    await expect.poll(() => engine.status.get().error, { timeout: 5_000, interval: 50 }).toBeUndefined();
    engine.stop();
    store.close();
  }, 20_000);
});
