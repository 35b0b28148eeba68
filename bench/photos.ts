// Photos, from a camera's file to the server, in Chromium on this machine:
//  1. Bytes a photo takes once shrunk: the app's own shrinking (src/app/core/photos/shrink.ts, in a
//     page of its own: bench/browser/photos.ts) of camera-like JPEGs made in the page (a photographed
//     flipchart: wall and paper lit unevenly, marker writing, lines, sticky notes, sensor noise;
//     quality 0.92), 12 MP (4000x3000) and 3 MP (2000x1500): the photo and its thumbnail.
//  2. Time to shrink a 12 MP file, and beside it, on the same file in the same run, the floor the
//     browser itself sets: one `createImageBitmap` decode, one draw on a 1,600 px canvas and one
//     `convertToBlob` (WebP at 0.8, the app's first try). Which of the two goes first alternates.
//  3. Twenty photos synced by a facilitator's tablet: the production build and the real server
//     (SQLite, shipped limits, a key from the admin command), the tablet a fresh browser profile each
//     run (800x1280) signed in through Settings with a key of its own, with a new workshop (so the
//     same PHOTOS files, made in part 1, are sent in full each run: the server keeps a file per
//     workshop). Set up on loopback; then the
//     link becomes one device's slow link: 300 ms round trip, 1 Mbit/s each way shared by all its
//     connections, a 64 KB buffer (see bench/slow-proxy.ts). Notes are saved through the Notes
//     section, each timed from its Enter to the server holding it (its store read every 20 ms):
//     first with no photo to send; then, offline, PHOTOS 12 MP files are added through the Details
//     section's "Choose photos" (the app shrinks and stores each), the tablet goes online and taps
//     "Sync now", and from then until the server holds all 2 × PHOTOS files a note is saved every
//     NOTE_EVERY_MS. Printed: the time to the last file, the bytes through the link, and the notes'
//     latency during the upload next to that without it.
// Medians over runs with their spread (min–max); notes are pooled over runs (median and p95).
// Usage: npm run bench:photos   (RUNS=5 SYNC_RUNS=3 PHOTOS=20 NOTE_EVERY_MS=3000; DIST=<a build's outDir> skips the build)
import { chromium, type Browser, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../scripts/find-chromium.mjs';
import { createWorkshop, openReadyApp, workshopIdOf } from '../tests/e2e/support/app.ts';
import { issueKey } from '../tests/e2e/support/keys.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { useKey } from '../tests/e2e/support/sync.ts';
import { openSection } from '../tests/e2e/support/workspace.ts';
import type { PhotoBench } from './browser/photos.ts';
import { buildApp } from './build.ts';
import { load, median, ms, spread } from './live-room.ts';
import { startLink, type LinkProfile } from './slow-proxy.ts';
import { percentile } from './stats.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const SYNC_RUNS = Number(process.env.SYNC_RUNS ?? 3);
const PHOTOS = Number(process.env.PHOTOS ?? 20);
const NOTE_EVERY_MS = Number(process.env.NOTE_EVERY_MS ?? 3000);
/** Notes timed with no photo to send, each run. */
const QUIET_NOTES = 5;
/** Ports of this benchmark: the server and the tablet's link. */
const PORT = { server: 4490, link: 4491 };
const SLOW: LinkProfile = { name: '300 ms RTT, 1 Mbit/s shared', rttMs: 300, bitsPerSecond: 1_000_000, sharedBufferBytes: 64 * 1024 };
const WAIT_MS = 180_000;

const sleep = (n: number) => new Promise((r) => setTimeout(r, n));
const clock = () => performance.timeOrigin + performance.now();
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const kbSpread = (xs: readonly number[]) => `${kb(Math.min(...xs))}–${kb(Math.max(...xs))}`;
const s = (n: number) => `${(n / 1000).toFixed(1)} s`;
const sSpread = (xs: readonly number[]) => `${s(Math.min(...xs))}–${s(Math.max(...xs))}`;
const ratio = (x: number) => `${x.toFixed(2)}×`;

/** Call the bench page: `call(page, 'shrink', 'in0')`. */
function call<M extends keyof PhotoBench>(page: Page, method: M, ...args: Parameters<PhotoBench[M]>): Promise<Awaited<ReturnType<PhotoBench[M]>>> {
  return page.evaluate(({ method, args }) => (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>).photoBench![method]!(...args), { method, args }) as never;
}

async function benchPage(browser: Browser): Promise<Page> {
  const out = await build({ entryPoints: ['bench/browser/photos.ts'], bundle: true, minify: true, format: 'iife', platform: 'browser', write: false, logLevel: 'error' });
  const page = await (await browser.newContext()).newPage();
  await page.addScriptTag({ content: out.outputFiles[0]!.text });
  return page;
}

interface ShrinkRun {
  input: number;
  file: number;
  thumb: number;
  ms: number;
  floorMs: number;
  decodeMs: number;
}

/** Items 1 and 2; the 12 MP files made along the way (PHOTOS of them) are written to `dir` for item 3. */
async function shrinking(browser: Browser, dir: string): Promise<{ big: ShrinkRun[]; small: ShrinkRun[]; files: string[] }> {
  const page = await benchPage(browser);
  const files: string[] = [];
  const big: ShrinkRun[] = [];
  const small: ShrinkRun[] = [];
  const keep = async (name: string) => {
    const path = join(dir, `flipchart-${files.length + 1}.jpg`);
    writeFileSync(path, Buffer.from(await call(page, 'base64', name), 'base64'));
    files.push(path);
  };
  const once = async (name: string, floorFirst: boolean): Promise<ShrinkRun> => {
    const floor = floorFirst ? await call(page, 'floor', name) : undefined;
    const shrunk = await call(page, 'shrink', name);
    const after = floor ?? (await call(page, 'floor', name));
    return { input: 0, file: shrunk.file.bytes, thumb: shrunk.thumb.bytes, ms: shrunk.ms, floorMs: after.ms, decodeMs: after.decodeMs };
  };
  for (let i = 0; i < RUNS; i++) {
    const made = await call(page, 'camera', 'big', 4000, 3000, i + 1);
    big.push({ ...(await once('big', i % 2 === 1)), input: made.bytes });
    if (files.length < PHOTOS) await keep('big');
    const smallMade = await call(page, 'camera', 'small', 2000, 1500, 100 + i);
    small.push({ ...(await once('small', i % 2 === 0)), input: smallMade.bytes });
  }
  while (files.length < PHOTOS) {
    await call(page, 'camera', 'big', 4000, 3000, files.length + 1);
    await keep('big');
  }
  await page.context().close();
  return { big, small, files };
}

interface SyncRun {
  attachMs: number;
  /** From "Sync now" to the server holding PHOTOS files (the thumbnails go first), and all of them. */
  halfMs: number;
  allMs: number;
  /** Bytes through the link each way during the sync, and the files' own bytes. */
  up: number;
  down: number;
  fileBytes: number;
  quietNotes: number[];
  busyNotes: number[];
}

/** The server's store, read as it is written (WAL): the notes and photo files it holds for a workshop. */
function serverView(dataDir: string) {
  const db = new Database(join(dataDir, 'workshop-companion.sqlite'), { readonly: true, fileMustExist: true });
  const notes = db.prepare("SELECT json_extract(record, '$.text') AS text FROM sync_records WHERE kind = 'note' AND scope = ?").pluck();
  const files = db.prepare('SELECT count(*) AS n, coalesce(sum(bytes), 0) AS bytes FROM photo_holders WHERE scope = ?');
  return {
    notes: (scope: string) => new Set(notes.all(scope) as string[]),
    files: (scope: string) => files.get(scope) as { n: number; bytes: number },
    close: () => db.close(),
  };
}

/** Notes saved through the Notes section, each timed from its Enter until the server holds it. */
function noteTimer(page: Page, server: ReturnType<typeof serverView>, scope: string, tag: string) {
  const waiting = new Map<string, { at: number; done: (ms: number) => void }>();
  let count = 0;
  const poll = setInterval(() => {
    if (waiting.size === 0) return;
    const held = server.notes(scope);
    const now = clock();
    for (const [text, w] of waiting) {
      if (!held.has(text)) continue;
      waiting.delete(text);
      w.done(now - w.at);
    }
  }, 20);
  return {
    /** Save a note; `landed` resolves with its time to the server. */
    async save(): Promise<{ landed: Promise<number> }> {
      const text = `Note ${tag}-${++count}: the members' mutual fund pays out within a week.`;
      const field = page.getByRole('form', { name: 'New note' }).getByRole('textbox', { name: 'Note', exact: true });
      await field.fill(text);
      const landed = new Promise<number>((done) => waiting.set(text, { at: clock(), done }));
      await field.press('Enter');
      return { landed };
    },
    stop: () => clearInterval(poll),
  };
}

async function syncOnce(browser: Browser, origin: string, link: Awaited<ReturnType<typeof startLink>>, key: string, dataDir: string, files: readonly string[], run: number): Promise<SyncRun> {
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 800, height: 1280 } });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const server = serverView(dataDir);
  try {
    // Set up on loopback: the app, its key, a workshop.
    Object.assign(SLOW, { rttMs: 0, bitsPerSecond: undefined });
    await link.dropConnections();
    const page = await context.newPage();
    await openReadyApp(page);
    await createWorkshop(page, { title: `Photos ${run + 1}`, theme: 'Social protection', start: '2026-03-10' });
    const scope = workshopIdOf(page);
    await useKey(page, key);
    await page.goto(`/workshops/${scope}`);
    await page.getByTestId('status-unsynced').filter({ hasText: 'No changes waiting to sync' }).waitFor({ timeout: WAIT_MS });
    // From now on, the slow link, on new connections.
    Object.assign(SLOW, { rttMs: 300, bitsPerSecond: 1_000_000 });
    await link.dropConnections();
    await openSection(page, 'Notes');
    const notes = noteTimer(page, server, scope, String(run + 1));
    try {
      await (
        await notes.save()
      ).landed; // the first opens the connections again: not counted
      const quietNotes: number[] = [];
      for (let i = 0; i < QUIET_NOTES; i++) {
        const started = clock();
        quietNotes.push(await (await notes.save()).landed);
        await sleep(Math.max(0, NOTE_EVERY_MS - (clock() - started)));
      }
      // Offline, the photos are added as a facilitator would, and wait.
      await context.setOffline(true);
      await openSection(page, 'Details');
      const attachStart = clock();
      await page.locator('#workshop-photos-choose').setInputFiles([...files]);
      await page
        .getByRole('list', { name: 'Photos of the workshop' })
        .locator('li.photo-card')
        .nth(files.length - 1)
        .waitFor({ timeout: WAIT_MS });
      await page.locator('#workshop-photos-choose:enabled').waitFor({ timeout: WAIT_MS });
      const attachMs = clock() - attachStart;
      await openSection(page, 'Notes');

      link.reset();
      const start = clock();
      await context.setOffline(false);
      await page.getByRole('button', { name: 'Sync now' }).click();
      const busy: Promise<number>[] = [];
      let halfMs: number | undefined;
      let held = { n: 0, bytes: 0 };
      const watch = (async () => {
        for (; held.n < 2 * files.length; await sleep(20)) {
          if (clock() - start > WAIT_MS) throw new Error(`the server holds ${held.n} of ${2 * files.length} files (${held.bytes} bytes) after ${s(WAIT_MS)}`);
          held = server.files(scope);
          if (halfMs === undefined && held.n >= files.length) halfMs = clock() - start;
        }
        return clock() - start;
      })();
      let allMs: number | undefined;
      void watch.then((t) => (allMs = t)).catch(() => undefined);
      while (allMs === undefined) {
        const at = clock();
        busy.push((await notes.save()).landed);
        while (allMs === undefined && clock() - at < NOTE_EVERY_MS) await Promise.race([watch, sleep(50)]);
      }
      const { up, down } = link.stats();
      const busyNotes = await Promise.all(busy);
      return { attachMs, halfMs: halfMs ?? allMs, allMs: await watch, up, down, fileBytes: held.bytes, quietNotes, busyNotes };
    } finally {
      notes.stop();
    }
  } finally {
    server.close();
    await context.close();
  }
}

function printShrinking(big: readonly ShrinkRun[], small: readonly ShrinkRun[]) {
  console.log(`\n1. Bytes a photo takes once shrunk (${RUNS} runs, a new image each; median, min–max)`);
  for (const [name, runs] of [
    ['12 MP camera JPEG', big],
    ['3 MP camera JPEG', small],
  ] as const) {
    const pick = (f: (r: ShrinkRun) => number) => runs.map(f);
    console.log(
      `  ${name.padEnd(18)} input ${mb(median(pick((r) => r.input)))} (${pick((r) => r.input)
        .map(mb)
        .join(', ')})`,
    );
    console.log(
      `  ${''.padEnd(18)} photo ≤1,600 px ${kb(median(pick((r) => r.file)))} (${kbSpread(pick((r) => r.file))}); thumbnail ≤320 px ${kb(median(pick((r) => r.thumb)))} (${kbSpread(pick((r) => r.thumb))})`,
    );
  }
  console.log(`\n2. Time to shrink, in Chromium on this machine (${RUNS} runs; median, min–max)`);
  for (const [name, runs] of [
    ['12 MP', big],
    ['3 MP', small],
  ] as const) {
    const ratios = runs.map((r) => r.ms / r.floorMs);
    console.log(
      `  ${name.padEnd(6)} the app's shrinkPhoto ${ms(median(runs.map((r) => r.ms)))} (${spread(runs.map((r) => r.ms))}); floor (decode ${ms(median(runs.map((r) => r.decodeMs)))}, draw, one encode) ${ms(median(runs.map((r) => r.floorMs)))} (${spread(runs.map((r) => r.floorMs))}); ratio ${ratio(median(ratios))} (${ratio(Math.min(...ratios))}–${ratio(Math.max(...ratios))})`,
    );
  }
}

function printSync(runs: readonly SyncRun[]) {
  const pick = (f: (r: SyncRun) => number) => runs.map(f);
  const files = pick((r) => r.fileBytes);
  const floors = files.map((b) => (b * 8 * 1000) / SLOW.bitsPerSecond!);
  console.log(`\n3. ${PHOTOS} photos (12 MP each, added offline) synced by the tablet through ${SLOW.rttMs} ms RTT, ${SLOW.bitsPerSecond! / 1e6} Mbit/s shared (${runs.length} runs; median, min–max)`);
  console.log(`  adding ${PHOTOS} photos through "Choose photos" (offline): ${s(median(pick((r) => r.attachMs)))} (${sSpread(pick((r) => r.attachMs))})`);
  console.log(`  "Sync now" → server holds ${PHOTOS} files (thumbnails first): ${s(median(pick((r) => r.halfMs)))} (${sSpread(pick((r) => r.halfMs))})`);
  console.log(`  "Sync now" → server holds all ${2 * PHOTOS} files:            ${s(median(pick((r) => r.allMs)))} (${sSpread(pick((r) => r.allMs))})`);
  console.log(`  files' own bytes ${mb(median(files))}; the link's floor for them ${s(median(floors))}; time / floor ${ratio(median(runs.map((r, i) => r.allMs / floors[i]!)))}`);
  console.log(
    `  bytes through the link meanwhile: up ${mb(median(pick((r) => r.up)))} (${mb(Math.min(...pick((r) => r.up)))}–${mb(Math.max(...pick((r) => r.up)))}), down ${kb(median(pick((r) => r.down)))}`,
  );
  const quiet = runs.flatMap((r) => r.quietNotes).sort((a, b) => a - b);
  const busy = runs.flatMap((r) => r.busyNotes).sort((a, b) => a - b);
  const line = (name: string, xs: readonly number[]) =>
    `  ${name.padEnd(36)} n ${String(xs.length).padStart(3)}   median ${ms(percentile(xs, 50)).padStart(8)}   p95 ${ms(percentile(xs, 95)).padStart(8)}   max ${ms(xs.at(-1) ?? NaN).padStart(8)}`;
  console.log(`  a note, Enter → on the server (one every ${s(NOTE_EVERY_MS)}):`);
  console.log(line('no photo to send', quiet));
  console.log(line('while the photos upload', busy));
  const perRun = runs.map((r) => median(r.busyNotes) / median(r.quietNotes));
  console.log(
    `  during / without: median ${ratio(percentile(busy, 50) / percentile(quiet, 50))}, p95 ${ratio(percentile(busy, 95) / percentile(quiet, 95))}; per run, of medians ${ratio(median(perRun))} (${ratio(Math.min(...perRun))}–${ratio(Math.max(...perRun))})`,
  );
}

const started = clock();
console.log(`load average at start: ${load()}`);
const dir = mkdtempSync(join(tmpdir(), 'wc-bench-photos-'));
const dist = process.env.DIST ?? join(dir, 'dist');
if (!process.env.DIST) buildApp(dist);
const dataDir = join(dir, 'data');
mkdirSync(join(dir, 'inputs'));
// A facilitator a run: a tablet signed in with a key pulls that key's workshops, and their thumbnails.
const keys = Array.from({ length: SYNC_RUNS }, (_, run) => issueKey('facilitator', `Photo facilitator ${run + 1}`, dataDir));
const server = await startServer({ port: PORT.server, staticDir: dist, dataDir });
const link = await startLink(PORT.server, SLOW, PORT.link);
const browser = await chromium.launch({ executablePath: await findChromium(), args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'] });
try {
  const { big, small, files } = await shrinking(browser, join(dir, 'inputs'));
  printShrinking(big, small);
  const runs: SyncRun[] = [];
  for (let run = 0; run < SYNC_RUNS; run++) {
    runs.push(await syncOnce(browser, `http://127.0.0.1:${link.port}`, link, keys[run]!, dataDir, files, run));
    console.log(`  done: sync run ${run + 1} (${s(runs.at(-1)!.allMs)})`);
  }
  printSync(runs);
} finally {
  await browser.close();
  await link.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nload average at end: ${load()}; ${((clock() - started) / 1000).toFixed(0)} s in all`);
