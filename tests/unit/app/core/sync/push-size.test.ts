import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLocalStore } from '../../../../../src/app/core/db/store.ts';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { rejectedChanges } from '../../../../../src/app/core/db/sync-state.ts';
import { ACCESS_KEY, createSyncEngine } from '../../../../../src/app/core/sync/engine.ts';
import { startServer, type RunningServer } from '../../../../e2e/support/server.ts';
import { issueKey } from '../../../../e2e/support/keys.ts';
import { UNLIMITED_SYNC_ENV } from '../../../../support/unlimited-sync.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

/**
 * A backlog of long notes weighs more than a request body may: pushes are cut to fit, and cut
 * again when a server with a smaller limit says a body is too large. Against real server processes.
 */
const servers: { server: RunningServer; key: string; endpoint: string }[] = [];

async function serverWith(port: number, env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'wc-push-size-'));
  const server = await startServer({ port, staticDir: dataDir, dataDir, env: { ...UNLIMITED_SYNC_ENV, ...env } });
  const entry = { server, key: issueKey('facilitator', 'Long notes', dataDir), endpoint: `http://127.0.0.1:${port}/api/sync` };
  servers.push(entry);
  return entry;
}
let standard: Awaited<ReturnType<typeof serverWith>>;
let small: Awaited<ReturnType<typeof serverWith>>;
beforeAll(async () => {
  [standard, small] = await Promise.all([serverWith(4476), serverWith(4477, { BODY_LIMIT_BYTES: String(64 * 1024) })]);
}, 30_000);
afterAll(async () => Promise.all(servers.map((s) => s.server.stop())));

/** A proxy in front of the server that refuses bodies over `wire` bytes with a page of its own. */
const bodyBytes = (body: BodyInit | null | undefined) => (typeof body === 'string' ? Buffer.byteLength(body) : body instanceof ArrayBuffer ? body.byteLength : 0);
const proxyRefusal = () => new Response('<html><body><h1>413 Request Entity Too Large</h1></body></html>', { status: 413, headers: { 'content-type': 'text/html' } });

async function syncOnce(store: Awaited<ReturnType<typeof openLocalStore>>, endpoint: string, requests: number[], wire = Infinity, progress: number[] = []) {
  const counting: typeof fetch = (input, init) => (requests.push(1), bodyBytes(init?.body) > wire ? Promise.resolve(proxyRefusal()) : fetch(input, init));
  const engine = createSyncEngine(store, endpoint, counting);
  const stop = engine.status.subscribe((s) => s.progress && progress.push(s.progress.done / s.progress.total));
  await engine.syncNow();
  stop();
  engine.stop();
  return engine.status.get().error;
}

async function pushAndRead(at: typeof standard, notes: number, text: (i: number) => string, wire?: number) {
  const device = await openLocalStore(`long-notes-${Math.random()}`);
  await setSetting(device.db, ACCESS_KEY, at.key);
  const w = await device.repos.workshop.create(workshopFields('Long notes'));
  for (let i = 0; i < notes; i++) await device.repos.note.create({ kind: 'lesson', text: text(i), capacities: [] }, w.id);
  const requests: number[] = [];
  const progress: number[] = [];
  const error = await syncOnce(device, at.endpoint, requests, wire, progress);
  const pending = await device.pendingCount();
  const refused = (await rejectedChanges(device.db)).map((r) => r.code);
  const kept = (await device.repos.note.list(w.id)).length;
  device.close();
  const reader = await openLocalStore(`long-reader-${Math.random()}`);
  await setSetting(reader.db, ACCESS_KEY, at.key);
  await syncOnce(reader, at.endpoint, []);
  const texts = (await reader.repos.note.list(w.id)).map((n) => n.text);
  reader.close();
  return { error, pending, refused, kept, requests: requests.length, texts, progress };
}

/** Letters that gzip cannot shrink much (3,000 unless told), different for each note. */
function scrambled(i: number, length = 3_000): string {
  let x = i + 1;
  const letters = Array.from({ length }, () => ((x = (x * 1_103_515_245 + 12_345) % 2 ** 31), 'abcdefghijklmnopqrstuvwxyz'[(x >>> 16) % 26]));
  return `${i} ${letters.join('')}`;
}

const cases: { name: string; at: () => typeof standard; notes: number; text: (i: number) => string; wire?: number }[] = [
  // 240 notes of 4,500 Arabic letters: about 2.2 MB of JSON, over the default 2 MiB
  { name: 'goes in several requests, each within the server’s limit, and arrives once', at: () => standard, notes: 240, text: (i: number) => `${i} ${'ع'.repeat(4_500)}` },
  // about 120 KB in bodies of at most 64 KiB, after at least one refused
  { name: 'is cut smaller when a server with a smaller limit refuses a body as too large', at: () => small, notes: 40, text: (i: number) => `${i} ${'x'.repeat(3_000)}` },
  // about 70 KB gzipped of letters that do not repeat, behind a proxy that takes 48 KiB
  { name: 'is cut smaller when a proxy refuses a body with a page of its own', at: () => standard, notes: 60, text: scrambled, wire: 48 * 1024 },
];

describe('a push heavier than a request body may be', () => {
  it.each(cases)(
    '$name',
    async ({ at, notes, text, wire }) => {
      const got = await pushAndRead(at(), notes, text, wire);
      expect(got.error).toBeUndefined();
      expect(got.requests).toBeGreaterThanOrEqual(3);
      expect(got.pending).toBe(0);
      expect(got.refused).toEqual([]);
      expect(got.texts.sort()).toEqual(Array.from({ length: notes }, (_, i) => text(i)).sort());
    },
    60_000,
  );

  it('sets aside, as too large, a change no request may carry, keeps it on the device, and sends the rest', async () => {
    // A proxy that takes 2 KiB, and one note of 4,990 letters that gzip leaves at about 3 KB.
    const text = (i: number) => (i === 1 ? scrambled(i, 4_990) : `Short note ${i}`);
    const got = await pushAndRead(standard, 3, text, 2 * 1024);
    // The sync ends as any sync with a refused change does: it says so, and lists it.
    expect(got.error).toBe('rejected');
    expect(got.pending).toBe(0);
    expect(got.refused).toEqual(['record_too_large']);
    expect(got.kept).toBe(3);
    expect(got.texts.sort()).toEqual(['Short note 0', 'Short note 2']);
  }, 60_000);

  it('counts a change set aside in the progress of a long sync, which ends complete', async () => {
    // More than one push of changes (500), so the sync shows its progress.
    const text = (i: number) => (i === 1 ? scrambled(i, 4_990) : `Short note ${i}`);
    const got = await pushAndRead(standard, 520, text, 2 * 1024);
    expect(got.refused).toEqual(['record_too_large']);
    expect(got.pending).toBe(0);
    expect(got.texts).toHaveLength(519);
    expect(got.progress.length).toBeGreaterThan(1);
    expect(got.progress.at(-1)).toBe(1);
  }, 60_000);

  it('sets nothing aside when the server (or a proxy) takes no body at all', async () => {
    const got = await pushAndRead(standard, 3, (i) => `Short note ${i}`, 0);
    expect(got.error).toBe('server_error');
    expect(got.refused).toEqual([]);
    expect(got.pending).toBeGreaterThanOrEqual(3);
  }, 60_000);
});
