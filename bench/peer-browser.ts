// Both protocols' devices in Chromium, for bench/peer.ts: each device is its own browser with its own
// profile on disk (IndexedDB as on a phone), loading a bundle of its client: ours (the app's storage
// and sync engine, bench/browser/ours.ts) or PouchDB with its IndexedDB adapter (bench/browser/pouch.ts).
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../scripts/find-chromium.mjs';
import type { OursInBrowser } from './browser/ours.ts';
import type { PouchInBrowser } from './browser/pouch.ts';
import type { NoteDraft } from './device.ts';
import { cpuMsOf, measureLeg, type Leg, type LegClient, type PlainRecord } from './replicate.ts';
import type { Link } from './slow-proxy.ts';

/** One client bundled for the page, as an app's build would ship it (minified). */
export async function bundle(client: 'ours' | 'pouch'): Promise<string> {
  const out = await build({
    entryPoints: [`bench/browser/${client}.ts`],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'error',
    define: { global: 'globalThis', 'process.env.NODE_ENV': '"production"' },
  });
  return out.outputFiles[0]!.text;
}

/** CPU time of a process and all its descendants (a browser and its renderers), from /proc. */
function treeCpuMs(root: number, exclude: ReadonlySet<number>): number {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const after = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ');
      parent.set(Number(name), Number(after[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (exclude.has(p)) return false;
      if (p === root) return true;
    }
    return false;
  };
  let ms = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      ms += cpuMsOf(pid);
    } catch {
      // the process ended meanwhile
    }
  }
  return ms;
}

export interface BrowserDevice {
  page: Page;
  /** Requests the page sent and the encodings of the answers, counted from page events. */
  client: LegClient & { encodings(): Set<string> };
  close(): Promise<void>;
}

/**
 * A device: a browser with a fresh profile on disk, on a page of `origin` (so its requests are
 * same-origin, as the app's are), with `script` loaded. Client CPU counts every browser process and
 * this one (the link proxy), but not the server `serverPid`.
 */
export async function openDevice(origin: string, script: string, serverPid: number): Promise<BrowserDevice> {
  const profile = mkdtempSync(join(tmpdir(), 'wc-bench-device-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: await findChromium(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
    // The benchmark injects its client bundle; the server's CSP is about the app's own pages.
    bypassCSP: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let requests = 0;
  const encodings = new Set<string>();
  page.on('request', (r) => void (r.url().startsWith(origin) && requests++));
  page.on('response', (r) => void (r.url().startsWith(origin) && encodings.add(r.headers()['content-encoding'] ?? 'identity')));
  await page.goto(`${origin}/`);
  await page.addScriptTag({ content: script });
  const exclude = new Set([serverPid]);
  return {
    page,
    client: { requests: () => requests, reset: () => void (requests = 0), cpuMs: () => treeCpuMs(process.pid, exclude), encodings: () => encodings },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

type Api = { bench: OursInBrowser; pouchBench: PouchInBrowser };
/** Call the page's client: `call(page, 'bench', 'sync', endpoint)`. */
export function call<N extends keyof Api, M extends keyof Api[N]>(
  page: Page,
  name: N,
  method: M,
  ...args: Api[N][M] extends (...a: infer A) => unknown ? A : never
): Promise<Api[N][M] extends (...a: never[]) => infer R ? Awaited<R> : never> {
  return page.evaluate(({ name, method, args }) => (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[name]![method]!(...args), {
    name,
    method: String(method),
    args,
  }) as never;
}

export interface BrowserReplication {
  push: Leg;
  pull: Leg;
  encodings: string;
}

const encodingsOf = (...devices: BrowserDevice[]) => [...new Set(devices.flatMap((d) => [...d.client.encodings()]))].sort().join('+');

/**
 * Our protocol, device A → our server → device B, both devices in Chromium, with `notes` as the
 * notes' texts. `requestGzip: false` takes CompressionStream away from the pages, so the engine
 * pushes plain JSON as it does on a browser without it.
 */
export async function oursInBrowser(
  link: Link,
  key: string,
  serverPid: number,
  records: number,
  opts: { notes?: NoteDraft[]; requestGzip?: boolean } = {},
): Promise<BrowserReplication & { records: PlainRecord[] }> {
  const origin = `http://127.0.0.1:${link.port}`;
  const script = await bundle('ours');
  const a = await openDevice(origin, script, serverPid);
  const b = await openDevice(origin, script, serverPid);
  try {
    if (opts.requestGzip === false) for (const d of [a, b]) await d.page.evaluate(() => delete (globalThis as { CompressionStream?: unknown }).CompressionStream);
    const { workshopId } = await call(a.page, 'bench', 'create', records, key, opts.notes);
    await call(b.page, 'bench', 'open', key);
    const sync = async (device: BrowserDevice) => {
      const r = await call(device.page, 'bench', 'sync', `${origin}/api/sync`);
      if (r.pending || r.error) throw new Error(`sync ended with ${r.pending} changes left (${r.error ?? 'no error'})`);
    };
    const push = await measureLeg(link, a.client, serverPid, () => sync(a));
    const pull = await measureLeg(link, b.client, serverPid, () => sync(b));
    const received = await call(b.page, 'bench', 'count', workshopId);
    if (received !== records) throw new Error(`device B got ${received} of ${records} records`);
    return { push, pull, encodings: encodingsOf(a, b), records: (await call(a.page, 'bench', 'records', workshopId)) as PlainRecord[] };
  } finally {
    await a.close();
    await b.close();
  }
}

/** PouchDB with its IndexedDB adapter, device A → the CouchDB-protocol server → device B, in Chromium; `gzip`: requests gzipped. */
export async function pouchInBrowser(link: Link, serverPid: number, records: readonly PlainRecord[], batchSize: number, gzip: boolean): Promise<BrowserReplication> {
  const origin = `http://127.0.0.1:${link.port}`;
  const script = await bundle('pouch');
  const a = await openDevice(origin, script, serverPid);
  const b = await openDevice(origin, script, serverPid);
  try {
    await call(
      a.page,
      'pouchBench',
      'load',
      records.map(({ id, ...fields }) => ({ _id: id, ...fields })),
    );
    const url = `${origin}/bench`;
    const push = await measureLeg(link, a.client, serverPid, async () => {
      const written = await call(a.page, 'pouchBench', 'push', url, batchSize, gzip);
      if (written !== records.length) throw new Error(`PouchDB pushed ${written} of ${records.length}`);
    });
    const pull = await measureLeg(link, b.client, serverPid, async () => {
      const got = await call(b.page, 'pouchBench', 'pull', url, batchSize, gzip);
      if (got !== records.length) throw new Error(`the second PouchDB got ${got} of ${records.length}`);
    });
    return { push, pull, encodings: encodingsOf(a, b) };
  } finally {
    await a.close();
    await b.close();
  }
}
