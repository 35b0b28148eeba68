import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { createServer, connect, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { ACCESS_KEY, createSyncEngine } from '../../../../../src/app/core/sync/engine.ts';
import { startServer, type RunningServer } from '../../../../e2e/support/server.ts';
import { issueKey } from '../../../../e2e/support/keys.ts';
import { UNLIMITED_SYNC_ENV } from '../../../../support/unlimited-sync.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

/**
 * Faults against the real server process: it is killed in the middle of a batch and restarted; the
 * connection drops after the server committed but before the device read the answer; the device
 * goes away in the middle of a sync. Nothing is lost and nothing is doubled.
 */
const PORT = 4471;
const dataDir = mkdtempSync(join(tmpdir(), 'wc-faults-'));
let server: RunningServer;
let key: string;
const env = UNLIMITED_SYNC_ENV;
const start = () => startServer({ port: PORT, staticDir: dataDir, dataDir, env });

beforeAll(async () => {
  server = await start();
  key = issueKey('facilitator', 'Faults', dataDir);
}, 30_000);
afterAll(async () => server?.stop());

async function deviceWithNotes(name: string, notes: number): Promise<{ store: LocalStore; workshopId: string }> {
  const store = await openLocalStore(`${name}-${Math.random()}`);
  await setSetting(store.db, ACCESS_KEY, key);
  const w = await store.repos.workshop.create(workshopFields(name));
  for (let i = 0; i < notes; i++) await store.repos.note.create({ kind: 'lesson', text: `${name} ${i}`, capacities: [] }, w.id);
  return { store, workshopId: w.id };
}

/** What a fresh device of the same facilitator receives for that workshop. */
async function serverCopy(workshopId: string) {
  const reader = await openLocalStore(`reader-${Math.random()}`);
  await setSetting(reader.db, ACCESS_KEY, key);
  const engine = createSyncEngine(reader, `http://127.0.0.1:${PORT}/api/sync`);
  await engine.syncNow();
  engine.stop();
  const notes = await reader.repos.note.list(workshopId);
  reader.close();
  return notes;
}

describe('sync under faults, real server process', () => {
  it('the server is killed in the middle of a batch and restarted', async () => {
    const { store, workshopId } = await deviceWithNotes('killed', 1500);
    const engine = createSyncEngine(store, `http://127.0.0.1:${PORT}/api/sync`);
    const progress: number[] = [];
    engine.status.subscribe((s) => s.progress && progress.push(s.progress.done / s.progress.total));
    const syncing = engine.syncNow();
    await new Promise((r) => setTimeout(r, 40));
    server.process.kill('SIGKILL');
    await syncing;
    expect(engine.status.get().error).toBe('offline');
    expect(await store.pendingCount()).toBeGreaterThan(0);
    server = await start();
    await engine.syncNow();
    engine.stop();
    expect(await store.pendingCount()).toBe(0);
    const copy = await serverCopy(workshopId);
    expect(copy).toHaveLength(1500);
    expect(new Set(copy.map((n) => n.text)).size).toBe(1500);
    // a large push reports its progress, ending complete
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(2);
    store.close();
  }, 60_000);

  it('the connection drops after the server committed, before the device read the answer', async () => {
    // A proxy that forwards each request but hangs up instead of passing the first answer back.
    let cut = true;
    const proxy: Server = createServer((client) => {
      const upstream = connect(PORT, '127.0.0.1');
      client.on('data', (d) => upstream.write(d));
      upstream.on('data', (d) => (cut ? client.destroy() : client.write(d)));
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const port = (proxy.address() as { port: number }).port;
    const { store, workshopId } = await deviceWithNotes('cut', 40);
    const engine = createSyncEngine(store, `http://127.0.0.1:${port}/api/sync`);
    await engine.syncNow();
    expect(engine.status.get().error).toBe('offline');
    expect(await store.pendingCount()).toBe(41);
    expect(await serverCopy(workshopId)).toHaveLength(40); // committed all the same
    cut = false;
    await engine.syncNow();
    engine.stop();
    expect(await store.pendingCount()).toBe(0);
    const copy = await serverCopy(workshopId);
    expect(copy).toHaveLength(40);
    expect(new Set(copy.map((n) => n.id)).size).toBe(40);
    proxy.close();
    store.close();
  }, 60_000);

  it('the device goes away in the middle of a sync and comes back', async () => {
    const { store, workshopId } = await deviceWithNotes('closed', 30);
    const name = store.db.name;
    // The request leaves, the answer never arrives: the tab was closed.
    const gone = createSyncEngine(store, `http://127.0.0.1:${PORT}/api/sync`, async (input, init) => {
      void fetch(input, init);
      return new Promise<Response>(() => undefined);
    });
    // A closed tab's locks are released by the browser; in one test process they would be held
    // forever, so the tab that goes away syncs without one.
    vi.stubGlobal('navigator', { ...navigator, locks: undefined });
    void gone.syncNow();
    vi.unstubAllGlobals();
    await new Promise((r) => setTimeout(r, 200));
    gone.stop();
    store.close();
    const reopened = await openLocalStore(name);
    expect(await reopened.pendingCount()).toBe(31);
    const engine = createSyncEngine(reopened, `http://127.0.0.1:${PORT}/api/sync`);
    await engine.syncNow();
    engine.stop();
    expect(await reopened.pendingCount()).toBe(0);
    expect(await serverCopy(workshopId)).toHaveLength(30);
    reopened.close();
  }, 60_000);
});
