import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLocalStore } from '../../../../../src/app/core/db/store.ts';
import { storePhoto } from '../../../../../src/app/core/db/photo-files.ts';
import { sha256Hex } from '../../../../../src/app/core/platform/digest.ts';
import { exportPending, importPending } from '../../../../../src/app/core/sync/transfer.ts';
import { pendingFileSchema } from '../../../../../src/shared/sync/pending-file.ts';
import { toBase64url } from '../../../../../src/shared/identity/base64url.ts';
import { jpegWithExif, tinyJpeg, tinyWebp } from '../../../../support/image-bytes.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

describe('a file of unsynced changes carries the photos not yet sent', () => {
  it('another device takes them in as its own to send, checked as the server would', async () => {
    const full = await openLocalStore(`full-${Math.random()}`);
    const w = await full.repos.workshop.create(workshopFields('Wall of sticky notes'));
    const file = tinyJpeg();
    const thumb = tinyWebp();
    const meta = async (b: Uint8Array, type: 'image/jpeg' | 'image/webp') => ({ hash: await sha256Hex(b), type, bytes: b.length, width: 8, height: 6 });
    await storePhoto(
      full.db,
      full.repos,
      { subject: 'workshop', subjectId: w.id, caption: 'Wall', file: await meta(file, 'image/jpeg'), thumb: await meta(thumb, 'image/webp'), recognisable: false, consent: false },
      w.id,
      { file: new Blob([file], { type: 'image/jpeg' }), thumb: new Blob([thumb], { type: 'image/webp' }) },
    );

    const exported = pendingFileSchema().parse(JSON.parse(JSON.stringify(await exportPending(full))));
    expect(exported.photos?.map((p) => p.role).sort()).toEqual(['file', 'thumb']);
    // A file that is not what its hash names, or that the server would refuse, is not kept.
    const forged = { ...exported.photos![0]!, hash: 'a'.repeat(64) };
    const withExif = { ...exported.photos![0]!, hash: await sha256Hex(jpegWithExif()), data: toBase64url(jpegWithExif()) };

    const other = await openLocalStore(`other-${Math.random()}`);
    await importPending(other.db, { ...exported, photos: [...exported.photos!, forged, withExif] });
    const rows = await other.db.photoFile.toArray();
    expect(rows.map((r) => [r.role, r.state]).sort()).toEqual([
      ['file', 'pending'],
      ['thumb', 'pending'],
    ]);
    expect(new Uint8Array(await rows.find((r) => r.role === 'file')!.blob.arrayBuffer())).toEqual(file);
    expect(await other.repos.photo.list(w.id)).toHaveLength(1);
    full.close();
    other.close();
  });
});
