// Sync measurements against the real server process (loopback only):
//  1. 10,000 records made on one device, pushed to an empty server and pulled by a second device:
//     time, and bytes on the wire each way (response gzip on, as browsers ask for it).
//  2. N devices (200 by default, DEVICES=…) pushing 50 mutations each at the same moment:
//     errors, p50/p99 latency, throughput and the server's peak memory; on SQLite, and on
//     PostgreSQL when TEST_DATABASE_URL is set.
// Usage: npm run bench:sync
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLocalStore } from '../src/app/storage/store.ts';
import { setSetting } from '../src/app/storage/sync-state.ts';
import { ACCESS_KEY, createSyncEngine } from '../src/app/sync/engine.ts';
import { encodeHlc } from '../src/shared/hlc.ts';
import { uuidv7 } from '../src/shared/ids.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { issueKey } from '../tests/e2e/support/keys.ts';
import { startWireMeter } from './wire-meter.ts';
import { printTable, summarise } from './stats.ts';

const RECORDS = Number(process.env.RECORDS ?? 10_000);
const DEVICES = (process.env.DEVICES ?? '200').split(',').map(Number);
const env = { SYNC_RATE_BURST: '1000000', SYNC_RATE_PER_SECOND: '1000000' };
const browserFetch: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'accept-encoding': 'gzip' } });
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

async function replication(label: string, databaseUrl?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'wc-bench-sync-'));
  const server = await startServer({ port: 4393, staticDir: dataDir, dataDir, env: { ...env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) } });
  const key = issueKey('facilitator', 'Bench', dataDir, databaseUrl);
  const meter = await startWireMeter(4393);
  const endpoint = `http://127.0.0.1:${meter.port}/api/sync`;
  try {
    const a = await openLocalStore(`bench-a-${label}-${Date.now()}`);
    await setSetting(a.db, ACCESS_KEY, key);
    const t0 = performance.now();
    const w = await a.repos.workshop.create({ title: 'Bench', theme: 'youth', startDate: '2026-03-10', endDate: '', venue: '', country: '', languages: [], facilitators: [], objectives: '', projectIds: [], status: 'running' });
    for (let i = 1; i < RECORDS; i++) {
      await a.repos.note.create({ kind: 'approach', text: `Note ${i}: members in the informal economy organise a mutual fund paid by mobile money.`, capacities: ['resource-mobilisation'] }, w.id);
    }
    const writeMs = performance.now() - t0;

    const pushEngine = createSyncEngine(a, endpoint, browserFetch);
    let t = performance.now();
    await pushEngine.syncNow();
    pushEngine.stop();
    const pushMs = performance.now() - t;
    const pushBytes = meter.bytes();
    if ((await a.pendingCount()) !== 0) throw new Error('push did not finish');

    meter.reset();
    const b = await openLocalStore(`bench-b-${label}-${Date.now()}`);
    await setSetting(b.db, ACCESS_KEY, key);
    const pullEngine = createSyncEngine(b, endpoint, browserFetch);
    t = performance.now();
    await pullEngine.syncNow();
    pullEngine.stop();
    const pullMs = performance.now() - t;
    const pullBytes = meter.bytes();
    const received = (await b.repos.note.list(w.id)).length + 1;
    if (received !== RECORDS) throw new Error(`second device got ${received} of ${RECORDS}`);
    a.close();
    b.close();
    console.log(`\n${RECORDS.toLocaleString('en')} records, device → server → device (${label})`);
    console.log(`  made on device A (IndexedDB emulation)  ${(writeMs / 1000).toFixed(1)} s`);
    console.log(`  push A → server                         ${(pushMs / 1000).toFixed(2)} s, up ${kb(pushBytes.up)}, down ${kb(pushBytes.down)}, ${((pushBytes.up + pushBytes.down) / RECORDS).toFixed(0)} B/record`);
    console.log(`  pull server → B                         ${(pullMs / 1000).toFixed(2)} s, up ${kb(pullBytes.up)}, down ${kb(pullBytes.down)}, ${((pullBytes.up + pullBytes.down) / RECORDS).toFixed(0)} B/record`);
  } finally {
    await meter.close();
    await server.stop();
  }
}

function peakMemoryMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

async function load(label: string, devices: number, databaseUrl?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'wc-bench-load-'));
  const server = await startServer({ port: 4394, staticDir: dataDir, dataDir, env: { ...env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) } });
  const key = issueKey('facilitator', 'Load', dataDir, databaseUrl);
  try {
    const bodies = Array.from({ length: devices }, (_, d) => {
      const deviceId = `loaddevice${d}`;
      const w = uuidv7();
      const mutations = Array.from({ length: 50 }, (_, i) => {
        const id = i === 0 ? w : uuidv7();
        const patch = i === 0
          ? { workshopId: w, title: `Workshop ${d}`, theme: 'youth', startDate: '2026-03-10', endDate: '', venue: '', country: '', languages: [], facilitators: [], objectives: '', projectIds: [], status: 'running' }
          : { workshopId: w, kind: 'lesson', text: `note ${i} from device ${d}`, capacities: [] };
        return { mutationId: uuidv7(), deviceId, seq: i + 1, kind: i === 0 ? 'workshop' : 'note', recordId: id, scope: w, op: 'upsert', hlc: encodeHlc({ wall: Date.now(), count: i, node: deviceId }), patch };
      });
      return JSON.stringify({ protocolVersion: 1, deviceId, cursor: null, mutations });
    });
    const latencies: number[] = [];
    let errors = 0;
    const t0 = performance.now();
    await Promise.all(
      bodies.map(async (body) => {
        const t = performance.now();
        try {
          const res = await fetch(`${server.url}/api/sync`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'accept-encoding': 'gzip' }, body });
          const json = (await res.json()) as { acks?: { status: string }[] };
          if (!res.ok || json.acks?.some((a) => a.status !== 'applied')) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t);
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const s = summarise(`${devices} devices × 50 mutations at once (${label}), ms`, latencies);
    printTable([s]);
    console.log(`  errors ${errors}, p99 ${percentile99(latencies).toFixed(0)} ms, throughput ${((devices * 50) / seconds).toFixed(0)} mutations/s, server peak memory ${peakMemoryMb(server.process.pid!).toFixed(0)} MB`);
  } finally {
    await server.stop();
  }
}

function percentile99(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.99 * s.length) - 1)]!;
}

const backends: [string, string | undefined][] = [['SQLite', undefined]];
if (process.env.TEST_DATABASE_URL) backends.push(['PostgreSQL', process.env.TEST_DATABASE_URL]);
for (const [label, url] of backends) {
  await replication(label, url);
  for (const n of DEVICES) await load(label, n, url);
}
