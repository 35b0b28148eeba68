import { expect, test, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { createWorkshop, openReadyApp } from './support/app.ts';
import { download, parseCsv } from './support/files.ts';
import { openSection } from './support/workspace.ts';
import { expectAccessible } from './support/checks.ts';

type Upload = { name: string; mimeType: string; buffer: Buffer };

/**
 * Pictures made in the page, as a camera or a gallery would give them: a 12-megapixel JPEG of
 * noise over a gradient (as hard to compress as a busy flipchart), and a small PNG.
 */
async function makePictures(page: Page): Promise<{ camera: Upload; png: Upload; small: Upload; cut: Upload }> {
  const made = await page.evaluate(async () => {
    const draw = (w: number, h: number, grain: number) => {
      const canvas = new OffscreenCanvas(w, h);
      const ctx = canvas.getContext('2d')!;
      const img = ctx.createImageData(w, h);
      let seed = 7;
      for (let i = 0; i < img.data.length; i += 4) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        const x = (i / 4) % w;
        img.data[i] = (x * 255) / w + ((seed & 0xff) % grain);
        img.data[i + 1] = 120 + ((seed >> 8) % grain);
        img.data[i + 2] = 200 - ((seed >> 16) % grain);
        img.data[i + 3] = 255;
      }
      ctx.putImageData(img, 0, 0);
      return canvas;
    };
    const base64 = async (blob: Blob) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    };
    const camera = await draw(4000, 3000, 48).convertToBlob({ type: 'image/jpeg', quality: 0.92 });
    const png = await draw(640, 480, 16).convertToBlob({ type: 'image/png' });
    const small = await draw(400, 300, 16).convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    return { camera: await base64(camera), png: await base64(png), small: await base64(small) };
  });
  const small = Buffer.from(made.small, 'base64');
  return {
    camera: { name: 'IMG_20260310_101500.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(made.camera, 'base64') },
    png: { name: 'sticky-notes.png', mimeType: 'image/png', buffer: Buffer.from(made.png, 'base64') },
    small: { name: 'group.jpg', mimeType: 'image/jpeg', buffer: small },
    // A photo whose copy stopped half way.
    cut: { name: 'half-copied.jpg', mimeType: 'image/jpeg', buffer: small.subarray(0, Math.floor(small.length / 2)) },
  };
}

const SVG: Upload = {
  name: 'flipchart.svg',
  mimeType: 'image/svg+xml',
  buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>'),
};

/** Add files with "Choose photos", wait until they are shrunk and kept, and caption them in order. */
async function attach(panel: Locator, title: string, files: Upload[], captions: string[]): Promise<void> {
  const cards = panel.getByRole('list', { name: title }).getByRole('listitem');
  const before = await cards.count();
  await panel.getByLabel('Choose photos').setInputFiles(files);
  // A 12-megapixel photo takes a moment: the panel says what it is doing meanwhile
  if (files.length > 1) await expect(panel.getByTestId('photos-busy')).toHaveText(`Shrinking ${files.length} photos…`);
  await expect(cards).toHaveCount(before + captions.length, { timeout: 60_000 });
  await expect(panel.getByTestId('photos-busy')).toHaveText('');
  for (const [i, caption] of captions.entries()) {
    const card = cards.nth(before + i);
    await card.getByRole('textbox', { name: 'Caption' }).fill(caption);
    await card.getByRole('button', { name: 'Save caption' }).click();
    await expect(card.getByRole('button', { name: 'Save caption' })).toBeDisabled();
  }
}

test('a facilitator offline attaches photos to a note and a practice card, sees them after a reload, in the report and in the zip export', async ({ page, context }) => {
  test.setTimeout(180_000);
  await openReadyApp(page);
  await context.setOffline(true);
  await page.reload();
  await createWorkshop(page, { title: 'Port workers organising', theme: 'Social protection', start: '2026-03-10' });
  const pictures = await makePictures(page);
  expect(pictures.camera.buffer.length).toBeGreaterThan(2_000_000);

  // A note, and its photos: one from the camera, 12 megapixels, shrunk on this tablet
  await openSection(page, 'Notes');
  await page.getByRole('textbox', { name: 'Note', exact: true }).fill('The dockers drew their shift map on the flipchart');
  await page.getByRole('button', { name: 'Save note' }).click();
  const note = page.getByRole('list', { name: 'Notes' }).getByRole('listitem').filter({ hasText: 'The dockers drew' });
  await note.getByRole('button', { name: 'Photos (0)' }).click();
  const notePhotos = page.getByRole('region', { name: 'Photos of this note' });
  // The camera button opens the back camera on a tablet or phone; "Choose photos" takes several
  const camera = notePhotos.getByLabel('Take a photo');
  await expect(camera).toHaveAttribute('capture', 'environment');
  await expect(camera).toHaveAttribute('accept', 'image/*');
  await expect(notePhotos.getByLabel('Choose photos')).toHaveAttribute('multiple', '');
  await attach(notePhotos, 'Photos of this note', [pictures.camera, pictures.png], ['Shift map', 'Sticky notes wall']);

  // Refused files say why, by name, and add nothing
  await notePhotos.getByLabel('Choose photos').setInputFiles([SVG, pictures.cut]);
  const refused = notePhotos.getByRole('alert');
  await expect(refused).toContainText('flipchart.svg: This is not a photo this app can read.');
  await expect(refused).toContainText('half-copied.jpg: The file is incomplete');
  const noteCards = notePhotos.getByRole('list', { name: 'Photos of this note' }).getByRole('listitem');
  await expect(noteCards).toHaveCount(2);
  await expectAccessible(page, 'a note’s photos');

  // Deleting a photo can be undone
  await notePhotos.getByRole('button', { name: 'Delete photo Sticky notes wall' }).click();
  await expect(noteCards).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: '“Sticky notes wall” deleted.' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(noteCards).toHaveCount(2);
  await expect(noteCards.nth(1).getByRole('textbox', { name: 'Caption' })).toHaveValue('Sticky notes wall');

  // A practice card, and its photos
  await openSection(page, 'Good practices');
  await page.getByRole('button', { name: 'New practice card' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Shift committees in the port');
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In compendium' });
  await page.getByRole('button', { name: 'Save practice card' }).click();
  await page.getByRole('button', { name: 'Edit “Shift committees in the port”' }).click();
  const cardPhotos = page.getByRole('region', { name: 'Photos of this practice' });
  await attach(cardPhotos, 'Photos of this practice', [pictures.camera, pictures.png], ['Committee at work', 'Committee poster']);
  // People can be recognised on the poster, and no consent is recorded: it stays out of the compendium
  await cardPhotos.getByRole('list', { name: 'Photos of this practice' }).getByRole('listitem').nth(1).getByRole('checkbox', { name: 'People can be recognised in it' }).check();

  // The SWOT board's own photos
  await openSection(page, 'SWOT and actions');
  const boardPhotos = page.getByRole('region', { name: 'Photos of the board' });
  await attach(boardPhotos, 'Photos of the board', [pictures.png], ['The board at noon']);

  // After a reload, offline: the thumbnails in the lists and the full-size view
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Port workers organising' })).toBeVisible();
  await openSection(page, 'Good practices');
  const practices = page.getByRole('list', { name: 'Good practices' });
  await expect(practices.getByRole('button', { name: 'Open the photo full size: Committee at work' })).toBeVisible();
  await openSection(page, 'Notes');
  const thumb = page.getByRole('list', { name: 'Notes' }).getByRole('button', { name: 'Open the photo full size: Shift map' });
  await expect(thumb.getByRole('img', { name: 'Shift map' })).toHaveJSProperty('complete', true);
  await thumb.click();
  const viewer = page.getByRole('dialog', { name: 'Shift map' });
  const full = viewer.getByRole('img', { name: 'Shift map' });
  await expect(full).toBeVisible();
  // Shrunk to 1,600 px on its longest side, 4:3 like the camera's
  await expect.poll(() => full.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([1600, 1200]);
  await expect(viewer.getByText('Full size not on this device')).toHaveCount(0);
  await expectAccessible(page, 'a photo full size');
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
  await expect(thumb).toBeFocused();

  // The compendium shows the practice's photos, except the one with people and no consent
  await page.getByRole('link', { name: 'Compendium', exact: true }).click();
  const practiceCase = page.getByRole('article', { name: 'Shift committees in the port' });
  await expect(practiceCase.getByRole('button', { name: 'Open the photo full size: Committee at work' })).toBeVisible();
  await expect(practiceCase.getByRole('button', { name: /Committee poster/ })).toHaveCount(0);
  await expect(practiceCase.getByText('1 photo left out: people can be recognised and no consent is recorded')).toBeVisible();
  await page.getByRole('link', { name: 'Open the printable compendium' }).click();
  const printedCase = page.getByRole('article', { name: 'Shift committees in the port' });
  await expect(printedCase.getByRole('figure', { name: 'Committee at work' }).getByRole('img')).toBeVisible();
  await expect(printedCase.getByRole('figure')).toHaveCount(1);
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Port workers organising' })).toBeVisible();

  // The printed report lists the photos by what they are attached to
  await openSection(page, 'Report and exports');
  const report = page.getByRole('region', { name: 'Workshop report' });
  await expect(report.getByRole('heading', { name: 'Photos', exact: true })).toBeVisible();
  await expect(report.getByRole('heading', { name: 'Note: The dockers drew their shift map on the flipchart' })).toBeVisible();
  await expect(report.getByRole('heading', { name: 'Practice card: Shift committees in the port' })).toBeVisible();
  await expect(report.getByRole('heading', { name: 'SWOT board', exact: true })).toBeVisible();
  for (const caption of ['Shift map', 'Sticky notes wall', 'Committee at work', 'Committee poster', 'The board at noon']) {
    const figure = report.getByRole('figure', { name: caption });
    await expect(figure.getByRole('img')).toHaveJSProperty('complete', true);
    expect(await figure.getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }

  // The zip export holds the photos' files and the photos table
  const exports = page.getByRole('region', { name: 'Export the data' });
  await exports.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'CSV, every table (zip)' });
  const zip = await download(page, () => exports.getByRole('button', { name: 'Export' }).click());
  const files = unzipSync(new Uint8Array(zip.bytes));
  const photoFiles = Object.keys(files).filter((n) => n.startsWith('photos/'));
  expect(photoFiles).toHaveLength(5);
  const table = Object.keys(files).find((n) => n.endsWith('photos.csv'))!;
  const [header, ...rows] = parseCsv(strFromU8(files[table]!).replace(/^\uFEFF/, ''));
  const col = (name: string) => header!.indexOf(name);
  expect(rows.map((r) => r[col('Caption')]).sort()).toEqual(['Committee at work', 'Committee poster', 'Shift map', 'Sticky notes wall', 'The board at noon']);
  const poster = rows.find((r) => r[col('Caption')] === 'Committee poster')!;
  expect([poster[col('Attached to')], poster[col('People can be recognised')], poster[col('Consent to share recorded')]]).toEqual(['Practice card: Shift committees in the port', 'true', 'false']);
  expect(rows.map((r) => r[col('File in the zip')]).sort()).toEqual([...photoFiles].sort());
  expect(rows.find((r) => r[col('Caption')] === 'Shift map')![col('Attached to')]).toBe('Note: The dockers drew their shift map on the flipchart');
  for (const name of photoFiles) expect(files[name]!.length).toBeGreaterThan(1000);
});

test('a photo whose full size is not on this device shows its thumbnail with a note, and the zip export says its file is missing', async ({ page, context }) => {
  test.setTimeout(120_000);
  await openReadyApp(page);
  await context.setOffline(true);
  await page.reload();
  await createWorkshop(page, { title: 'Thumbnails only', theme: 'Social protection', start: '2026-03-10' });
  const { png, small } = await makePictures(page);
  await openSection(page, 'Notes');
  await page.getByRole('textbox', { name: 'Note', exact: true }).fill('Wall of sticky notes');
  await page.getByRole('button', { name: 'Save note' }).click();
  await page.getByRole('button', { name: 'Photos (0)' }).click();
  await attach(page.getByRole('region', { name: 'Photos of this note' }), 'Photos of this note', [png], ['The wall']);

  // As on a device that received the photo by sync and let its original go for space: only the thumbnail is here
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('workshop-companion');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('photoFile', 'readwrite');
          const cursor = tx.objectStore('photoFile').openCursor();
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c) return;
            if ((c.value as { role: string }).role === 'file') c.delete();
            c.continue();
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
  );
  await page.reload();
  // The workshop's own photos, on its details (another picture: the same bytes would bring the note's file back)
  await openSection(page, 'Details');
  await attach(page.getByRole('region', { name: 'Photos of the workshop' }), 'Photos of the workshop', [small], ['Group photo']);
  await openSection(page, 'Notes');
  await page.getByRole('button', { name: 'Open the photo full size: The wall' }).click();
  const viewer = page.getByRole('dialog', { name: 'The wall' });
  await expect(viewer.getByText('Full size not on this device')).toBeVisible();
  await expect.poll(() => viewer.getByRole('img', { name: 'The wall' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await viewer.getByRole('button', { name: 'Close' }).click();
  await expect(viewer).toHaveCount(0);

  await openSection(page, 'Report and exports');
  const figure = page.getByRole('region', { name: 'Workshop report' }).getByRole('figure', { name: 'The wall' });
  await expect(figure.getByText('Full size not on this device')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Workshop report' }).getByRole('heading', { name: 'Workshop', exact: true })).toBeVisible();
  const exports = page.getByRole('region', { name: 'Export the data' });
  await exports.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'CSV, every table (zip)' });
  const zip = await download(page, () => exports.getByRole('button', { name: 'Export' }).click());
  const files = unzipSync(new Uint8Array(zip.bytes));
  const [header, ...rows] = parseCsv(strFromU8(files[Object.keys(files).find((n) => n.endsWith('photos.csv'))!]!).replace(/^\uFEFF/, ''));
  const col = (name: string) => header!.indexOf(name);
  expect(rows.map((r) => [r[col('Caption')], r[col('Attached to')], r[col('File')]])).toEqual([
    ['The wall', 'Note: Wall of sticky notes', 'Not in the zip: the file is not on this device and could not be downloaded'],
    ['Group photo', 'Workshop', ''],
  ]);
  const group = rows[1]![col('File in the zip')]!;
  expect(Object.keys(files).filter((n) => n.startsWith('photos/'))).toEqual([group]);
});
