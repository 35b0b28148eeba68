import { expect, test, type Page } from '@playwright/test';
import { openReadyApp, workshopIdOf } from './support/app.ts';
import { tabletWithWorkshop } from './support/room.ts';
import { useKey } from './support/sync.ts';
import { issueKey } from './support/keys.ts';
import { openSection } from './support/workspace.ts';

/**
 * Photos between devices: a tablet with no network keeps its photos through a reload and says how
 * many wait, apart from its changes; online, the records go first and the files follow; a second
 * tablet with the same key sees the thumbnails and opens the full size; a participant's phone is
 * offered no photos, and its join link reads no photo's file.
 */

/** A camera-sized JPEG (4000 x 3000, about 12 MP) drawn in the page: noise, flat paper and lines like a flipchart. */
async function cameraJpeg(page: Page, seed: number): Promise<Buffer> {
  const bytes = await page.evaluate(async (s) => {
    const canvas = new OffscreenCanvas(4000, 3000);
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#f4f1e8';
    g.fillRect(0, 0, 4000, 3000);
    const noise = g.createImageData(4000, 600);
    let x = s;
    for (let i = 0; i < noise.data.length; i++) noise.data[i] = i % 4 === 3 ? 255 : (x = (x * 1103515245 + 12345) & 0x7fffffff) % 256;
    g.putImageData(noise, 0, 2400);
    g.strokeStyle = '#1a3b8f';
    g.lineWidth = 18;
    for (let i = 0; i < 30; i++) {
      g.beginPath();
      g.moveTo(200, 200 + i * 70);
      g.lineTo(3800 - (i % 7) * 300, 220 + i * 70);
      g.stroke();
    }
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
    return [...new Uint8Array(await blob.arrayBuffer())];
  }, seed);
  return Buffer.from(bytes);
}

/** The thumbnails a panel shows, once each has loaded. */
async function expectThumbnails(panel: ReturnType<Page['getByRole']>, captions: readonly string[]): Promise<void> {
  for (const caption of captions) {
    const img = panel.getByRole('img', { name: caption });
    await expect(img).toBeVisible({ timeout: 15_000 });
    // Thumbnails load lazily, as a person scrolls to them.
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0);
  }
}

test('photos taken offline reach a second tablet after their records, and a participant reads none', async ({ browser, baseURL, request }) => {
  test.setTimeout(240_000);
  const tablet = await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } });
  // The browser's estimate of this site's storage, made short on demand (a nearly full tablet).
  await tablet.addInitScript(() => {
    const real = navigator.storage.estimate.bind(navigator.storage);
    navigator.storage.estimate = async () => (localStorage.getItem('short') ? { usage: 950_000_000, quota: 1_000_000_000 } : real());
  });
  const facilitatorKey = issueKey('facilitator', 'Facilitator with two tablets');
  const { page: a, link } = await tabletWithWorkshop(tablet, 'Photos across devices', facilitatorKey);
  const workshopId = workshopIdOf(a);

  // No network: two photos of the workshop, one of them camera-sized.
  await tablet.setOffline(true);
  await openSection(a, 'Details');
  const panel = a.getByRole('region', { name: 'Photos of the workshop' });
  const big = await cameraJpeg(a, 7);
  expect(big.length).toBeGreaterThan(1_000_000);
  await panel.getByLabel('Choose photos').setInputFiles([
    { name: 'flipchart.jpg', mimeType: 'image/jpeg', buffer: big },
    { name: 'wall.jpg', mimeType: 'image/jpeg', buffer: await cameraJpeg(a, 11) },
  ]);
  await expect(a.getByText('2 photos added')).toBeVisible({ timeout: 60_000 });
  const captions = panel.getByRole('textbox', { name: 'Caption' });
  await captions.nth(0).fill('Flipchart: mapping the informal sector');
  await panel.getByRole('button', { name: 'Save caption' }).nth(0).click();
  await expect(a.getByText('Caption saved')).toBeVisible();
  await expect(a.getByTestId('photos-waiting')).toContainText('2 photos waiting to be sent');

  await a.reload();
  await openSection(a, 'Details');
  await expectThumbnails(a.getByRole('region', { name: 'Photos of the workshop' }), ['Flipchart: mapping the informal sector']);
  await expect(a.getByTestId('photos-waiting')).toContainText('2 photos waiting to be sent');

  // Online: the changes go first, then the files; nothing waits any more.
  await tablet.setOffline(false);
  await a.getByRole('button', { name: 'Sync now' }).click();
  await expect(a.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync', { timeout: 15_000 });
  await expect(a.getByTestId('photos-waiting')).toHaveCount(0, { timeout: 60_000 });

  // A second tablet with the same facilitator's key.
  const second = await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } });
  const b = await second.newPage();
  await openReadyApp(b);
  await useKey(b, facilitatorKey);
  await b.goto(`/workshops/${workshopId}`);
  await openSection(b, 'Details');
  const seen = b.getByRole('region', { name: 'Photos of the workshop' });
  await expectThumbnails(seen, ['Flipchart: mapping the informal sector']);
  await seen.getByRole('button', { name: /Open the photo full size: Flipchart/ }).click();
  const full = b.getByRole('dialog');
  await expect.poll(() => full.getByRole('img').evaluate((i) => (i as HTMLImageElement).naturalWidth), { timeout: 15_000 }).toBe(1600);
  await full.getByRole('button', { name: 'Close' }).click();

  // Space runs short on the first tablet: it offers to drop the originals the server holds; the
  // thumbnails stay, and an original downloads again when opened.
  await a.evaluate(() => localStorage.setItem('short', '1'));
  await a.reload();
  const offer = a.getByTestId('photo-space');
  await expect(offer).toContainText('Photos are filling this device', { timeout: 15_000 });
  await offer.getByRole('button', { name: /Remove sent originals/ }).click();
  await expect(a.getByText(/freed\. Thumbnails stay on this device\./)).toBeVisible();
  await expect(offer).toHaveCount(0);
  await openSection(a, 'Details');
  const kept = a.getByRole('region', { name: 'Photos of the workshop' });
  await expectThumbnails(kept, ['Flipchart: mapping the informal sector']);
  await kept.getByRole('button', { name: /Open the photo full size: Flipchart/ }).click();
  await expect
    .poll(
      () =>
        a
          .getByRole('dialog')
          .getByRole('img')
          .evaluate((i) => (i as HTMLImageElement).naturalWidth),
      { timeout: 15_000 },
    )
    .toBe(1600);
  await a.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  // A participant's phone: no photos are offered, and its join link reads no photo's file.
  const phone = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  const p = await phone.newPage();
  const url = new URL(link);
  await p.goto(`${url.pathname}${url.hash}`);
  await expect(p.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
  await expect(p.getByLabel('Choose photos')).toHaveCount(0);
  const [, token] = url.hash.slice(1).split('.');
  const join = `wcj_${workshopId.replaceAll('-', '')}_${token}`;
  const photos = await b.evaluate(async (w) => {
    const open = indexedDB.open('workshop-companion');
    const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
    return new Promise<{ id: string; file: { hash: string } }[]>((resolve) => {
      const all = db.transaction('photo').objectStore('photo').index('workshopId').getAll(w);
      all.onsuccess = () => resolve(all.result as { id: string; file: { hash: string } }[]);
    });
  }, workshopId);
  expect(photos).toHaveLength(2);
  for (const photo of photos) {
    const asParticipant = await request.get(`/api/photos/${photo.file.hash}?photo=${photo.id}`, { headers: { authorization: `Bearer ${join}` } });
    expect(asParticipant.status()).toBe(403);
    const asFacilitator = await request.get(`/api/photos/${photo.file.hash}?photo=${photo.id}`, { headers: { authorization: `Bearer ${facilitatorKey}` } });
    expect([asFacilitator.status(), asFacilitator.headers()['content-type']]).toEqual([200, 'image/webp']);
  }
});
