// Sync measurements against the real server process (loopback only):
//  1. 10,000 records made on one device, pushed to an empty server and pulled by a second device:
//     time, and bytes on the wire each way (response gzip on, as browsers ask for it).
//  2. N devices (200 and 1,000 by default, DEVICES=…) pushing 50 mutations each at the same moment,
//     each retrying after Retry-After as the app does when refused: refusals, errors by cause, time
//     until each push is acknowledged, latency of the requests the server took on, throughput, the
//     server's peak memory and open files; with the shipped admission limits and with them lifted
//     (ADMISSION=on,off,deep: a list, default on,off); as one key's devices and as rooms of phones and tablets
//     (SHAPES=key,rooms); on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
// Usage: npm run bench:sync   (RECORDS=10000 DEVICES=200,1000 ADMISSION=on,off SHAPES=key,rooms SERVER_LIMITS=default SERVER_NOFILE=1024;
//        RECORDS=0 runs the load test alone)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../tests/e2e/support/server.ts';
import { issueKey } from '../tests/e2e/support/keys.ts';
import { pushUntilAcknowledged } from './load-device.ts';
import { ROOM_SIZE, roomBurst, roomKeys, type BurstRequest } from './room-burst.ts';
import { loadDeviceMutations } from './load-mutations.ts';
import { cpuMsOf, kb, RECORDS, replicateOurs, seconds, type Leg } from './replicate.ts';
import { startLink } from './slow-proxy.ts';
import { percentile } from './stats.ts';
import { syncRequest } from '../tests/support/test-devices.ts';
import { UNLIMITED_SYNC_ENV } from '../tests/support/unlimited-sync.ts';

const DEVICES = (process.env.DEVICES ?? '200,1000').split(',').map(Number);
// The load is many devices of one key: lift the per-key rate limit unless SERVER_LIMITS=default
// asks to see what the shipped limits do to the same burst.
const env: Record<string, string> = process.env.SERVER_LIMITS === 'default' ? {} : UNLIMITED_SYNC_ENV;
// Admission control as shipped (on), lifted by a limit no load here reaches (off), or with a queue
// deep enough for the whole burst (deep: SYNC_MAX_QUEUED=1024, ADMISSION=deep or on,off,deep).
const ADMISSION = { on: {}, off: { SYNC_MAX_ACTIVE: '1000000' }, deep: { SYNC_MAX_QUEUED: '1024' } } satisfies Record<string, Record<string, string>>;
type Admission = keyof typeof ADMISSION;
const admissions = (process.env.ADMISSION ?? 'on,off').split(',').filter((a): a is Admission => a in ADMISSION);
/**
 * Who the devices are (SHAPES=key,rooms, default both): `key`, every device one facilitator key's,
 * each pushing its own workshop with 49 notes with no cursor (so each answer carries the first page of
 * everything the key's other devices sent: the worst case); `rooms`, the organisation's server on a
 * busy day (see room-burst.ts).
 */
const SHAPES = (process.env.SHAPES ?? 'key,rooms').split(',').filter((s): s is Shape => s === 'key' || s === 'rooms');
type Shape = 'key' | 'rooms';

/** Every device one key's, each with its own workshop and 49 notes, never synced before. */
const oneKeyBurst = (key: string, devices: number): BurstRequest[] =>
  Array.from({ length: devices }, (_, d) => ({ credential: key, ...syncRequest(key, `loaddevice${d}`, { mutations: loadDeviceMutations(`loaddevice${d}`, d, 50) }) }));

async function replication(label: string, databaseUrl?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'wc-bench-sync-'));
  const server = await startServer({ port: 4602, staticDir: dataDir, dataDir, env: { ...env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) } });
  const key = issueKey('facilitator', 'Bench', dataDir, databaseUrl);
  const link = await startLink(4602, { name: 'loopback', rttMs: 0 });
  try {
    const r = await replicateOurs({ label, key, link, serverPid: server.process.pid!, records: RECORDS });
    const perRecord = (l: Leg) => `${((l.up + l.down) / RECORDS).toFixed(0)} B/record, ${l.requests} requests, CPU server ${seconds(l.serverCpuMs)} devices ${seconds(l.clientCpuMs)}`;
    console.log(`\n${RECORDS.toLocaleString('en')} records, device → server → device (${label})`);
    console.log(`  made on device A (IndexedDB emulation)  ${(r.writeMs / 1000).toFixed(1)} s`);
    console.log(`  push A → server                         ${seconds(r.push.ms)}, up ${kb(r.push.up)}, down ${kb(r.push.down)}, ${perRecord(r.push)}`);
    console.log(`  pull server → B                         ${seconds(r.pull.ms)}, up ${kb(r.pull.up)}, down ${kb(r.pull.down)}, ${perRecord(r.pull)}`);
  } finally {
    await link.close();
    await server.stop();
  }
}

function peakMemoryMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

interface LoadRow {
  label: string;
  admission: Admission;
  devices: number;
  busy: number;
  limited: number;
  errors: string;
  doneP50: number;
  doneP99: number;
  admittedP50: number;
  admittedP99: number;
  throughput: number;
  peakMb: number;
  peakFds: number;
  /** CPU time of the server process, and of this process (the devices' requests and answers), during the burst. */
  serverCpuMs: number;
  devicesCpuMs: number;
}

async function load(label: string, shape: Shape, devices: number, admission: Admission, databaseUrl?: string): Promise<LoadRow> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wc-bench-load-'));
  const roomKeyList = shape === 'rooms' ? await roomKeys(Math.ceil(devices / ROOM_SIZE), dataDir, databaseUrl) : [];
  const server = await startServer({ port: 4603, staticDir: dataDir, dataDir, env: { ...env, ...ADMISSION[admission], ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) } });
  // SERVER_NOFILE=1024 gives the server the open-files limit many hosts start services with (the
  // devices here share one process, so limiting the whole benchmark would measure the wrong side).
  if (process.env.SERVER_NOFILE) execFileSync('prlimit', ['--pid', String(server.process.pid), `--nofile=${process.env.SERVER_NOFILE}:${process.env.SERVER_NOFILE}`]);
  try {
    // Each device signs its request before the clock starts (on a phone, that is the device's
    // time, not the server's); the server verifies every signature, as it does in the field.
    const requests = shape === 'rooms' ? await roomBurst(server.url, roomKeyList, devices) : oneKeyBurst(issueKey('facilitator', 'Load', dataDir, databaseUrl), devices);
    let peakFds = 0;
    const sampler = setInterval(() => (peakFds = Math.max(peakFds, openFds(server.process.pid!))), 100);
    const cpu0 = cpuMsOf(server.process.pid!);
    const own0 = process.cpuUsage();
    const t0 = performance.now();
    const outcomes = await Promise.all(requests.map((r) => pushUntilAcknowledged(`${server.url}/api/sync`, r.credential, r.body, r.headers)));
    const wallSeconds = (performance.now() - t0) / 1000;
    const serverCpuMs = cpuMsOf(server.process.pid!) - cpu0;
    const own = process.cpuUsage(own0);
    clearInterval(sampler);
    // Failures by cause (HTTP status and code, or the socket error), so a limit that breaks is named.
    const errors = new Map<string, number>();
    for (const o of outcomes) if (o.error) errors.set(o.error, (errors.get(o.error) ?? 0) + 1);
    const failed = [...errors.values()].reduce((a, b) => a + b, 0);
    const sorted = (xs: number[]) => xs.sort((a, b) => a - b);
    const done = sorted(outcomes.filter((o) => !o.error).map((o) => o.doneMs));
    const admitted = sorted(outcomes.flatMap((o) => o.admittedMs));
    const row: LoadRow = {
      label: `${label}, ${shape === 'rooms' ? `rooms of ${ROOM_SIZE}` : 'one key'}`,
      admission,
      devices,
      busy: outcomes.reduce((n, o) => n + o.busy, 0),
      limited: outcomes.reduce((n, o) => n + o.limited, 0),
      errors: failed ? `${failed} (${[...errors].map(([cause, n]) => `${n} × ${cause}`).join(', ')})` : '0',
      doneP50: percentile(done, 50),
      doneP99: percentile(done, 99),
      admittedP50: percentile(admitted, 50),
      admittedP99: percentile(admitted, 99),
      throughput: ((devices - failed) * 50) / wallSeconds,
      peakMb: peakMemoryMb(server.process.pid!),
      peakFds,
      serverCpuMs,
      devicesCpuMs: (own.user + own.system) / 1000,
    };
    console.log(`\n${devices} devices × 50 mutations at once (${row.label}, admission ${admission}):`);
    console.log(`  refused ${row.busy} × 503${row.limited ? `, ${row.limited} × 429` : ''}; errors ${row.errors}`);
    console.log(`  acknowledged p50 ${ms(row.doneP50)} p99 ${ms(row.doneP99)}; admitted requests p50 ${ms(row.admittedP50)} p99 ${ms(row.admittedP99)}`);
    console.log(`  throughput ${row.throughput.toFixed(0)} mutations/s, server peak memory ${row.peakMb.toFixed(0)} MB, peak open files ${peakFds}`);
    console.log(
      `  CPU during the burst: server ${seconds(serverCpuMs)} (${((serverCpuMs * 1000) / (devices * 50)).toFixed(0)} µs a mutation), devices ${seconds(row.devicesCpuMs)}, in ${wallSeconds.toFixed(1)} s; load average ${loadavg()[0]!.toFixed(1)}`,
    );
    return row;
  } finally {
    await server.stop();
  }
}

const ms = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;

/** The runs as a Markdown table, for docs/benchmarks.md. */
function printLoadTable(rows: readonly LoadRow[]): void {
  console.log(
    '\n| database, devices | admission | devices | 503 refusals | errors | acknowledged p50 | p99 | admitted request p50 | p99 | throughput | server CPU | server peak memory | peak open files |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.label} | ${r.admission} | ${r.devices.toLocaleString('en')} | ${r.busy.toLocaleString('en')}${r.limited ? ` (+${r.limited} × 429)` : ''} | ${r.errors} | ${ms(r.doneP50)} | ${ms(r.doneP99)} | ${ms(r.admittedP50)} | ${ms(r.admittedP99)} | ${r.throughput.toLocaleString('en', { maximumFractionDigits: 0 })} mutations/s | ${seconds(r.serverCpuMs)} | ${r.peakMb.toFixed(0)} MB | ${r.peakFds} |`,
    );
  }
}

/** Descriptors the server holds (sockets, database files): what a low `ulimit -n` would cap. */
function openFds(pid: number): number {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return 0;
  }
}

const backends: [string, string | undefined][] = [['SQLite', undefined]];
if (process.env.TEST_DATABASE_URL) backends.push(['PostgreSQL', process.env.TEST_DATABASE_URL]);
const rows: LoadRow[] = [];
for (const [label, url] of backends) {
  if (process.env.RECORDS !== '0') await replication(label, url);
  for (const shape of SHAPES) for (const n of DEVICES) for (const admission of admissions) rows.push(await load(label, shape, n, admission, url));
}
printLoadTable(rows);
