import { fromBase64url, toBase64url } from '../../../shared/identity/base64url.ts';
import { storedPhotoProblem } from '../../../shared/photos/inspect-image.ts';
import type { PendingPhoto } from '../../../shared/sync/pending-file.ts';
import type { AppDb } from '../db/db.ts';
import { fileToSend, pendingPhotoFiles, waitingOf } from '../db/photo-files.ts';
import { sha256Hex } from '../platform/digest.ts';
import { writeTransaction } from '../db/write.ts';

/** The files of photos not yet on the server, for a file of pending changes (one workshop's, when `scope` is given). */
export async function pendingPhotosForFile(db: AppDb, scope?: string): Promise<PendingPhoto[]> {
  const out: PendingPhoto[] = [];
  for (const row of await pendingPhotoFiles(db)) {
    for (const photoId of waitingOf(row)) {
      if (scope !== undefined && (await db.recordTable('photo').get(photoId))?.workshopId !== scope) continue;
      out.push({ hash: row.hash, type: row.type, role: row.role, photoId, data: toBase64url(new Uint8Array(await row.blob.arrayBuffer())) });
    }
  }
  return out;
}

/**
 * Keep the photo files a file of pending changes carries, as files to send from this device:
 * each only if its bytes are what its hash names and what the server takes. A file already here
 * keeps its bytes and is sent for that photo too. Returns how many were kept.
 */
export async function takeInPendingPhotos(db: AppDb, photos: readonly PendingPhoto[]): Promise<number> {
  const checked: { photo: PendingPhoto; bytes: Uint8Array<ArrayBuffer> }[] = [];
  for (const photo of photos) {
    const bytes = fromBase64url(photo.data);
    if (!bytes || storedPhotoProblem(bytes, photo.type) || (await sha256Hex(bytes)) !== photo.hash) continue;
    // Only for a photo record here (the file's changes come first) that names this file.
    const record = (await db.recordTable('photo').get(photo.photoId)) as { file?: { hash: string }; thumb?: { hash: string } } | undefined;
    if (record?.file?.hash !== photo.hash && record?.thumb?.hash !== photo.hash) continue;
    checked.push({ photo, bytes });
  }
  return writeTransaction(db, [db.photoFile], async () => {
    let kept = 0;
    for (const { photo, bytes } of checked) {
      await fileToSend(db, { hash: photo.hash, type: photo.type, bytes: bytes.length, blob: new Blob([bytes], { type: photo.type }), role: photo.role, photoId: photo.photoId });
      kept++;
    }
    return kept;
  });
}
