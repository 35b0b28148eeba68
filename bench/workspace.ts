// Facilitator workspace speed in Chromium, on the production build and the real server:
// - open a workshop with 2,000 notes and 200 participants (in-app from the list, and a cold reload);
// - save one note through the UI with 10,000 records in the database (median and p95).
// Usage: npm run bench:workspace   (CHROMIUM_PATH as for the tests; RUNS=30 by default)
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../scripts/find-chromium.mjs';
import { startServer } from '../tests/e2e/support/server.ts';
import { buildApp } from './build.ts';
import { largeWorkshop } from './seed.ts';
import { withLiveKind } from '../src/app/core/db/live-kinds.ts';
import { summarise, printTable } from './stats.ts';
import { measureAnswers, measureFloor, measureNotesRead, measureSaves } from './workspace-steps.ts';

const RUNS = Number(process.env.RUNS ?? 30);
const dir = mkdtempSync(join(tmpdir(), 'wc-bench-'));
const dist = join(dir, 'dist');
buildApp(dist);
const server = await startServer({ port: 4391, staticDir: dist, dataDir: join(dir, 'data') });
const browser = await chromium.launch({ executablePath: await findChromium(), args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'] });

async function seed(page: Page, tables: Record<string, unknown[]>) {
  for (const [table, records] of Object.entries(tables)) {
    // Written past the app, so in the form the app stores: notes with their live kind indexed.
    const rows = table === 'note' ? records.map((r) => withLiveKind(r as Record<string, unknown>)) : records;
    for (let i = 0; i < rows.length; i += 1000) {
      await page.evaluate(
        ({ table, rows }) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('workshop-companion');
            open.onsuccess = () => {
              const tx = open.result.transaction(table, 'readwrite');
              for (const r of rows) tx.objectStore(table).put(r);
              tx.oncomplete = () => (open.result.close(), resolve());
              tx.onerror = () => reject(tx.error ?? new Error('write failed'));
            };
            open.onerror = () => reject(open.error ?? new Error('open failed'));
          }),
        { table, rows: rows.slice(i, i + 1000) },
      );
    }
  }
}

try {
  const context = await browser.newContext({ viewport: { width: 800, height: 1280 } });
  // tsx keeps function names with a helper that the page does not have.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1 }).waitFor();

  const big = largeWorkshop({ title: 'Large workshop for measurements', notes: 2000, participants: 200, organisations: 20, sessions: 8 });
  // Another workshop's notes bring the database to 10,000 records.
  const filler = largeWorkshop({ title: 'Another workshop on this tablet', notes: 0, participants: 400, organisations: 20, sessions: 8, assessments: 500, openAssessments: 4 });
  await seed(page, big.tables);
  await seed(page, filler.tables);
  const total = [...Object.values(big.tables), ...Object.values(filler.tables)].reduce((n, rows) => n + rows.length, 0);

  const openInApp: number[] = [];
  const openAgain: number[] = [];
  const openCold: number[] = [];
  /** A click on the workshop in the list to its notes counted on the overview. */
  const openFromList = () =>
    page.evaluate(async () => {
      const t0 = performance.now();
      const link = [...document.querySelectorAll<HTMLAnchorElement>('.card__title a')].find((a) => a.textContent === 'Large workshop for measurements');
      link!.click();
      await new Promise<void>((resolve) => {
        const give = setTimeout(() => resolve(), 30_000);
        const check = () => (document.querySelector('[data-testid="count-notes"] dd')?.textContent === '2,000' ? (clearTimeout(give), resolve()) : requestAnimationFrame(check));
        check();
      });
      return performance.now() - t0;
    });
  for (let i = 0; i < Math.min(RUNS, 15); i++) {
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Large workshop for measurements' }).first().waitFor();
    // Right after the app started: the workshop screen's code is fetched and run by this click.
    openInApp.push(await openFromList());
    // Back to the list in the app, and the same workshop again: its screen's code is here now, as
    // on a tablet in use for more than a moment (the app fetches every screen once it is idle).
    await page.locator('a.back-link').click();
    await page.getByRole('link', { name: 'Large workshop for measurements' }).first().waitFor();
    openAgain.push(await openFromList());
    const url = page.url();
    if (!/\/workshops\/[0-9a-f-]+$/.test(url)) throw new Error(`the workshop did not open (at ${url}, ${openInApp.at(-1)} ms)`);
    const t0 = Date.now();
    await page.goto(`${url}/notes`);
    await page.getByTestId('notes-shown').filter({ hasText: 'of 2,000' }).waitFor();
    openCold.push(Date.now() - t0);
  }

  const saves = await measureSaves(page, RUNS, 'Measured note');
  const floor = await measureFloor(page, RUNS);
  const notesRead = await measureNotesRead(page, big.workshopId, Math.min(RUNS, 15));
  // A reload into the home screen: the app's own start, with no workshop to read.
  const homeCold: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 15); i++) {
    const t0 = Date.now();
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Large workshop for measurements' }).first().waitFor();
    homeCold.push(Date.now() - t0);
  }
  await page.goto(`${server.url}/workshops/${big.workshopId}/notes`);
  // The saves above added their notes.
  await page
    .getByTestId('notes-shown')
    .filter({ hasText: /of 2,0\d\d/ })
    .waitFor();
  const searches: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    searches.push(
      await page.evaluate(async (i) => {
        const box = document.querySelector<HTMLInputElement>('#nf-query')!;
        // Solid updates the list synchronously on input; the next frame is what the facilitator sees.
        const t0 = performance.now();
        box.value = i % 2 ? `members ${i}` : '';
        box.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
        return performance.now() - t0;
      }, i),
    );
  }

  // The analysis of 500 assessments (7,500 answers): click on the tab to the table on screen.
  await page.goto(server.url);
  await page.getByRole('link', { name: 'Another workshop on this tablet' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Another workshop on this tablet' }).waitFor();
  const analysisUrl = `${page.url()}/analysis`;
  const analysis: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 10); i++) {
    await page.goto(page.url().replace(/\/analysis$/, ''));
    await page.getByRole('link', { name: 'Analysis', exact: true }).waitFor();
    analysis.push(
      await page.evaluate(async () => {
        const tab = [...document.querySelectorAll<HTMLAnchorElement>('.tabs a')].find((a) => a.textContent === 'Analysis')!;
        const t0 = performance.now();
        tab.click();
        await new Promise<void>((resolve) => {
          const give = setTimeout(() => resolve(), 30_000);
          const check = () =>
            document.querySelector('[data-testid="respondents"]')?.textContent === '500 respondents' && document.querySelector('.table--analysis')
              ? (clearTimeout(give), resolve())
              : requestAnimationFrame(check);
          check();
        });
        return performance.now() - t0;
      }),
    );
  }
  if (!page.url().endsWith('/analysis')) throw new Error(`the analysis did not open (${analysisUrl})`);

  // Answering TUOC questions in the workshop with 500 assessments (7,500 answers) on the device.
  const answers: number[] = [];
  for (const assessmentId of filler.openAssessmentIds) {
    if (answers.length >= RUNS) break;
    await page.goto(`${server.url}/workshops/${filler.workshopId}/score/${assessmentId}`);
    await page.locator('#score-item-title').waitFor();
    answers.push(...(await measureAnswers(page, RUNS - answers.length)));
  }
  await page.goto(server.url);
  await page.getByRole('link', { name: 'Large workshop for measurements' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Large workshop for measurements' }).waitFor();
  await page.goto(`${page.url()}/notes`);

  // Exports of the 2,000-note workshop: time to a file, and the longest main-thread task meanwhile
  // (the worker does the writing, so the page should stay responsive).
  await page.goto(`${page.url().replace(/\/notes$/, '')}/report`);
  await page.getByRole('button', { name: 'Export', exact: true }).waitFor();
  const exportRuns = Math.min(RUNS, 5);
  const exportTimes: Record<string, number[]> = { xlsx: [], 'csv-zip': [] };
  const longest: Record<string, number[]> = { xlsx: [], 'csv-zip': [] };
  for (const format of ['xlsx', 'csv-zip'] as const) {
    await page.locator('#export-format').selectOption(format);
    for (let i = 0; i < exportRuns; i++) {
      const [, r] = await Promise.all([
        page.waitForEvent('download'),
        page.evaluate(async () => {
          const status = document.querySelector('[data-testid="export-status"]')!;
          let maxTask = 0;
          const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (maxTask = Math.max(maxTask, e.duration))));
          observer.observe({ type: 'longtask' });
          const t0 = performance.now();
          const button = document.querySelector<HTMLButtonElement>('.report__exports .button--primary')!;
          button.click();
          // The button stays disabled while the file is made; it comes back with "… is ready."
          await new Promise<void>((resolve) => {
            const check = () => (!button.disabled && /is ready/.test(status.textContent ?? '') ? resolve() : requestAnimationFrame(check));
            requestAnimationFrame(check);
          });
          const ms = performance.now() - t0;
          observer.disconnect();
          return { ms, maxTask };
        }),
      ]);
      exportTimes[format]!.push(r.ms);
      longest[format]!.push(r.maxTask);
    }
  }

  // The same saves into a workshop ten times larger: 20,000 notes.
  const huge = largeWorkshop({ title: 'A workshop of 20,000 notes', notes: 20_000, participants: 200, organisations: 20, sessions: 8 });
  await seed(page, huge.tables);
  await page.goto(`${server.url}/workshops/${huge.workshopId}/notes`);
  await page.getByTestId('notes-shown').filter({ hasText: 'of 20,000' }).waitFor({ timeout: 60_000 });
  const hugeSaves = await measureSaves(page, RUNS, 'Measured in the large workshop');

  console.log(`\nFacilitator workspace in Chromium (${total.toLocaleString('en')} records in IndexedDB; tablet viewport)\n`);
  printTable([
    summarise('open a 2,000-note workshop from the list (ms)', openInApp),
    summarise('  again, back in the list, its screen’s code loaded (ms)', openAgain),
    summarise('reload straight into its notes (ms)', openCold),
    summarise('  floor: getAll of its 2,000 notes, bare IndexedDB (ms)', notesRead),
    summarise('  floor: reload into the home screen (ms)', homeCold),
    summarise('save one note, Enter to the frame with its card painted (ms)', saves.shown),
    summarise('  same, into a workshop of 20,000 notes (ms)', hugeSaves.shown),
    summarise('  Enter to the frame with the form empty: stored (ms)', saves.stored),
    summarise('  floor: IndexedDB put + one DOM insert, to its frame painted (ms)', floor),
    summarise('answer a TUOC question, tap to next question (ms)', answers),
    summarise('filter 2,000 notes by text, keystroke to frame (ms)', searches),
    summarise('analysis of 500 assessments, tab to table (ms)', analysis),
    summarise('export the workshop as XLSX, click to file (ms)', exportTimes.xlsx!),
    summarise('  longest main-thread task meanwhile (ms, 0 = none over 50)', longest.xlsx!),
    summarise('export every table as CSV in a zip (ms)', exportTimes['csv-zip']!),
    summarise('  longest main-thread task meanwhile (ms, 0 = none over 50)', longest['csv-zip']!),
  ]);
  const p = (xs: number[], q: number) => summarise('', xs)[q === 50 ? 'p50' : 'p95'];
  console.log(
    `\nsave p95 ÷ floor p95: ${(p(saves.shown, 95) / p(floor, 95)).toFixed(2)}× (stored: ${(p(saves.stored, 95) / p(floor, 95)).toFixed(2)}×); 20,000-note save p95 ÷ 2,000-note save p95: ${(p(hugeSaves.shown, 95) / p(saves.shown, 95)).toFixed(2)}× (p50 ${(p(hugeSaves.shown, 50) / p(saves.shown, 50)).toFixed(2)}×); answer p95 ÷ floor p95: ${(p(answers, 95) / p(floor, 95)).toFixed(2)}×`,
  );
} finally {
  await browser.close();
  await server.stop();
}
