// The replication that bench/sync.ts and bench/peer.ts measure: records made on device A with the
// app's storage layer, pushed by the real sync engine through a metered link to the real server,
// then pulled by a second, empty device B. IndexedDB is emulated by fake-indexeddb in Node.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { openLocalStore } from '../src/app/core/db/store.ts';
import { setSetting } from '../src/app/core/db/settings.ts';
import { ACCESS_KEY, createSyncEngine } from '../src/app/core/sync/engine.ts';
import { makeWorkshopOnDevice, workshopRecordCount, type NoteDraft } from './device.ts';
import type { Link } from './slow-proxy.ts';

export const RECORDS = Number(process.env.RECORDS ?? 10_000);

/** One direction of a replication as seen on the wire. */
export interface Leg {
  ms: number;
  up: number;
  down: number;
  /** HTTP requests: each is at least one round trip. */
  requests: number;
  /** TCP connections opened: each is one more (handshake) round trip. */
  connections: number;
  /** CPU time of the server process, and of this process (the clients, and the proxy's bit). */
  serverCpuMs: number;
  clientCpuMs: number;
}

/** CPU time (user + system) a process has used, from /proc: where the wall time of a leg went. */
export function cpuMsOf(pid: number): number {
  // After the command name come fields 3…: utime and stime are fields 14 and 15, in ticks of 10 ms.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** A synced record as device A stores it: the same data both protocols replicate. */
export type PlainRecord = { id: string } & Record<string, unknown>;

/**
 * fetch as a browser on HTTPS sends it: it offers gzip, deflate and brotli, and the server picks.
 * It counts requests and notes which encoding each server chose, so both protocols are measured
 * by one client.
 */
export function browserFetch() {
  let requests = 0;
  const encodings = new Set<string>();
  const fetchImpl: typeof fetch = async (input, init) => {
    requests++;
    const headers = new Headers(init?.headers);
    headers.set('accept-encoding', 'gzip, deflate, br');
    const res = await fetch(input, { ...init, headers });
    encodings.add(res.headers.get('content-encoding') ?? 'identity');
    return res;
  };
  return { fetch: fetchImpl, requests: () => requests, encodings: () => [...encodings].sort().join('+'), reset: () => void (requests = 0) };
}
export type BrowserFetch = ReturnType<typeof browserFetch>;

function ownCpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/** What a leg's clients report: their requests (reset per leg), and their CPU time if not this process's. */
export interface LegClient {
  requests(): number;
  reset(): void;
  cpuMs?: () => number;
}

/** Time one leg and read what crossed the link meanwhile; every leg starts on new connections. */
export async function measureLeg(link: Link, client: LegClient, serverPid: number, run: () => Promise<void>): Promise<Leg> {
  await link.dropConnections();
  link.reset();
  client.reset();
  const server0 = cpuMsOf(serverPid);
  const clientCpu = client.cpuMs ?? ownCpuMs;
  const client0 = clientCpu();
  const t = performance.now();
  await run();
  const ms = performance.now() - t;
  return { ms, ...link.stats(), requests: client.requests(), serverCpuMs: cpuMsOf(serverPid) - server0, clientCpuMs: clientCpu() - client0 };
}

export interface OurReplication {
  writeMs: number;
  push: Leg;
  pull: Leg;
  encodings: string;
  /** What device A holds after the push, to hand the same records to a peer protocol. */
  records: PlainRecord[];
}

/**
 * Device A → server → device B with our protocol, through `link` (a proxy in front of the server).
 * `notes`: the notes' texts (bench/note-corpus.ts); `requestGzip: false` sends pushes uncompressed,
 * as the engine does where the platform has no CompressionStream.
 */
export async function replicateOurs(opts: {
  label: string;
  key: string;
  link: Link;
  serverPid: number;
  records?: number;
  notes?: readonly NoteDraft[];
  requestGzip?: boolean;
}): Promise<OurReplication> {
  const records = opts.records ?? RECORDS;
  const endpoint = `http://127.0.0.1:${opts.link.port}/api/sync`;
  const client = browserFetch();
  const { store: a, workshopId, writeMs } = await makeWorkshopOnDevice(`bench-a-${opts.label}-${Date.now()}`, records, opts.notes);
  const b = await openLocalStore(`bench-b-${opts.label}-${Date.now()}`);
  const compression = globalThis.CompressionStream;
  if (opts.requestGzip === false) delete (globalThis as { CompressionStream?: unknown }).CompressionStream;
  try {
    await setSetting(a.db, ACCESS_KEY, opts.key);
    await setSetting(b.db, ACCESS_KEY, opts.key);
    // The engine reports failures through its status, not by throwing: check the outcome instead.
    const push = await measureLeg(opts.link, client, opts.serverPid, async () => {
      const engine = createSyncEngine(a, endpoint, client.fetch);
      await engine.syncNow();
      engine.stop();
    });
    if ((await a.pendingCount()) !== 0) throw new Error(`push did not finish: ${await a.pendingCount()} changes left`);
    const pull = await measureLeg(opts.link, client, opts.serverPid, async () => {
      const engine = createSyncEngine(b, endpoint, client.fetch);
      await engine.syncNow();
      engine.stop();
    });
    const received = await workshopRecordCount(b, workshopId);
    if (received !== records) throw new Error(`device B got ${received} of ${records} records`);
    const workshop = await a.repos.workshop.get(workshopId);
    const notes = await a.repos.note.list(workshopId);
    return { writeMs, push, pull, encodings: client.encodings(), records: [...(workshop ? [workshop] : []), ...notes] };
  } finally {
    globalThis.CompressionStream = compression;
    a.close();
    b.close();
  }
}

export const kb = (n: number) => `${(n / 1024).toLocaleString('en', { maximumFractionDigits: n < 10_240 ? 1 : 0 })} KB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
