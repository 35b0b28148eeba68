// A live room against the real server process (embedded SQLite, shipped limits, as `npm start` runs it):
//  1. Tap to projector. A facilitator's workshop with a join link; a projector (another device of the
//     facilitator's key) holds the stream of change events and, on each, pulls as the app's engine
//     does (300 ms of quiet, at most 1 s after the first event of a burst, syncs started by news at
//     least 1 s apart, one more right after a sync that news arrived during, and its 15 s timer).
//     PHONES phones join with the link, hold their own streams as the app does, and each submits an
//     answer (an assessment and 4 scores) at a random moment within TAP_SECONDS, pushed 300 ms after
//     the tap (the app's quiet time). For each tap: the time from the tap to the projector's pull
//     answer carrying the assessment. On loopback, then through a link adding 300 ms round trip
//     (150 ms each way) for phones and projector alike; each phone and the projector have their own
//     connections (a keep-alive agent each, six sockets as a browser), so a phone idle for more than
//     the server's 5 s keep-alive pays a new connection's handshake, as it would.
//  2. Idle watching devices. WATCHERS streams (ROOMS join links of WATCHERS/ROOMS phones each: the
//     server takes 500 a join link) from one client process: the server's memory (VmRSS) before and
//     after, per connection, its CPU time (utime + stime) over IDLE_SECONDS idle, then ROUNDS times one
//     push of the facilitator's that every phone reads (each room's workshop renamed, one request):
//     the delay until the last phone received its change event.
// Host-dependent figures are medians with their spread (min–max); the load average is printed.
// Usage: npm run bench:live-room   (PHONES=25 TAP_SECONDS=20 WATCHERS=1000 ROOMS=2 IDLE_SECONDS=30 ROUNDS=5 PARTS=1,2)
import http from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { hashKey, newKey } from '../src/server/auth/keys.ts';
import { openSqliteStore } from '../src/server/store/sqlite.ts';
import { joinCredential } from '../src/shared/identity/credential.ts';
import { committedScopeId } from '../src/shared/identity/scope-commitment.ts';
import { uuidv7 } from '../src/shared/ids.ts';
import type { Mutation } from '../src/shared/schemas/mutation.ts';
import { syncResponseSchema, type Change } from '../src/shared/sync/protocol.ts';
import { startServer, type RunningServer } from '../tests/e2e/support/server.ts';
import { syncRequest as signedRequest } from '../tests/support/test-devices.ts';
import { deviceIdOf, mutation, workshopPatch } from '../tests/unit/server/sync-fixtures.ts';
import { startLink, type LinkProfile } from './slow-proxy.ts';
import { percentile } from './stats.ts';

const PHONES = Number(process.env.PHONES ?? 25);
const TAP_SECONDS = Number(process.env.TAP_SECONDS ?? 20);
const WATCHERS = Number(process.env.WATCHERS ?? 1000);
const ROOMS = Number(process.env.ROOMS ?? 2);
const IDLE_SECONDS = Number(process.env.IDLE_SECONDS ?? 30);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
/** Which parts to run: PARTS=1, PARTS=2, or both (the default). */
const PARTS = (process.env.PARTS ?? '1,2').split(',');
/** Ports of this benchmark: the server of part 1, its slow link, the server of part 2. */
const PORT = { tap: 4480, link: 4481, idle: 4482 };
/** Targets of the issue: p95 from tap to projector. */
const TARGET_MS: Record<string, number> = { loopback: 2000, '300 ms RTT': 5000 };
const LINKS: LinkProfile[] = [
  { name: 'loopback', rttMs: 0 },
  { name: '300 ms RTT', rttMs: 300 },
];
/** The app's engine: a saved change or news of one waits this long for quiet… */
const SOON_QUIET_MS = 300;
/** …at most this long after the first of a burst… */
const SOON_MAX_MS = 1_000;
/** …and syncs started by news are at least this far apart. */
const SOON_GAP_MS = 1_000;
/** The engine's timer between syncs: 15 s × 0.5–1.5. */
const TIMER_MS = 15_000;

/** A fixed sequence of numbers in [0, 1), so that runs are alike. */
let seed = 7;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.now();

interface Answer {
  status: number;
  text: string;
}

/** One HTTP request on `agent`'s sockets; a kept-alive socket the server closed meanwhile is retried once on a new one, as browsers do. */
function send(agent: http.Agent, port: number, method: string, path: string, headers: Record<string, string>, body?: string | Uint8Array, retried = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers: { 'accept-encoding': 'gzip', ...headers, ...length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, text: (res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8') });
      });
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (req.reusedSocket && !retried && err.code === 'ECONNRESET') resolve(send(agent, port, method, path, headers, body, true));
      else reject(err);
    });
    req.end(body);
  });
}

/** POST /api/sync from a named device: push `mutations`, pull from `cursor`; gzipped from 1 KB on, as the app does. */
export async function sync(agent: http.Agent, port: number, credential: string, device: string, mutations: readonly Mutation[], cursor: string | null) {
  const { headers, body } = signedRequest(credential, device, { mutations, cursor });
  const zipped = body.length >= 1024;
  const res = await send(agent, port, 'POST', '/api/sync', zipped ? { ...headers, 'content-encoding': 'gzip' } : headers, zipped ? new Uint8Array(gzipSync(body)) : body);
  if (res.status !== 200) throw new Error(`sync of ${device}: HTTP ${res.status} ${res.text.slice(0, 200)}`);
  const answer = syncResponseSchema().parse(JSON.parse(res.text));
  const refused = answer.acks.filter((a) => a.status === 'rejected');
  if (refused.length) throw new Error(`sync of ${device}: ${refused.length} changes refused (${refused[0]!.code})`);
  return answer;
}

interface EventStream {
  /** The feed position of `event: ready`. */
  ready: Promise<number>;
  close(): void;
}

/** GET /api/events as a device holds it: `onChange` for each `event: change`. */
function openStream(agent: http.Agent, port: number, credential: string, device: string, onChange: (seq: number) => void): EventStream {
  let req: http.ClientRequest | undefined;
  const ready = new Promise<number>((resolve, reject) => {
    req = http.get({ host: '127.0.0.1', port, path: `/api/events?device=${deviceIdOf(device)}`, agent, headers: { authorization: `Bearer ${credential}`, accept: 'text/event-stream' } }, (res) => {
      res.setEncoding('utf8');
      let buffer = '';
      if (res.statusCode !== 200) {
        res.on('data', (t: string) => (buffer += t));
        res.on('end', () => reject(new Error(`events of ${device}: HTTP ${res.statusCode} ${buffer.slice(0, 200)}`)));
        return;
      }
      res.on('data', (t: string) => {
        buffer += t;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(':')) continue;
          const seq = Number(/data: \{"seq":(\d+)\}/.exec(block)?.[1]);
          if (block.includes('event: ready')) resolve(seq);
          else if (block.includes('event: change')) onChange(seq);
        }
      });
      res.on('error', () => undefined);
    });
    req.on('error', reject);
  });
  ready.catch(() => undefined);
  return { ready, close: () => req?.destroy() };
}

/** An agent as a browser tab has for one server: kept-alive sockets, six at most. */
export const browserAgent = () => new http.Agent({ keepAlive: true, maxSockets: 6 });

/** The projector: the app's engine reduced to what it does on news of a change (see src/app/core/sync/engine.ts). */
function projector(port: number, key: string, device: string, cursor: string | null, onChanges: (changes: readonly Change[], at: number) => void) {
  const agent = browserAgent();
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  let burstStart: number | undefined;
  let lastStart = -Infinity;
  let soonTimer: NodeJS.Timeout | undefined;
  let timer: NodeJS.Timeout | undefined;
  let pulls = 0;
  let errors = 0;

  async function run(): Promise<void> {
    try {
      for (let page = 0; page < 100; page++) {
        pulls++;
        const answer = await sync(agent, port, key, device, [], cursor);
        cursor = answer.cursor;
        onChanges(answer.changes, now());
        if (!answer.hasMore) break;
      }
    } catch {
      errors++;
    } finally {
      clearTimeout(timer);
      if (!stopped) timer = setTimeout(() => void syncNow(), TIMER_MS * (0.5 + Math.random()));
    }
  }
  function syncNow(fresh = false): Promise<void> {
    if (running) {
      if (fresh) again = true;
      return running;
    }
    lastStart = now();
    running = run().finally(() => {
      running = undefined;
      if (again && !stopped) {
        again = false;
        void syncNow();
      }
    });
    return running;
  }
  function soon(): void {
    const t = now();
    burstStart ??= t;
    clearTimeout(soonTimer);
    const at = Math.max(Math.min(t + SOON_QUIET_MS, burstStart + SOON_MAX_MS), lastStart + SOON_GAP_MS);
    soonTimer = setTimeout(() => {
      burstStart = undefined;
      void syncNow(true);
    }, at - t);
  }
  const stream = openStream(agent, port, key, device, soon);
  return {
    ready: stream.ready,
    stats: () => ({ pulls, errors }),
    stop() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(soonTimer);
      stream.close();
      agent.destroy();
    },
  };
}

/** Keys added to a fresh data folder before the server starts, as `npm run admin` would. */
async function freshServer(port: number, names: readonly string[]): Promise<{ server: RunningServer; keys: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wc-live-room-'));
  const store = openSqliteStore(dataDir);
  await store.migrate();
  const keys: string[] = [];
  for (const name of names) {
    const key = newKey('facilitator');
    await store.addKey({ hash: hashKey(key), role: 'facilitator', name });
    keys.push(key);
  }
  await store.close();
  return { server: await startServer({ port, staticDir: dataDir, dataDir }), keys };
}

/** A workshop of the facilitator's with a join link, and an organisation for the answers; pushed from `device`. */
export async function workshopWithLink(port: number, key: string, device: string, title: string) {
  const w = committedScopeId(deviceIdOf(device));
  const token = Array.from({ length: 32 }, () => 'abcdefghijklmnopqrstuvwxyz234567'[Math.floor(random() * 32)]).join('');
  const org = uuidv7();
  const agent = browserAgent();
  await sync(
    agent,
    port,
    key,
    device,
    [
      mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w, title), joinTokenHash: hashKey(token) } }, Date.now(), device),
      mutation(
        { kind: 'organisation', recordId: org, scope: w, patch: { workshopId: w, name: 'Union', acronym: 'U', country: 'SN', kind: 'national-centre', partnerRole: 'receiving' } },
        Date.now(),
        device,
      ),
    ],
    null,
  );
  agent.destroy();
  return { w, org, link: joinCredential(w, token) };
}

export const ms = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;
export const median = (xs: readonly number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );
export const spread = (xs: readonly number[]) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
export const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

interface TapRun {
  link: string;
  delays: number[];
  missing: number;
  pushMs: number[];
  pulls: number;
  errors: number;
}

/** Part 1 on one link: PHONES taps over TAP_SECONDS, each timed to the projector's pull that brings it. */
async function tapToProjector(profile: LinkProfile, serverPort: number, key: string, run: number): Promise<TapRun> {
  const proxy = await startLink(serverPort, profile, PORT.link);
  const port = proxy.port;
  const { w, org, link } = await workshopWithLink(serverPort, key, `liveTablet${run}`, `Live room ${run}`);
  const tappedAt = new Map<string, number>();
  const delays: number[] = [];
  const pushMs: number[] = [];
  let phoneErrors = 0;
  // The projector starts from where it stands (a first pull), then follows the stream.
  const projectorDevice = `liveProjector${run}`;
  const firstAgent = browserAgent();
  const first = await sync(firstAgent, port, key, projectorDevice, [], null);
  firstAgent.destroy();
  const screen = projector(port, key, projectorDevice, first.cursor, (changes, at) => {
    for (const c of changes) {
      const tap = c.kind === 'assessment' ? tappedAt.get(String(c.record.id)) : undefined;
      if (tap === undefined) continue;
      tappedAt.delete(String(c.record.id));
      delays.push(at - tap);
    }
  });
  await screen.ready;
  // Phones join (a first sync) and hold their streams, as the app does once it has the link.
  const phones = await Promise.all(
    Array.from({ length: PHONES }, async (_, i) => {
      const device = `livePhone${run}-${i}`;
      const agent = browserAgent();
      const joined = await sync(agent, port, link, device, [], null);
      const stream = openStream(agent, port, link, device, () => undefined);
      await stream.ready;
      return { device, agent, stream, cursor: joined.cursor };
    }),
  );
  const taps = phones.map(async (phone) => {
    await sleep(random() * TAP_SECONDS * 1000);
    const tap = now();
    const a = uuidv7();
    const wall = Date.now();
    const answer = [
      mutation(
        { kind: 'assessment', recordId: a, scope: w, patch: { workshopId: w, organisationId: org, frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: true } },
        wall,
        phone.device,
      ),
      ...Array.from({ length: 4 }, (_, k) =>
        mutation({ kind: 'score', recordId: uuidv7(), scope: w, patch: { workshopId: w, assessmentId: a, itemId: `item${k}`, value: k + 1, comment: '' } }, wall, phone.device),
      ),
    ];
    tappedAt.set(a, tap);
    await sleep(SOON_QUIET_MS);
    const t = now();
    try {
      await sync(phone.agent, port, link, phone.device, answer, phone.cursor);
      pushMs.push(now() - t);
    } catch (err) {
      phoneErrors++;
      console.error(String(err));
    }
  });
  await Promise.all(taps);
  // Every tap seen on the projector, or 15 s more at most.
  for (let waited = 0; tappedAt.size > 0 && waited < 15_000; waited += 100) await sleep(100);
  const { pulls, errors } = screen.stats();
  screen.stop();
  for (const p of phones) {
    p.stream.close();
    p.agent.destroy();
  }
  await proxy.close();
  return { link: profile.name, delays, missing: tappedAt.size, pushMs, pulls, errors: errors + phoneErrors };
}

function vmRssKb(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
}
/** CPU time (user + system) of a process, from /proc: fields 14 and 15 of its stat, in ticks of 10 ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function partOne(): Promise<void> {
  const { server, keys } = await freshServer(PORT.tap, ['Live room facilitator']);
  const runs: TapRun[] = [];
  try {
    for (const [i, profile] of LINKS.entries()) {
      runs.push(await tapToProjector(profile, PORT.tap, keys[0]!, i));
      console.log(`done: tap to projector, ${profile.name}`);
    }
  } finally {
    await server.stop();
  }
  console.log(`\n1. Tap to projector: ${PHONES} phones on one join link, each answer pushed ${SOON_QUIET_MS} ms after its tap, at random moments over ${TAP_SECONDS} s; SQLite, shipped limits`);
  for (const r of runs) {
    const sorted = [...r.delays].sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);
    const target = TARGET_MS[r.link]!;
    console.log(
      `  ${r.link.padEnd(11)} n ${String(sorted.length).padStart(3)}   p50 ${ms(percentile(sorted, 50)).padStart(8)}   p95 ${ms(p95).padStart(8)}   max ${ms(sorted.at(-1) ?? Number.NaN).padStart(8)}` +
        `   target p95 < ${target / 1000} s: ${p95 < target && r.missing === 0 ? 'met' : 'NOT met'}`,
    );
    console.log(`  ${''.padEnd(11)} push answered p50 ${ms(median(r.pushMs))}; projector pulls ${r.pulls}; not seen ${r.missing}; errors ${r.errors}`);
    if (r.missing || r.errors) process.exitCode = 1;
  }
}

async function partTwo(): Promise<void> {
  const { server, keys } = await freshServer(PORT.idle, ['Rooms facilitator']);
  const pid = server.process.pid!;
  const key = keys[0]!;
  const agent = new http.Agent({ keepAlive: true, maxSockets: WATCHERS * 2 });
  const streams: EventStream[] = [];
  try {
    const rooms: Awaited<ReturnType<typeof workshopWithLink>>[] = [];
    for (let r = 0; r < ROOMS; r++) rooms.push(await workshopWithLink(PORT.idle, key, 'roomsTablet', `Room ${r + 1}`));
    const pushAgent = browserAgent();
    /** The facilitator renames every room's workshop in one push: a change every phone reads. Returns the time to its answer. */
    const rename = async (title: string) => {
      const t0 = now();
      const changes = rooms.map((room) => mutation({ kind: 'workshop', recordId: room.w, scope: room.w, patch: { title } }, Date.now(), 'roomsTablet'));
      await sync(pushAgent, PORT.idle, key, 'roomsTablet', changes, null);
      return now() - t0;
    };
    // The same push with nobody watching: what telling the phones adds to it.
    const aloneMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      aloneMs.push(await rename(`Unwatched ${round}`));
      await sleep(200);
    }
    await sleep(2000);
    const rssBefore = vmRssKb(pid);
    // Each watcher's time of its first change event in the current round.
    let heard: (number | undefined)[] = [];
    const devices = Array.from({ length: WATCHERS }, (_, i) => `watcher${i}`);
    for (const d of devices) deviceIdOf(d);
    const opened = now();
    for (let from = 0; from < WATCHERS; from += 100) {
      const wave = Array.from({ length: Math.min(100, WATCHERS - from) }, (_, j) => {
        const i = from + j;
        const s = openStream(agent, PORT.idle, rooms[i % ROOMS]!.link, devices[i]!, () => (heard[i] ??= now()));
        streams.push(s);
        return s.ready;
      });
      await Promise.all(wave);
    }
    const openMs = now() - opened;
    await sleep(2000);
    const rssAfter = vmRssKb(pid);
    const cpu0 = cpuMs(pid);
    await sleep(IDLE_SECONDS * 1000);
    const idleCpu = cpuMs(pid) - cpu0;
    const rssIdle = vmRssKb(pid);

    const lastMs: number[] = [];
    const medianMs: number[] = [];
    const answerMs: number[] = [];
    let missing = 0;
    for (let round = 0; round < ROUNDS; round++) {
      heard = [];
      const t0 = now();
      answerMs.push(await rename(`Renamed ${round}`));
      for (let waited = 0; heard.filter((x) => x !== undefined).length < WATCHERS && waited < 10_000; waited += 5) await sleep(5);
      const times = heard.filter((x): x is number => x !== undefined).map((x) => x - t0);
      missing += WATCHERS - times.length;
      lastMs.push(Math.max(...times));
      medianMs.push(median(times));
      await sleep(1000);
    }
    pushAgent.destroy();
    const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
    console.log(`\n2. ${WATCHERS.toLocaleString('en')} idle open devices: ${ROOMS} join links of ${WATCHERS / ROOMS} streams each, one client process; SQLite, shipped limits`);
    console.log(`  opened in ${ms(openMs)} (waves of 100)`);
    console.log(
      `  server RSS: before ${mb(rssBefore)}, with the streams open ${mb(rssAfter)} (+${mb(rssAfter - rssBefore)}, ${((rssAfter - rssBefore) / WATCHERS).toFixed(1)} KB a connection), after ${IDLE_SECONDS} s idle ${mb(rssIdle)}`,
    );
    console.log(`  server CPU over ${IDLE_SECONDS} s idle: ${ms(idleCpu)} (${((idleCpu / (IDLE_SECONDS * 1000)) * 100).toFixed(2)}% of a core)`);
    console.log(
      `  one push every phone reads, ${ROUNDS} rounds: last of ${WATCHERS.toLocaleString('en')} told after ${ms(median(lastMs))} (${spread(lastMs)}), median phone ${ms(median(medianMs))} (${spread(medianMs)}); not told ${missing}`,
    );
    console.log(`  the push answered in ${ms(median(answerMs))} (${spread(answerMs)}); with no device watching ${ms(median(aloneMs))} (${spread(aloneMs)})`);
    if (missing) process.exitCode = 1;
  } finally {
    for (const s of streams) s.close();
    agent.destroy();
    await server.stop();
  }
}

// Run only when started as a script: other benchmarks import its devices.
if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const started = now();
  console.log(`load average at start: ${load()}`);
  if (PARTS.includes('1')) await partOne();
  if (PARTS.includes('2')) await partTwo();
  console.log(`\nload average at end: ${load()}; ${((now() - started) / 1000).toFixed(0)} s in all`);
}
