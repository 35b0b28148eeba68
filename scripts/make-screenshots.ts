// Takes the screenshots the install sheet shows (public/screenshots/, named in scripts/web-manifest.ts):
// the app with sample workshops, on a phone (narrow) and on a tablet held sideways (wide). Builds
// the app, starts the real server with an empty data folder, and fills the data in as a person would.
// Run: npx tsx scripts/make-screenshots.ts   (the PNGs are committed; run it again after a redesign)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { startServer } from '../tests/e2e/support/server.ts';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4471);
const work = mkdtempSync(join(tmpdir(), 'screenshots-'));
const dist = join(work, 'dist');
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', dist], { stdio: 'inherit', env: { ...process.env, APP_BUILD: 'screenshot' } });
const server = await startServer({ port: PORT, staticDir: dist, dataDir: join(work, 'data') });
const browser = await chromium.launch({ executablePath: await findChromium(), args: ['--no-sandbox', '--disable-gpu'] });

const WORKSHOPS = [
  { title: 'Organising informal transport workers', theme: 'Informal economy', start: '2026-11-16', end: '2026-11-18', venue: 'Dakar' },
  { title: 'Safety committees in the ports', theme: 'Occupational safety and health', start: '2026-12-07', end: '2026-12-09', venue: 'Abidjan' },
  { title: 'Young workers’ leadership school', theme: 'Youth', start: '2027-01-19', end: '2027-01-21', venue: 'Lomé' },
];
const SESSIONS = [
  { title: 'Opening and objectives', kind: 'Plenary', start: '09:00', minutes: 45 },
  { title: 'Who we organise today', kind: 'Group work', start: '09:45', minutes: 90 },
  { title: 'Scoring our capacities', kind: 'Group work', start: '11:30', minutes: 60 },
  { title: 'Priorities and action plans', kind: 'Group work', start: '14:00', minutes: 75 },
];

/** Fill in the sample workshops (and one workshop's agenda) through the app's own forms. */
async function fill(page: Page): Promise<void> {
  await page.goto(server.url);
  for (const w of [...WORKSHOPS].reverse()) {
    await page.getByRole('link', { name: 'New workshop' }).first().click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(w.title);
    await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption({ label: w.theme });
    await page.getByLabel('Start date').fill(w.start);
    await page.getByLabel('End date').fill(w.end);
    await page.getByLabel('Venue').fill(w.venue);
    await page.getByRole('button', { name: 'Save workshop' }).click();
    await page.getByRole('heading', { level: 1, name: w.title }).waitFor();
    if (w === WORKSHOPS[0]) {
      await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('link', { name: 'Agenda', exact: true }).click();
      const form = page.getByRole('form', { name: 'New session' });
      for (const s of SESSIONS) {
        await form.getByRole('textbox', { name: 'Session title' }).fill(s.title);
        await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: s.kind });
        await form.getByLabel('Start time').fill(s.start);
        await form.getByRole('spinbutton', { name: 'Duration (minutes)' }).fill(String(s.minutes));
        await form.getByRole('button', { name: 'Save session' }).click();
        await page.getByRole('list', { name: 'Agenda' }).getByText(s.title).waitFor();
      }
    }
    await page.getByRole('link', { name: 'All workshops' }).click();
    await page.getByRole('heading', { level: 1, name: 'Workshops' }).waitFor();
  }
}

/** A screenshot of the screen as opened afresh (no toast from the filling in), once it has settled. */
async function shoot(page: Page, file: string): Promise<void> {
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(5000); // the storage line comes a few seconds after start
  await page.screenshot({ path: file, caret: 'hide', animations: 'disabled' });
}

try {
  mkdirSync('public/screenshots', { recursive: true });
  const phone = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const p = await phone.newPage();
  await fill(p);
  await shoot(p, 'public/screenshots/phone.png');
  const tablet = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
  const t = await tablet.newPage();
  await fill(t);
  await t.getByRole('link', { name: WORKSHOPS[0]!.title }).click();
  await t.getByRole('navigation', { name: 'Workshop sections' }).getByRole('link', { name: 'Agenda', exact: true }).click();
  await t.getByRole('list', { name: 'Agenda' }).waitFor();
  await shoot(t, 'public/screenshots/wide.png');
  console.log('screenshots written to public/screenshots/');
} finally {
  await browser.close();
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
