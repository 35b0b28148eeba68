// Our sync against a real peer, side by side, on the same records and the same links:
//  (a) our protocol: device A → our server (SQLite) → device B, the app's real sync engine;
//  (b) PouchDB → a CouchDB-protocol server (express-pouchdb) → a second PouchDB.
// The devices run in Chromium by default, each its own browser with a profile on disk: ours on the
// browser's IndexedDB, PouchDB with its IndexedDB adapter (bench/peer-browser.ts). CLIENTS=node runs
// them in this process instead: ours over fake-indexeddb, PouchDB over memdown, through one fetch
// that offers gzip/deflate/brotli as a browser on HTTPS does. Both protocols go through the same
// counting TCP proxy; each link profile runs both, so the ratios compare like with like.
// Usage: npm run bench:peer   (RECORDS=10000, PEER_BATCH_SIZE=100 = PouchDB's default,
//        LINKS=loopback,300 to run only the links whose names start so, CLIENTS=browser|node)
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { startServer } from '../tests/e2e/support/server.ts';
import { issueKey } from '../tests/e2e/support/keys.ts';
import { oursInBrowser, pouchInBrowser } from './peer-browser.ts';
import { browserFetch, kb, measureLeg, RECORDS, replicateOurs, seconds, type Leg, type PlainRecord } from './replicate.ts';
import { startLink, type LinkProfile } from './slow-proxy.ts';
import { UNLIMITED_SYNC_ENV } from '../tests/support/unlimited-sync.ts';

const OUR_PORT = 4600;
const PEER_PORT = 4601;
const TARGET = 3;
const BATCH_SIZE = Number(process.env.PEER_BATCH_SIZE ?? 100);
const IN_BROWSER = (process.env.CLIENTS ?? 'browser') === 'browser';
const LINKS = process.env.LINKS?.split(',');
const PROFILES: LinkProfile[] = [
  { name: 'loopback', rttMs: 0 },
  { name: '300 ms RTT', rttMs: 300 },
  { name: '300 ms RTT, 1 Mbit/s', rttMs: 300, bitsPerSecond: 1_000_000 },
].filter((p) => !LINKS || LINKS.some((l) => p.name.startsWith(l)));
const Pouch = PouchDB.plugin(memory).plugin(http).plugin(replication);

interface Run {
  link: string;
  protocol: string;
  push: Leg;
  pull: Leg;
  encodings: string;
}

/** Our side on one link; returns the records device A held, for the peer to replicate next. */
async function ours(profile: LinkProfile): Promise<{ run: Run; records: PlainRecord[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wc-bench-peer-'));
  // The comparison is about the protocol: lift the per-device rate limit (the peer has none).
  const server = await startServer({ port: OUR_PORT, staticDir: dataDir, dataDir, env: UNLIMITED_SYNC_ENV });
  const link = await startLink(OUR_PORT, profile);
  try {
    const key = issueKey('facilitator', 'Peer bench', dataDir);
    const serverPid = server.process.pid!;
    const r = IN_BROWSER ? await oursInBrowser(link, key, serverPid, RECORDS) : await replicateOurs({ label: `peer-${profile.name}`, key, link, serverPid });
    return { run: { link: profile.name, protocol: 'ours', push: r.push, pull: r.pull, encodings: r.encodings }, records: r.records };
  } finally {
    await link.close();
    await server.stop();
  }
}

async function startPouchServer(port: number): Promise<{ pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/pouch-server.ts', String(port), mkdtempSync(join(tmpdir(), 'wc-bench-pouch-'))], { stdio: ['ignore', 'pipe', 'inherit'] });
  const deadline = Date.now() + 20_000;
  while (
    !(await fetch(`http://127.0.0.1:${port}/`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('the PouchDB server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** PouchDB's side on one link, with the same records as documents (`id` becomes `_id`). */
async function peer(profile: LinkProfile, records: readonly PlainRecord[]): Promise<Run> {
  if (!IN_BROWSER) return peerInNode(profile, records);
  const server = await startPouchServer(PEER_PORT);
  const link = await startLink(PEER_PORT, profile);
  try {
    const r = await pouchInBrowser(link, server.pid, records, BATCH_SIZE);
    return { link: profile.name, protocol: 'PouchDB', ...r };
  } finally {
    await link.close();
    await server.stop();
  }
}

async function peerInNode(profile: LinkProfile, records: readonly PlainRecord[]): Promise<Run> {
  const server = await startPouchServer(PEER_PORT);
  const link = await startLink(PEER_PORT, profile);
  const client = browserFetch();
  const stamp = Date.now();
  const a = new Pouch(`peer-a-${stamp}`, { adapter: 'memory' });
  const b = new Pouch(`peer-b-${stamp}`, { adapter: 'memory' });
  try {
    await a.bulkDocs(records.map(({ id, ...fields }) => ({ _id: id, ...fields })));
    const url = `http://127.0.0.1:${link.port}/bench`;
    const push = await measureLeg(link, client, server.pid, async () => {
      const r = await a.replicate.to(new Pouch(url, { fetch: client.fetch }), { batch_size: BATCH_SIZE });
      if (r.docs_written !== records.length) throw new Error(`PouchDB pushed ${r.docs_written} of ${records.length}`);
    });
    const pull = await measureLeg(link, client, server.pid, async () => {
      await b.replicate.from(new Pouch(url, { fetch: client.fetch }), { batch_size: BATCH_SIZE });
    });
    const got = (await b.info()).doc_count;
    if (got !== records.length) throw new Error(`the second PouchDB got ${got} of ${records.length}`);
    return { link: profile.name, protocol: 'PouchDB', push, pull, encodings: client.encodings() };
  } finally {
    await Promise.all([a.close(), b.close()]);
    await link.close();
    await server.stop();
  }
}

const total = (r: Run): Leg => ({
  ms: r.push.ms + r.pull.ms,
  up: r.push.up + r.pull.up,
  down: r.push.down + r.pull.down,
  requests: r.push.requests + r.pull.requests,
  connections: r.push.connections + r.pull.connections,
  serverCpuMs: r.push.serverCpuMs + r.pull.serverCpuMs,
  clientCpuMs: r.push.clientCpuMs + r.pull.clientCpuMs,
});
const cell = (s: string, w: number) => s.padStart(w);

function printRuns(runs: readonly Run[]) {
  const head = ['link', 'protocol', 'push', 'pull', 'total', 'up', 'down', 'up+down', 'requests', 'connections', 'server CPU', 'client CPU', 'encoding'];
  const widths = [22, 8, 9, 9, 9, 9, 9, 9, 9, 12, 11, 11, 12];
  console.log(head.map((h, i) => (i < 2 ? h.padEnd(widths[i]!) : cell(h, widths[i]!))).join(' '));
  for (const r of runs) {
    const t = total(r);
    const cells = [
      r.link,
      r.protocol,
      seconds(r.push.ms),
      seconds(r.pull.ms),
      seconds(t.ms),
      kb(t.up),
      kb(t.down),
      kb(t.up + t.down),
      String(t.requests),
      String(t.connections),
      seconds(t.serverCpuMs),
      seconds(t.clientCpuMs),
      r.encodings,
    ];
    console.log(cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : cell(c, widths[i]!))).join(' '));
  }
}

function printRatios(pairs: readonly [Run, Run][]) {
  console.log(`\nPouchDB ÷ ours (higher is better for us; the target is ${TARGET}x on time and on bytes)`);
  for (const [o, p] of pairs) {
    const to = total(o);
    const tp = total(p);
    const time = tp.ms / to.ms;
    const bytes = (tp.up + tp.down) / (to.up + to.down);
    const verdict = (x: number) => (x >= TARGET ? 'met' : 'NOT met');
    console.log(
      `  ${o.link.padEnd(22)} time ${time.toFixed(2)}x (${verdict(time)}), bytes ${bytes.toFixed(2)}x (${verdict(bytes)}), ` +
        `up ${(tp.up / to.up).toFixed(2)}x, down ${(tp.down / to.down).toFixed(2)}x, requests ${(tp.requests / to.requests).toFixed(2)}x`,
    );
  }
}

const runs: Run[] = [];
const pairs: [Run, Run][] = [];
let payload = 0;
for (const profile of PROFILES) {
  const o = await ours(profile);
  payload = o.records.reduce((n, r) => n + JSON.stringify(r).length, 0);
  const p = await peer(profile, o.records);
  runs.push(o.run, p);
  pairs.push([o.run, p]);
  console.log(`done: ${profile.name}`);
}
console.log(`\n${RECORDS.toLocaleString('en')} records (a workshop and its notes, ${kb(payload)} as JSON), client A → server → client B; PouchDB batch_size ${BATCH_SIZE}`);
console.log(IN_BROWSER ? "Devices in Chromium, IndexedDB on disk (ours: the app's storage; PouchDB: its idb adapter)." : 'Devices in Node (ours: fake-indexeddb; PouchDB: memdown).');
console.log('Time is push + pull; bytes are TCP payload through the proxy (HTTP headers included); client CPU includes the proxy.\n');
printRuns(runs);
printRatios(pairs);
