import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { ACCESS_KEY, createSyncEngine, type SyncEngine } from '../../../../../src/app/core/sync/engine.ts';
import { retryAfterMs, spreadWait } from '../../../../../src/app/core/sync/retry-after.ts';
import { createApp } from '../../../../../src/server/http/app.ts';
import { hashKey, newKey } from '../../../../../src/server/auth/keys.ts';
import { openSqliteStore } from '../../../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../../../src/server/store/types.ts';
import { uuidv7 } from '../../../../../src/shared/ids.ts';
import { mutation, syncInit, workshopPatch } from '../../../server/sync-fixtures.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

/**
 * A server that is busy (503 server_busy) or finds a device too fast (429) says when to come back:
 * the device waits that long, stretched by a random 0–50%, instead of its exponential backoff, and
 * such an answer does not make the backoff grow.
 */
const key = newKey('facilitator');
let server: ServerStore;
beforeAll(async () => {
  server = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-busy-')));
  await server.migrate();
  await server.addKey({ hash: hashKey(key), role: 'facilitator', name: 'Awa' });
});
afterAll(() => server.close());

beforeEach(() => {
  // Only the engine's timers are faked: IndexedDB (setImmediate) and the clock run for real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function deviceWithNotes(name: string, notes: number): Promise<LocalStore> {
  const store = await openLocalStore(`${name}-${Math.random()}`);
  await setSetting(store.db, ACCESS_KEY, key);
  const w = await store.repos.workshop.create(workshopFields(name));
  for (let i = 0; i < notes; i++) await store.repos.note.create({ kind: 'lesson', text: `${name} ${i}`, capacities: [] }, w.id);
  return store;
}

/** The engine's next try is due exactly `ms` from now: not a millisecond before. */
async function nextTryAfter(engine: SyncEngine, ms: number): Promise<void> {
  expect(vi.getTimerCount()).toBe(1);
  vi.advanceTimersByTime(ms - 1);
  expect(vi.getTimerCount(), `still waiting at ${ms - 1} ms`).toBe(1);
  vi.advanceTimersByTime(1);
  expect(vi.getTimerCount(), `tried at ${ms} ms`).toBe(0);
  await engine.syncNow(); // joins the try the timer started
}

describe('sync against a busy server', () => {
  it('a device refused by the real admission gate shows server_busy, comes back after Retry-After, and syncs', async () => {
    // Another device's push holds the only processing slot while the database works on it.
    let entered!: () => void;
    const busy = new Promise<void>((r) => (entered = r));
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const slowDb: ServerStore = { ...server, push: async (...args) => (entered(), await held, server.push(...args)) };
    const app = createApp({ store: slowDb, staticDir: tmpdir(), version: 't', bodyLimit: 1024 * 1024, admission: { maxActive: 1, maxQueued: 0 } });
    const waits: (string | null)[] = [];
    const link: typeof fetch = async (url, init) => {
      const res = await app.request(url, init);
      waits.push(res.headers.get('retry-after'));
      return res;
    };
    const other = uuidv7();
    const slow = app.request(
      '/api/sync',
      syncInit(key, 'busyOtherTablet', { mutations: [mutation({ kind: 'workshop', recordId: other, scope: other, patch: workshopPatch(other) }, Date.now(), 'busyOtherTablet')] }),
    );
    await busy;

    const store = await deviceWithNotes('refused', 3);
    const engine = createSyncEngine(store, '/api/sync', link);
    await engine.syncNow();
    expect(engine.status.get()).toMatchObject({ state: 'error', error: 'server_busy' });
    expect(await store.pendingCount()).toBe(4);
    expect(waits).toEqual(['1']);

    release();
    expect((await slow).status).toBe(200);
    await nextTryAfter(engine, 1250);
    engine.stop();
    expect(engine.status.get()).toMatchObject({ state: 'idle', error: undefined });
    expect(await store.pendingCount()).toBe(0);
    store.close();
  });

  it('busy and rate-limit answers wait as told and leave the backoff where it was', async () => {
    const app = createApp({ store: server, staticDir: tmpdir(), version: 't', bodyLimit: 1024 * 1024 });
    const json = (status: number, code: string, headers: Record<string, string> = {}) =>
      new Response(JSON.stringify({ error: { code, message: code } }), { status, headers: { 'content-type': 'application/json', ...headers } });
    const script = [() => json(503, 'server_busy', { 'retry-after': '20' }), () => json(429, 'rate_limited', { 'retry-after': '5' }), () => json(500, 'internal')];
    const link: typeof fetch = async (url, init) => script.shift()?.() ?? app.request(url, init);
    const store = await deviceWithNotes('patient', 2);
    const engine = createSyncEngine(store, '/api/sync', link);
    const errors: (string | undefined)[] = [];
    engine.status.subscribe((s) => s.state === 'error' && errors.push(s.error));

    await engine.syncNow();
    // 20 s asked, ×1.25 with the random draw at its middle
    await nextTryAfter(engine, 25_000);
    await nextTryAfter(engine, 6_250);
    // the fault is the first counted failure: 15 s × 2 (had the two answers above counted, 15 s × 8)
    await nextTryAfter(engine, 30_000);
    engine.stop();
    expect(errors).toEqual(['server_busy', 'rate_limited', 'server_error']);
    expect(engine.status.get()).toMatchObject({ state: 'idle', error: undefined });
    expect(await store.pendingCount()).toBe(0);
    store.close();
  });

  it('a 503 without the busy code is a server fault, on the exponential backoff', async () => {
    const link: typeof fetch = async () => new Response('<html>Service Unavailable</html>', { status: 503, headers: { 'retry-after': '2' } });
    const store = await deviceWithNotes('proxied', 0);
    const engine = createSyncEngine(store, '/api/sync', link);
    await engine.syncNow();
    expect(engine.status.get().error).toBe('server_error');
    await nextTryAfter(engine, 30_000);
    engine.stop();
    store.close();
  });
});

describe('Retry-After', () => {
  it('reads whole seconds or an HTTP date, and nothing else', () => {
    const now = Date.UTC(2026, 2, 10, 12, 0, 0);
    expect(retryAfterMs('7')).toBe(7000);
    expect(retryAfterMs(' 0 ')).toBe(0);
    expect(retryAfterMs('Tue, 10 Mar 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Tue, 10 Mar 2026 11:00:00 GMT', now)).toBe(0);
    for (const bad of [null, '', '-3', '1.5', 'soon', '1e3']) expect(retryAfterMs(bad), String(bad)).toBeUndefined();
  });

  it('is stretched by 0–50%', () => {
    expect([0, 0.5, 0.999].map((r) => spreadWait(10_000, () => r))).toEqual([10_000, 12_500, 14_995]);
  });
});
