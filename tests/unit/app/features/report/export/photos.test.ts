import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { DEFAULT_TUOC } from '../../../../../../src/shared/framework/default-tuoc.ts';
import { storePhoto } from '../../../../../../src/app/core/db/photo-files.ts';
import { exportWorkshop } from '../../../../../../src/app/features/report/export-choice.ts';
import { loadWorkshopBundle } from '../../../../../../src/app/features/report/export/bundle.ts';
import { buildTables } from '../../../../../../src/app/features/report/export/tables.ts';
import type { ExportTable } from '../../../../../../src/app/features/report/export/tables.ts';
import { parseCsv, seedWorkshop } from './fixture.ts';

const meta = (hash: string, bytes: number) => ({ hash, type: 'image/webp' as const, bytes, width: 1600, height: 1200 });
const records = (t: ExportTable) => t.rows.map((row) => Object.fromEntries(t.columns.map((c, i) => [c, row[i]])));

/** A workshop with a photo of a note whose files are on this device, and one of the board whose files are not. */
async function withPhotos() {
  const { store, workshopId } = await seedWorkshop();
  const note = (await store.repos.note.list(workshopId)).find((n) => n.text.startsWith('She said'))!;
  const bytes = new Uint8Array([82, 73, 70, 70, 1, 2, 3, 4]);
  const here = await storePhoto(
    store.db,
    store.repos,
    { subject: 'note', subjectId: note.id, caption: 'Flipchart, day 1', file: meta('a'.repeat(64), bytes.length), thumb: meta('b'.repeat(64), 3), recognisable: true, consent: true },
    workshopId,
    { file: new Blob([bytes], { type: 'image/webp' }), thumb: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/webp' }) },
  );
  const away = await store.repos.photo.create(
    { subject: 'swot', subjectId: workshopId, caption: '', file: meta('c'.repeat(64), 5000), thumb: meta('d'.repeat(64), 300), recognisable: false, consent: false },
    workshopId,
  );
  return { store, workshopId, here, away, bytes };
}

describe('photos in the export', () => {
  it('lists each photo with what it is attached to, its flags and size, and says when no file comes with the format', async () => {
    const { store, workshopId, here, away } = await withPhotos();
    const bundle = (await loadWorkshopBundle(store, workshopId, DEFAULT_TUOC))!;
    store.close();
    const photos = buildTables(bundle, false).find((t) => t.name === 'photos')!;
    expect(photos.title).toBe('Photos');
    const rows = records(photos);
    expect(rows).toEqual([
      {
        ID: here.id,
        'File in the zip': '',
        Caption: 'Flipchart, day 1',
        'Attached to': 'Note: She said "organise, then negotiate", twice',
        'People can be recognised': true,
        'Consent to share recorded': true,
        'Width (px)': 1600,
        'Height (px)': 1200,
        'Size (bytes)': 8,
        File: 'Files are only in the zip export',
      },
      expect.objectContaining({ ID: away.id, 'Attached to': 'SWOT board', 'Size (bytes)': 5000 }),
    ]);
  });

  it('puts the photos’ files under photos/ in the zip; one not on this device is named missing and the export still completes', async () => {
    const { store, here, away, bytes, workshopId } = await withPhotos();
    const workshop = (await store.repos.workshop.get(workshopId))!;
    const file = await exportWorkshop(store, workshop, DEFAULT_TUOC, { format: 'csv-zip' }, () => {});
    store.close();
    const zip = unzipSync(new Uint8Array(await file.blob.arrayBuffer()));
    expect(Object.keys(zip).filter((n) => n.startsWith('photos/'))).toEqual([`photos/${here.id}.webp`]);
    expect(zip[`photos/${here.id}.webp`]).toEqual(bytes);
    const csvName = Object.keys(zip).find((n) => n.endsWith('photos.csv'))!;
    const [header, ...rows] = parseCsv(strFromU8(zip[csvName]!).replace(/^\uFEFF/, ''));
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => [r[col('ID')], r[col('File in the zip')], r[col('File')]])).toEqual([
      [here.id, `photos/${here.id}.webp`, ''],
      [away.id, '', 'Not in the zip: the file is not on this device and could not be downloaded'],
    ]);
  });
});
