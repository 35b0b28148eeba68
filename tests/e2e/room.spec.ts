import { readFileSync } from 'node:fs';
import { expect, test, type Browser } from '@playwright/test';
import { encode } from 'uqr';
import { openReadyApp, waitForServiceWorker } from './support/app.ts';
import { cameraContext, jpegFrameOf, launchWithFakeCamera, writeFakeVideo } from './support/fake-camera.ts';
import { filmHandInCode, scoreAndSubmit, serverChanges, tabletWithWorkshop } from './support/room.ts';
import { createWorkshop } from './support/app.ts';
import { openSection } from './support/workspace.ts';
import { syncInTurn } from './support/sync.ts';
import { DEFAULT_TUOC } from '../../src/shared/framework/default-tuoc.ts';

/**
 * The room with no network: a phone that has the app joins from the tablet's code, scores, and
 * hands its answers to the tablet by an animated code the tablet's camera reads (Chromium's fake
 * camera plays the frames filmed from the phone's screen), or by a file. Nothing needs the server
 * until both go online, and the server then holds one copy of each record.
 */
// Screens as dense as real ones: a code's modules are several pixels wide when filmed.
const TABLET = { viewport: { width: 800, height: 1280 }, hasTouch: true, deviceScaleFactor: 2 };
const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let cameraBrowser: Browser | undefined;
test.afterEach(async () => {
  await cameraBrowser?.close();
  cameraBrowser = undefined;
});

/** A phone with the app on it (opened once, online, as an invitation does), joined offline from the tablet's link. */
async function phoneJoinedOffline(browser: Browser, baseURL: string, link: string) {
  const phone = await browser.newContext({ ...PHONE, baseURL });
  const p = await phone.newPage();
  await openReadyApp(p);
  await phone.setOffline(true);
  await p.goto(link);
  return { phone, p };
}

test('with no network at all, a phone joins from the code, scores, and hands its answers to the tablet’s camera; online, the server holds one copy', async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(180_000);
  const video = testInfo.outputPath('phone.mjpeg');
  cameraBrowser = await launchWithFakeCamera(video);
  const tablet = await cameraContext(cameraBrowser, { ...TABLET, baseURL });
  const { page: f, link } = await tabletWithWorkshop(tablet, 'Ports with no signal');
  await tablet.setOffline(true);

  const { phone, p } = await phoneJoinedOffline(browser, baseURL!, link);
  // No request at all: the workshop and its organisations came with the code.
  await expect(p.getByRole('heading', { level: 1, name: 'Ports with no signal' })).toBeVisible();
  await expect(p.getByText('This phone is ready: it can join and score with no network.')).toBeVisible();
  await scoreAndSubmit(p, 'Nous négocions « seuls », sans tutelle — 100 %');
  // Frames as a camera catches them: filming starts where the animation is (often past frame 1, which
  // never comes again), and a dozen fountain mixes stand in for what was missed.
  const { count, frames } = await filmHandInCode(p, { show: p.getByRole('button', { name: 'Show my answers to the facilitator' }), enough: (n) => n + 12 });
  expect(count).toBeGreaterThan(1);
  writeFakeVideo(video, frames);

  await f.getByRole('button', { name: 'Scan answers' }).click();
  await expect(f.getByTestId('scan-status')).toHaveText('Answers taken in: 18 new changes.', { timeout: 30_000 });
  const handedIn = f.getByTestId('handed-in');
  await expect(handedIn.getByRole('row', { name: /STP/ })).toContainText('1');
  await f.getByRole('button', { name: 'Stop scanning' }).click();
  await openSection(f, 'Analysis');
  await expect(f.getByTestId('respondents')).toHaveText('1 respondent');

  // Both go online: the tablet relays the phone's answers, the phone sends them itself; one copy each.
  await tablet.setOffline(false);
  await phone.setOffline(false);
  await syncInTurn([f, p, f]);
  const all = await serverChanges(f.request);
  const workshop = all.find((c) => c.kind === 'workshop' && c.record.title === 'Ports with no signal')!;
  const mine = all.filter((c) => c.record.workshopId === workshop.record.id);
  expect(mine.filter((c) => c.kind === 'assessment')).toHaveLength(1);
  expect(mine.filter((c) => c.kind === 'score')).toHaveLength(15);
  expect(new Set(mine.map((c) => c.record.id)).size).toBe(mine.length);
  await phone.close();
});

test('a scan completes from frames missing, repeated or damaged; a code of another workshop and a replayed code change nothing', async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(180_000);
  const video = testInfo.outputPath('phone.mjpeg');
  cameraBrowser = await launchWithFakeCamera(video);
  const tablet = await cameraContext(cameraBrowser, { ...TABLET, baseURL });
  const { page: f, link } = await tabletWithWorkshop(tablet, 'Frames come round');
  await tablet.setOffline(true);
  const { p } = await phoneJoinedOffline(browser, baseURL!, link);
  await scoreAndSubmit(p, 'Des trames perdues');
  // Frames 2 and 4 of the first pass are never filmed: fountain mixes stand in for them.
  const { frames } = await filmHandInCode(p, { show: p.getByRole('button', { name: 'Show my answers to the facilitator' }), keep: (n) => n !== 2 && n !== 4, enough: (n) => n + 14 });
  // A code that only looks like one of ours (filmed at the same size: a camera's frames all have one), then the frames, the first one twice.
  const filmed = (await p.locator('.animated-code').boundingBox())!;
  const even = (n: number) => Math.ceil(n / 2) * 2;
  const box = { x: 0, y: 0, width: even(filmed.width), height: even(filmed.height) };
  const page = await p.context().newPage();
  await page.setContent(qrPage(`WC1:${'7'.repeat(300)}`, box));
  const damaged = await jpegFrameOf(page.locator('#code'), { box });
  writeFakeVideo(video, [damaged, frames[0]!, ...frames]);

  // Another workshop of the same tablet refuses them.
  await f.getByRole('link', { name: 'Workshop companion' }).click();
  await createWorkshop(f, { title: 'Another room', theme: 'Youth', start: '2026-06-02' });
  await openSection(f, 'Scoring');
  await f.getByRole('button', { name: 'Scan answers' }).click();
  await expect(f.getByTestId('scan-status')).toHaveText('These answers belong to another workshop: nothing was taken in.', { timeout: 30_000 });
  await f.getByRole('button', { name: 'Stop scanning' }).click();

  await f.getByRole('link', { name: 'Workshop companion' }).click();
  await f.getByRole('link', { name: 'Frames come round' }).click();
  await openSection(f, 'Scoring');
  await f.getByRole('button', { name: 'Scan answers' }).click();
  await expect(f.getByTestId('scan-status')).toContainText('Reading a phone’s answers:', { timeout: 30_000 });
  await expect(f.getByTestId('scan-status')).toHaveText('Answers taken in: 18 new changes.', { timeout: 30_000 });
  // The same phone, still in view, is not read again; scanned anew, it brings nothing new.
  await f.getByRole('button', { name: 'Stop scanning' }).click();
  await f.getByRole('button', { name: 'Scan answers' }).click();
  await expect(f.getByTestId('scan-status')).toHaveText('These answers were already here: nothing new.', { timeout: 30_000 });
  await f.getByRole('button', { name: 'Stop scanning' }).click();
  await openSection(f, 'Analysis');
  await expect(f.getByTestId('respondents')).toHaveText('1 respondent');
});

test('a phone shares its answers as a file; the tablet imports several files at once, each counted once', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const tablet = await browser.newContext({ ...TABLET, baseURL, acceptDownloads: true });
  const { page: f, link } = await tabletWithWorkshop(tablet, 'Answers by file');
  await tablet.setOffline(true);
  const files: string[] = [];
  for (const who of ['Première', 'Segunda']) {
    const { phone, p } = await phoneJoinedOffline(browser, baseURL!, link);
    await waitForServiceWorker(p);
    await scoreAndSubmit(p, `${who} personne`);
    // Chromium on a desktop has no share sheet for files: the answers are saved instead.
    const download = p.waitForEvent('download');
    await p.getByRole('button', { name: 'Share my answers' }).click();
    files.push(readFileSync(await (await download).path(), 'utf8'));
    await expect(p.getByRole('status').filter({ hasText: 'Your answers were saved as a file.' })).toBeVisible();
    await phone.close();
  }
  const picked = files.map((text, i) => ({ name: `answers-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(text) }));
  await f.getByLabel('Import answer files').setInputFiles([...picked, picked[0]!]);
  await expect(f.getByTestId('scan-status')).toHaveText('Files: 3 taken in (36 new changes), 0 refused.');
  await expect(f.getByTestId('handed-in').getByRole('row', { name: /STP/ })).toContainText('2');
  await openSection(f, 'Analysis');
  await expect(f.getByTestId('respondents')).toHaveText('2 respondents');
});

test('a phone that joined with no network gets the workshop’s adapted framework from the tablet’s animated code', async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(180_000);
  const tablet = await browser.newContext({ ...TABLET, baseURL });
  const { page: f } = await tabletWithWorkshop(tablet, 'Adapted in the room');
  // An adapted framework, imported from a file, chosen for the workshop.
  const adapted = { ...DEFAULT_TUOC, id: 'tuoc-ports', name: { en: 'TUOC for the ports' }, scale: { ...DEFAULT_TUOC.scale, labels: [{ en: 'Not yet' }, ...DEFAULT_TUOC.scale.labels.slice(1)] } };
  await f.getByRole('link', { name: 'Frameworks' }).click();
  await f.getByLabel('Import a framework file (JSON)').setInputFiles({ name: 'ports.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(adapted)) });
  await expect(f.getByRole('status').filter({ hasText: 'Framework “TUOC for the ports” imported.' })).toBeVisible();
  await f.getByRole('link', { name: 'Workshop companion' }).click();
  await f.getByRole('link', { name: 'Adapted in the room' }).click();
  await openSection(f, 'Details');
  await f.getByRole('combobox', { name: 'Workshop framework' }).selectOption({ label: 'TUOC for the ports' });
  await f.getByRole('button', { name: 'Save details' }).click();
  await openSection(f, 'Scoring');
  const link = (await f.getByTestId('join-link').textContent())!.trim();
  await tablet.setOffline(true);

  // The phone, with the app, joins offline: it knows the framework's name only.
  const video = testInfo.outputPath('framework.mjpeg');
  cameraBrowser = await launchWithFakeCamera(video);
  const phone = await cameraContext(cameraBrowser, { ...PHONE, baseURL });
  const p = await phone.newPage();
  await openReadyApp(p);
  await phone.setOffline(true);
  await p.goto(link);
  const missing = p.getByRole('region', { name: 'The framework is not on this phone yet' });
  await expect(missing).toBeVisible();
  await expect(p.getByRole('button', { name: 'Start scoring' })).toHaveCount(0);

  const { frames } = await filmHandInCode(f, { show: f.getByRole('button', { name: 'Show the framework code' }), enough: (n) => n + 12 });
  writeFakeVideo(video, frames);
  await missing.getByRole('button', { name: 'Scan the framework code' }).click();
  await expect(p.getByRole('status').filter({ hasText: 'The framework is on this phone: you can score.' })).toBeVisible({ timeout: 60_000 });
  await expect(p.getByText('Framework: TUOC for the ports (version 1)')).toBeVisible();
  await p.getByRole('combobox', { name: 'Organisation being scored' }).selectOption({ index: 1 });
  await p.getByRole('button', { name: 'Start scoring' }).click();
  await expect(p.getByRole('radio', { name: '1 Not yet' })).toBeVisible();
});

/** A QR code on a page of its own, drawn as the app draws codes, in a box of the given size. */
function qrPage(text: string, box: { width: number; height: number }): string {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x},${y}h1v1h-1z`)));
  const style = `box-sizing:border-box;width:${box.width}px;height:${box.height}px;padding:16px;background:#fff`;
  // At the phone's own scale: a mobile page without a viewport is shown zoomed out.
  return `<meta name="viewport" content="width=device-width, initial-scale=1"><body style="margin:0;background:#fff"><div id="code" style="${style}"><svg width="100%" height="100%" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><path d="${d}" fill="#000"/></svg></div></body>`;
}
