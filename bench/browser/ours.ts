// Our device in Chromium, for bench/peer-browser.ts: the app's storage layer and sync engine over
// the browser's own IndexedDB, bundled by esbuild and driven through `globalThis.bench`.
import type { LocalStore } from '../../src/app/core/db/store.ts';
import { openLocalStore } from '../../src/app/core/db/store.ts';
import { setSetting } from '../../src/app/core/db/settings.ts';
import { ACCESS_KEY, createSyncEngine } from '../../src/app/core/sync/engine.ts';
import { makeWorkshopOnDevice, workshopRecordCount, type NoteDraft } from '../device.ts';

let store: LocalStore | undefined;
const opened = (): LocalStore => {
  if (!store) throw new Error('no device database is open');
  return store;
};

const bench = {
  /** Device A: a workshop and its notes (`notes` in turn, if given), made one by one; returns the workshop's id. */
  async create(records: number, key: string, notes?: NoteDraft[]): Promise<{ workshopId: string; writeMs: number }> {
    const made = await makeWorkshopOnDevice('bench-device', records, notes);
    store = made.store;
    await setSetting(store.db, ACCESS_KEY, key);
    return { workshopId: made.workshopId, writeMs: made.writeMs };
  },
  /** Device B: an empty device with the same key. */
  async open(key: string): Promise<void> {
    store = await openLocalStore('bench-device');
    await setSetting(store.db, ACCESS_KEY, key);
  },
  /** One "Sync now": push what is pending, pull what is new; what is left and the error, if any. */
  async sync(endpoint: string): Promise<{ pending: number; error: string | undefined }> {
    const engine = createSyncEngine(opened(), endpoint);
    await engine.syncNow();
    engine.stop();
    return { pending: await opened().pendingCount(), error: engine.status.get().error };
  },
  count: (workshopId: string) => workshopRecordCount(opened(), workshopId),
  /** The records as the device stores them, for the peer to replicate the same data. */
  async records(workshopId: string): Promise<Record<string, unknown>[]> {
    const workshop = await opened().repos.workshop.get(workshopId);
    return [...(workshop ? [workshop] : []), ...(await opened().repos.note.list(workshopId))];
  },
};
(globalThis as { bench?: typeof bench }).bench = bench;
export type OursInBrowser = typeof bench;
