// Sync measurements against the real server process (loopback only):
//  1. 10,000 records made on one device, pushed to an empty server and pulled by a second device:
//     time, and bytes on the wire each way (response gzip on, as browsers ask for it).
//  2. N devices (200 and 1,000 by default, DEVICES=…) pushing 50 mutations each at the same moment:
//     errors by cause, p50/p99 latency, throughput, the server's peak memory and open files; on
//     SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
// Usage: npm run bench:sync   (RECORDS=10000 DEVICES=200,1000 SERVER_LIMITS=default SERVER_NOFILE=1024)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeHlc } from '../src/shared/hlc.ts';
import { uuidv7 } from '../src/shared/ids.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { issueKey } from '../tests/e2e/support/keys.ts';
import { kb, RECORDS, replicateOurs, seconds, type Leg } from './replicate.ts';
import { startLink } from './slow-proxy.ts';
import { percentile, printTable, summarise } from './stats.ts';

const DEVICES = (process.env.DEVICES ?? '200,1000').split(',').map(Number);
// The load is many devices of one key: lift the per-key rate limit unless SERVER_LIMITS=default
// asks to see what the shipped limits do to the same burst.
const env: Record<string, string> = process.env.SERVER_LIMITS === 'default' ? {} : { SYNC_RATE_BURST: '1000000', SYNC_RATE_PER_SECOND: '1000000' };

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

async function load(label: string, devices: number, databaseUrl?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'wc-bench-load-'));
  const server = await startServer({ port: 4603, staticDir: dataDir, dataDir, env: { ...env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) } });
  const key = issueKey('facilitator', 'Load', dataDir, databaseUrl);
  // SERVER_NOFILE=1024 gives the server the open-files limit many hosts start services with (the
  // devices here share one process, so limiting the whole benchmark would measure the wrong side).
  if (process.env.SERVER_NOFILE) execFileSync('prlimit', ['--pid', String(server.process.pid), `--nofile=${process.env.SERVER_NOFILE}:${process.env.SERVER_NOFILE}`]);
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
    // Failures by cause (HTTP status and code, or the socket error), so a limit that breaks is named.
    const errors = new Map<string, number>();
    const fail = (cause: string) => errors.set(cause, (errors.get(cause) ?? 0) + 1);
    let peakFds = 0;
    const sampler = setInterval(() => (peakFds = Math.max(peakFds, openFds(server.process.pid!))), 100);
    const t0 = performance.now();
    await Promise.all(
      bodies.map(async (body) => {
        const t = performance.now();
        try {
          const res = await fetch(`${server.url}/api/sync`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'accept-encoding': 'gzip' }, body });
          const json = (await res.json()) as { acks?: { status: string }[]; error?: { code: string } };
          if (!res.ok) fail(`HTTP ${res.status} ${json.error?.code ?? ''}`);
          else if (json.acks?.some((a) => a.status !== 'applied')) fail('mutation not applied');
        } catch (err) {
          const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
          fail(cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause));
        }
        latencies.push(performance.now() - t);
      }),
    );
    const wallSeconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    const s = summarise(`${devices} devices × 50 mutations at once (${label}), ms`, latencies);
    printTable([s]);
    const failed = [...errors.values()].reduce((a, b) => a + b, 0);
    const causes = [...errors].map(([cause, n]) => `${n} × ${cause}`).join(', ');
    console.log(`  errors ${failed}${failed ? ` (${causes})` : ''}, p99 ${percentile([...latencies].sort((a, b) => a - b), 99).toFixed(0)} ms, throughput ${(((devices - failed) * 50) / wallSeconds).toFixed(0)} mutations/s, server peak memory ${peakMemoryMb(server.process.pid!).toFixed(0)} MB, peak open files ${peakFds}`);
  } finally {
    await server.stop();
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
for (const [label, url] of backends) {
  await replication(label, url);
  for (const n of DEVICES) await load(label, n, url);
}
