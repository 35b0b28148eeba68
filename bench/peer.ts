// Our sync against a real peer, side by side, on the same records and the same links:
//  (a) our protocol: device A → our server (SQLite) → device B, the app's real sync engine;
//  (b) PouchDB → a CouchDB-protocol server (express-pouchdb on PouchDB's LevelDB adapter, on disk)
//      → a second PouchDB, at each batch size of a sweep, the best one chosen per link by its time.
// The notes are the field scenario's five languages and lengths, each different (bench/note-corpus.ts).
// Each side runs with request compression and without: ours gzips its pushes where the platform can
// (off: no CompressionStream); PouchDB sends plain JSON (on: gzipped through its `fetch` option).
// The devices run in Chromium by default, each its own browser with a profile on disk: ours on the
// browser's IndexedDB, PouchDB with its IndexedDB adapter (bench/peer-browser.ts). CLIENTS=node runs
// them in this process instead: ours over fake-indexeddb, PouchDB over memdown, through one fetch
// that offers gzip/deflate/brotli as a browser on HTTPS does. Both protocols go through the same
// counting TCP proxy; each link runs every variant in each repetition, so ratios compare like with like.
// Usage: npm run bench:peer   (RECORDS=10000, REPEATS=3, PEER_BATCH_SIZES=100,500,1000,
//        LINKS=loopback,300 to run the links whose names start so (a whole name: that link alone), CLIENTS=browser|node,
//        REQUEST_GZIP=both|shipped: also the other way of each side, or only as each ships, NOTES_SEED=1)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { startServer } from '../tests/e2e/support/server.ts';
import { issueKey } from '../tests/e2e/support/keys.ts';
import { gzipRequests } from './gzip-requests.ts';
import { fieldNotes } from './note-corpus.ts';
import { oursInBrowser, pouchInBrowser } from './peer-browser.ts';
import { bestBatch, printCorpus, printRatios, printRuns, type Run, type Variant } from './peer-report.ts';
import { browserFetch, measureLeg, RECORDS, replicateOurs, seconds, type PlainRecord } from './replicate.ts';
import { startLink, type LinkProfile } from './slow-proxy.ts';
import { UNLIMITED_SYNC_ENV } from '../tests/support/unlimited-sync.ts';

const OUR_PORT = 4600;
const PEER_PORT = 4601;
const BATCH_SIZES = (process.env.PEER_BATCH_SIZES ?? '100,500,1000').split(',').map(Number);
const REPEATS = Number(process.env.REPEATS ?? 3);
const BOTH_WAYS = (process.env.REQUEST_GZIP ?? 'both') === 'both';
const IN_BROWSER = (process.env.CLIENTS ?? 'browser') === 'browser';
const LINKS = process.env.LINKS?.split(',');
const PROFILES: readonly LinkProfile[] = [
  { name: 'loopback', rttMs: 0 },
  { name: '300 ms RTT', rttMs: 300 },
  { name: '300 ms RTT, 1 Mbit/s', rttMs: 300, bitsPerSecond: 1_000_000 },
];
const PROFILES_RUN = PROFILES.filter((p) => !LINKS || LINKS.some((l) => (PROFILES.some((q) => q.name === l) ? p.name === l : p.name.startsWith(l))));
const NOTES = fieldNotes(RECORDS - 1, Number(process.env.NOTES_SEED ?? 1));
const Pouch = PouchDB.plugin(memory).plugin(http).plugin(replication);

/** Our side on one link; returns the records device A held, for the peer to replicate next. */
async function ours(profile: LinkProfile, rep: number, requestGzip: boolean): Promise<{ run: Run; records: PlainRecord[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wc-bench-peer-'));
  // The comparison is about the protocol: lift the per-device rate limit (the peer has none).
  const server = await startServer({ port: OUR_PORT, staticDir: dataDir, dataDir, env: UNLIMITED_SYNC_ENV });
  const link = await startLink(OUR_PORT, profile);
  try {
    const key = issueKey('facilitator', 'Peer bench', dataDir);
    const serverPid = server.process.pid!;
    const r = IN_BROWSER
      ? await oursInBrowser(link, key, serverPid, RECORDS, { notes: NOTES, requestGzip })
      : await replicateOurs({ label: `peer-${profile.name}`, key, link, serverPid, notes: NOTES, requestGzip });
    const variant: Variant = { protocol: 'ours', gzip: requestGzip };
    return { run: { link: profile.name, variant, rep, push: r.push, pull: r.pull, encodings: r.encodings }, records: r.records };
  } finally {
    await link.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function startPouchServer(port: number): Promise<{ pid: number; stop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wc-bench-pouch-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/pouch-server.ts', String(port), dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
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
        const done = () => (rmSync(dataDir, { recursive: true, force: true }), resolve());
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

/** PouchDB's side on one link, with the same records as documents (`id` becomes `_id`). */
async function peer(profile: LinkProfile, rep: number, records: readonly PlainRecord[], batch: number, gzip: boolean): Promise<Run> {
  const server = await startPouchServer(PEER_PORT);
  const link = await startLink(PEER_PORT, profile);
  try {
    const r = IN_BROWSER ? await pouchInBrowser(link, server.pid, records, batch, gzip) : await peerInNode(link, server.pid, records, batch, gzip);
    return { link: profile.name, variant: { protocol: 'PouchDB', batch, gzip }, rep, ...r };
  } finally {
    await link.close();
    await server.stop();
  }
}

async function peerInNode(link: Awaited<ReturnType<typeof startLink>>, serverPid: number, records: readonly PlainRecord[], batch: number, gzip: boolean) {
  const client = browserFetch();
  const remoteFetch = gzip ? gzipRequests(client.fetch) : client.fetch;
  const stamp = Date.now();
  const a = new Pouch(`peer-a-${stamp}`, { adapter: 'memory' });
  const b = new Pouch(`peer-b-${stamp}`, { adapter: 'memory' });
  try {
    await a.bulkDocs(records.map(({ id, ...fields }) => ({ _id: id, ...fields })));
    const url = `http://127.0.0.1:${link.port}/bench`;
    const push = await measureLeg(link, client, serverPid, async () => {
      const r = await a.replicate.to(new Pouch(url, { fetch: remoteFetch }), { batch_size: batch });
      if (r.docs_written !== records.length) throw new Error(`PouchDB pushed ${r.docs_written} of ${records.length}`);
    });
    const pull = await measureLeg(link, client, serverPid, async () => {
      await b.replicate.from(new Pouch(url, { fetch: remoteFetch }), { batch_size: batch });
    });
    const got = (await b.info()).doc_count;
    if (got !== records.length) throw new Error(`the second PouchDB got ${got} of ${records.length}`);
    return { push, pull, encodings: client.encodings() };
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
}

const runs: Run[] = [];
let records: PlainRecord[] = [];
const note = (r: Run) => console.log(`  ${r.link} #${r.rep + 1} ${r.variant.protocol} ${r.variant.batch ?? ''} ${r.variant.gzip ? 'gzip' : 'plain'}: ${seconds(r.push.ms + r.pull.ms)}`);
const add = (r: Run) => (runs.push(r), note(r));
/** The summary so far: printed after each repetition, so a run cut short still leaves its figures. */
function report(done: number) {
  console.log(`\n${RECORDS.toLocaleString('en')} records, client A → server → client B; ${done} of ${REPEATS} repetitions; PouchDB batch sizes ${BATCH_SIZES.join(', ')}`);
  printCorpus(NOTES, records);
  console.log(IN_BROWSER ? "Devices in Chromium, IndexedDB on disk (ours: the app's storage; PouchDB: its idb adapter)." : 'Devices in Node (ours: fake-indexeddb; PouchDB: memdown).');
  console.log('Servers on disk: ours SQLite, PouchDB express-pouchdb on LevelDB (leveldown).');
  console.log('Medians of the repetitions (total: min–max); bytes are TCP payload through the proxy (HTTP headers included); client CPU includes the proxy.\n');
  printRuns(runs);
  printRatios(runs, PROFILES_RUN);
}
// Repetitions outside, links inside: a drift of the machine's load touches every variant alike.
for (let rep = 0; rep < REPEATS; rep++) {
  for (const profile of PROFILES_RUN) {
    const o = await ours(profile, rep, true);
    records = o.records;
    add(o.run);
    if (BOTH_WAYS) add((await ours(profile, rep, false)).run);
    for (const batch of BATCH_SIZES) add(await peer(profile, rep, records, batch, false));
    if (BOTH_WAYS) add(await peer(profile, rep, records, bestBatch(runs, profile.name), true));
  }
  report(rep + 1);
}
