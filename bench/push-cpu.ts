// Server CPU per pushed mutation and per pulled change, against SQLite's own floor, in one process.
//  push:  DEVICES devices each send one signed request of BATCH mutations (a workshop and notes, as
//         bench/sync.ts's load devices do) through the real app in-process (`app.request('/api/sync')`:
//         credential, body, JSON, validation, signature, rights, merge, store, the answer's pull,
//         compression), one after another, each with its cursor at the feed's end (a device synced before).
//  floor: the same rows (each record and each mutation, the very JSON texts the push stored) inserted
//         with better-sqlite3 into a fresh database of the same schema: one statement per table,
//         prepared once, one transaction per batch.
//  pull:  a new device of the same key pulls everything from the start, page after page, in the
//         encoding Chromium gets (zstd); its floor reads the same rows with one reused statement and joins their texts.
//  steps: the same pushes' steps taken again one by one outside the route, after it, on a fresh
//         database (push-phases.ts): what is SQLite's (statements, transactions) and what is ours;
//         the rest of the route's CPU is HTTP's and the credential's.
// CPU is the process's (`process.cpuUsage`, user + system, every thread: zlib's too). Each run uses
// fresh databases; the first run warms the JIT and is not counted.
// Run by Node itself, as the server is (type stripping): tsx keeps each closure's name with a call
// wherever one is made, which costs the merge CPU that the server never pays.
// Usage: node bench/push-cpu.ts   (RUNS=5 DEVICES=40 BATCH=50; PROFILE=<dir> also writes a CPU profile
//        of each run's timed pushes and pulls, and nothing else, as <dir>/push-N.cpuprofile)
import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, zstdDecompressSync } from 'node:zlib';
import { createApp } from '../src/server/http/app.ts';
import { hashKey, newKey } from '../src/server/auth/keys.ts';
import { openSqliteStore, SQLITE_FILE } from '../src/server/store/sqlite.ts';
import { REJECTED_ACKS_ONLY, SYNC_ACKS_HEADER, syncResponseSchema } from '../src/shared/sync/protocol.ts';
import { syncRequest } from '../tests/support/test-devices.ts';
import { UNLIMITED_SYNC_LIMITS } from '../tests/support/unlimited-sync.ts';
import { loadDeviceMutations } from './load-mutations.ts';
import { CHROMIUM_ACCEPT_ENCODING } from './load-device.ts';
import { pushPhases, type Phases } from './push-phases.ts';
import { percentile } from './stats.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const DEVICES = Number(process.env.DEVICES ?? 40);
const BATCH = Number(process.env.BATCH ?? 50);
const PROFILE = process.env.PROFILE;

const cpuMicros = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return u.user + u.system;
};

/** One device's request: a workshop in its own scope, then notes in it. */
function deviceRequest(key: string, d: number, cursor: number) {
  const name = `cpudevice${d}`;
  return syncRequest(key, name, { mutations: loadDeviceMutations(name, d, BATCH), cursor: cursor === 0 ? null : String(cursor) });
}

interface Run {
  push: number;
  floor: number;
  pull: number;
  pullFloor: number;
  /** Each step's CPU per mutation. */
  phases: Phases;
}

async function oneRun(): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'wc-push-cpu-'));
  const floorDir = mkdtempSync(join(tmpdir(), 'wc-push-floor-'));
  const store = openSqliteStore(dir);
  await store.migrate();
  const key = newKey('facilitator');
  await store.addKey({ hash: hashKey(key), role: 'facilitator', name: 'Bench' });
  const app = createApp({ store, staticDir: dir, version: 'bench', bodyLimit: 4 * 1024 * 1024, limits: UNLIMITED_SYNC_LIMITS });
  const post = (r: { headers: Record<string, string>; body: string }) =>
    app.request('/api/sync', { method: 'POST', headers: { ...r.headers, 'accept-encoding': CHROMIUM_ACCEPT_ENCODING, [SYNC_ACKS_HEADER]: REJECTED_ACKS_ONLY }, body: r.body });
  try {
    // Signed before the clock starts: signing is the device's work.
    const requests = Array.from({ length: DEVICES }, (_, d) => deviceRequest(key, d, d * BATCH));
    const mutations = DEVICES * BATCH;

    const answers: Response[] = [];
    await profiler.start();
    let t = process.cpuUsage();
    for (const r of requests) {
      const res = await post(r);
      await res.arrayBuffer();
      answers.push(res);
    }
    const push = cpuMicros(t) / mutations;
    await profiler.stop('push');
    if (answers.some((a) => a.status !== 200)) throw new Error(`a push failed: ${answers.find((a) => a.status !== 200)!.status}`);
    if ((await store.feedPosition()) !== mutations) throw new Error('not every mutation was applied');
    const phases = await pushPhases(key, requests);

    // The floor: the same rows, as the push stored them, written by SQLite alone.
    const source = new Database(join(dir, SQLITE_FILE), { readonly: true });
    const records = source.prepare('SELECT kind, id, scope, state, record, seq, creator FROM sync_records ORDER BY seq').raw().all() as unknown[][];
    const outcomes = source.prepare('SELECT mutation_id, device_id, device_seq, status, code, received_at FROM sync_mutations').raw().all() as unknown[][];
    source.close();
    const schema = openSqliteStore(floorDir);
    await schema.migrate();
    await schema.close();
    const floorDb = new Database(join(floorDir, SQLITE_FILE));
    floorDb.pragma('journal_mode = WAL');
    floorDb.pragma('synchronous = NORMAL');
    t = process.cpuUsage();
    const putRecord = floorDb.prepare('INSERT INTO sync_records (kind, id, scope, state, record, seq, creator) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const putOutcome = floorDb.prepare('INSERT INTO sync_mutations (mutation_id, device_id, device_seq, status, code, received_at) VALUES (?, ?, ?, ?, ?, ?)');
    const batch = floorDb.transaction((from: number) => {
      for (let i = from; i < Math.min(from + BATCH, mutations); i++) {
        putRecord.run(...records[i]!);
        putOutcome.run(...outcomes[i]!);
      }
    });
    for (let at = 0; at < mutations; at += BATCH) batch(at);
    const floor = cpuMicros(t) / mutations;

    // A new device of the same key reads everything, page after page.
    let cursor: string | null = null;
    let pulled = 0;
    let pullCpu = 0;
    for (;;) {
      // The reader signs and, once the answer is out, inflates and parses it: its own work, not timed.
      const request = syncRequest(key, 'cpureader', { cursor });
      await profiler.start();
      t = process.cpuUsage();
      const res = await post(request);
      const bytes = await res.arrayBuffer();
      pullCpu += cpuMicros(t);
      await profiler.stop('pull');
      const encoding = res.headers.get('content-encoding');
      const text = encoding === 'zstd' ? zstdDecompressSync(bytes).toString('utf8') : encoding === 'gzip' ? gunzipSync(bytes).toString('utf8') : new TextDecoder().decode(bytes);
      const page = syncResponseSchema().parse(JSON.parse(text));
      pulled += page.changes.length;
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    const pull = pullCpu / pulled;
    if (pulled !== mutations) throw new Error(`pulled ${pulled} of ${mutations}`);
    t = process.cpuUsage();
    const read = floorDb.prepare('SELECT kind, record, seq FROM sync_records WHERE seq > ? ORDER BY seq LIMIT 1001');
    for (let from = 0; from < mutations; from += 1000) {
      const rows = read.all(from) as { kind: string; record: string }[];
      void rows.map((r) => r.record).join(',');
    }
    const pullFloor = cpuMicros(t) / mutations;
    floorDb.close();
    return { push, floor, pull, pullFloor, phases };
  } finally {
    app.stopWatching();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(floorDir, { recursive: true, force: true });
  }
}

/** A CPU profile of the timed parts only (when PROFILE names a folder), one file per run and part. */
const profiler = (() => {
  if (!PROFILE) return { start: async () => {}, stop: async (_part: string) => {} };
  mkdirSync(PROFILE, { recursive: true });
  const session = new Session();
  session.connect();
  let n = 0;
  return {
    async start() {
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 100 });
      await session.post('Profiler.start');
    },
    async stop(part: string) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(join(PROFILE, `${part}-${String(++n).padStart(3, '0')}.cpuprofile`), JSON.stringify(profile));
    },
  };
})();

const runs: Run[] = [];
for (let i = 0; i <= RUNS; i++) {
  const r = await oneRun();
  if (i > 0) runs.push(r);
}

const stat = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${percentile(s, 50).toFixed(1)} µs (min ${s[0]!.toFixed(1)}, max ${s.at(-1)!.toFixed(1)})`;
};
console.log(`${RUNS} runs of ${DEVICES} devices × ${BATCH} mutations, SQLite, CPU of this process (Node ${process.version})`);
console.log(`  push, per mutation (real route)          ${stat(runs.map((r) => r.push))}`);
console.log(`  floor: same rows, better-sqlite3 alone   ${stat(runs.map((r) => r.floor))}`);
console.log(`  push ÷ floor                             ${stat(runs.map((r) => r.push / r.floor)).replaceAll(' µs', '×')}`);
const med = (f: (r: Run) => number) =>
  percentile(
    runs.map(f).sort((a, b) => a - b),
    50,
  ).toFixed(1);
const phase = (k: keyof Phases) => med((r) => r.phases[k]);
const rest = (r: Run) => r.push - (Object.values(r.phases) as number[]).reduce((a, b) => a + b, 0);
console.log(
  `    its steps, µs per mutation (medians): parse ${phase('parse')}, schema ${phase('schema')}, signature ${phase('signature')}, store ${phase('memory')} in memory + ${phase('sql')} in SQLite, pull ${phase('pull')}, answer and its compression ${phase('answer')}; the rest (HTTP, credential) ${med(rest)}`,
);
console.log(`  pull, per change (pages of 1,000, zstd)  ${stat(runs.map((r) => r.pull))}`);
console.log(`  floor: read the same rows' texts         ${stat(runs.map((r) => r.pullFloor))}`);
console.log(`  pull ÷ floor                             ${stat(runs.map((r) => r.pull / r.pullFloor)).replaceAll(' µs', '×')}`);
