import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { lastSyncTime, setSetting } from '../../../../../src/app/core/db/settings.ts';
import { ACCESS_KEY, createSyncEngine, type SyncEngine } from '../../../../../src/app/core/sync/engine.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';
import { pathOf, serverForFile } from '../../../../support/file-server.ts';

/**
 * Two devices of one facilitator, both with the app open: what one saves reaches the other within
 * a second or two, with no "Sync now" and no timer tick (the timer's first tick is 7.5 s at the
 * soonest), through a stream of events or, where the stream is held back, long polls.
 */
const { key, request } = serverForFile('Live');

const link: typeof fetch = async (url, init) => request(url, init);

async function device(name: string, fetchImpl = link): Promise<{ store: LocalStore; engine: SyncEngine }> {
  const store = await openLocalStore(`${name}-${Math.random()}`);
  await setSetting(store.db, ACCESS_KEY, key);
  const engine = createSyncEngine(store, '/api/sync', fetchImpl, { readyTimeoutMs: 500 });
  return { store, engine };
}

/** Resolves with the time taken once `check` holds, or fails after `ms`. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return Date.now() - started;
}

describe('the live room between two devices', () => {
  it('a note saved on one tablet shows on the other within seconds, and the last sync time is kept', async () => {
    const a = await device('tablet-a');
    const b = await device('tablet-b');
    const w = await a.store.repos.workshop.create(workshopFields('Live room'));
    await a.engine.syncNow();
    a.engine.start();
    b.engine.start();
    await within(3000, async () => (await b.store.repos.workshop.get(w.id)) !== undefined);
    await new Promise((r) => setTimeout(r, 300));
    await a.store.repos.note.create({ kind: 'lesson', text: 'Branch committees meet monthly', capacities: [] }, w.id);
    const took = await within(4000, async () => (await b.store.repos.note.list(w.id)).length === 1);
    expect(took).toBeLessThan(4000);
    // The time of the last success is kept for the next load of the app.
    b.engine.stop();
    await b.engine.syncNow();
    expect(await lastSyncTime(b.store.db)).toBe(b.engine.status.get().lastSuccess);
    for (const d of [a, b]) {
      d.engine.stop();
      d.store.close();
    }
  }, 20_000);

  it('where a proxy holds the stream back, the device polls and still hears of changes', async () => {
    let streamsHeld = 0;
    // A proxy that buffers whole answers: a stream that never ends never arrives.
    const buffering: typeof fetch = async (url, init) => {
      if (pathOf(url).startsWith('/api/events') && !pathOf(url).includes('mode=poll')) {
        streamsHeld++;
        return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      }
      return link(url, init);
    };
    const a = await device('tablet-c');
    const b = await device('tablet-d', buffering);
    const w = await a.store.repos.workshop.create(workshopFields('Behind a proxy'));
    await a.engine.syncNow();
    await b.engine.syncNow();
    a.engine.start();
    b.engine.start();
    await new Promise((r) => setTimeout(r, 1200));
    await a.store.repos.note.create({ kind: 'lesson', text: 'Heard by polling', capacities: [] }, w.id);
    await within(5000, async () => (await b.store.repos.note.list(w.id)).length === 1);
    expect(streamsHeld).toBe(1);
    for (const d of [a, b]) {
      d.engine.stop();
      d.store.close();
    }
  }, 20_000);
});
