import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
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
 * A large push overlaps the two sides: the next batch leaves as soon as an answer arrives, before
 * the device has stored it. Against the real server process.
 */
const PORT = 4472;
const dataDir = mkdtempSync(join(tmpdir(), 'wc-pipeline-'));
const endpoint = `http://127.0.0.1:${PORT}/api/sync`;
let server: RunningServer;
let key: string;

beforeAll(async () => {
  server = await startServer({ port: PORT, staticDir: dataDir, dataDir, env: UNLIMITED_SYNC_ENV });
  key = issueKey('facilitator', 'Pipeline', dataDir);
}, 30_000);
afterAll(async () => server?.stop());

async function deviceWithNotes(notes: number): Promise<{ store: LocalStore; workshopId: string }> {
  const store = await openLocalStore(`pipeline-${Math.random()}`);
  await setSetting(store.db, ACCESS_KEY, key);
  const w = await store.repos.workshop.create(workshopFields('Pipeline'));
  for (let i = 0; i < notes; i++) await store.repos.note.create({ kind: 'lesson', text: `note ${i}`, capacities: [] }, w.id);
  return { store, workshopId: w.id };
}

async function notesOnServer(workshopId: string): Promise<string[]> {
  const reader = await openLocalStore(`reader-${Math.random()}`);
  await setSetting(reader.db, ACCESS_KEY, key);
  const engine = createSyncEngine(reader, endpoint);
  await engine.syncNow();
  engine.stop();
  const texts = (await reader.repos.note.list(workshopId)).map((n) => n.text);
  reader.close();
  return texts;
}

describe('pipelined round trips', () => {
  it('sends the next batch before storing the previous answer, and ends with everything sent once', async () => {
    const { store, workshopId } = await deviceWithNotes(1049);
    // Acknowledged changes leave the outbox as an answer is stored: count them as they go.
    let stored = 0;
    store.db.outbox.hook('deleting', () => void stored++);
    const storedAtSend: number[] = [];
    const sent: number[] = [];
    // Uncompressed bodies: the request leaves without waiting for the compressor, so the order is exact.
    const compression = globalThis.CompressionStream;
    Reflect.deleteProperty(globalThis, 'CompressionStream');
    try {
      const engine = createSyncEngine(store, endpoint, (input, init) => {
        storedAtSend.push(stored);
        sent.push((JSON.parse(init!.body as string) as { mutations: unknown[] }).mutations.length);
        return fetch(input, init);
      });
      await engine.syncNow();
      engine.stop();
      expect(engine.status.get()).toMatchObject({ state: 'idle', error: undefined });
    } finally {
      globalThis.CompressionStream = compression;
    }
    expect(sent).toEqual([500, 500, 50]);
    // One after the other would read [0, 500, 1000]: the second request left before the first
    // answer was stored, the third before the second's.
    expect(storedAtSend).toEqual([0, 0, 500]);
    expect(await store.pendingCount()).toBe(0);
    expect((await notesOnServer(workshopId)).length).toBe(1049);
    store.close();
  }, 30_000);

  it('an answer the device fails to store loses nothing: its batch and the one in flight go again', async () => {
    const { store, workshopId } = await deviceWithNotes(1049);
    let failOnce = true;
    // The first answer's acknowledgements cannot be written (as when the disk is full).
    store.db.outbox.hook('deleting', () => {
      if (failOnce) {
        failOnce = false;
        throw new Error('disk full');
      }
    });
    const engine = createSyncEngine(store, endpoint);
    await engine.syncNow();
    expect(engine.status.get().state).toBe('error');
    expect(await store.pendingCount()).toBe(1050);
    await engine.syncNow();
    engine.stop();
    expect(await store.pendingCount()).toBe(0);
    const texts = await notesOnServer(workshopId);
    expect(texts.length).toBe(1049);
    expect(new Set(texts).size).toBe(1049);
    store.close();
  }, 30_000);
});
