import type { Photo, PhotoFile } from '../../../shared/schemas/photo-records.ts';
import type { EditableOf } from '../../../shared/schemas/kinds.ts';
import type { AppDb } from './db.ts';
import type { Repositories } from './store.ts';
import { writeTransaction } from './write.ts';

/**
 * Where a file on this device came from: made here and not yet on the server (`pending`, never
 * dropped), made here and sent (`sent`), or downloaded from the server (`fetched`).
 */
export type PhotoFileState = 'pending' | 'sent' | 'fetched';

/** A photo's file or thumbnail on this device, by the SHA-256 of its bytes. */
export interface PhotoFileRow {
  hash: string;
  type: PhotoFile['type'];
  bytes: number;
  blob: Blob;
  state: PhotoFileState;
  /** 'file' for the shrunk photo, 'thumb' for its thumbnail: only originals are ever dropped for space. */
  role: 'file' | 'thumb';
  /** A photo record that names it, for the server's check of who may send it. */
  photoId: string;
  /**
   * While pending: the photo records it is still to be sent for. The server keeps a file per
   * workshop (sent once for one of its photos), so the same bytes attached in a second workshop
   * are sent again for it. Absent on rows of one photo: `photoId`.
   */
  waitingFor?: string[];
}

/** The photo records a file is still to be sent for. */
export const waitingOf = (row: PhotoFileRow): string[] => (row.state === 'pending' ? (row.waitingFor ?? [row.photoId]) : []);

/**
 * Note, inside a write transaction, that a file is to be sent for a photo record: a new row, or
 * one more photo for a file already here (its bytes are kept; one downloaded or sent before is
 * pending again, and so never dropped until sent).
 */
export async function fileToSend(db: AppDb, file: Omit<PhotoFileRow, 'state' | 'waitingFor'>): Promise<void> {
  const had = await db.photoFile.get(file.hash);
  if (!had) return void (await db.photoFile.put({ ...file, state: 'pending', waitingFor: [file.photoId] }));
  const waitingFor = [...new Set([...waitingOf(had), file.photoId])];
  await db.photoFile.put({ ...had, state: 'pending', photoId: waitingFor[0]!, waitingFor });
}

/**
 * Store a new photo: its two files and its record (with its change in the outbox) in one
 * transaction, so a record never names a file the device lacks. A file already here (the same
 * photo attached twice) keeps its bytes and is sent for this photo too.
 */
export async function storePhoto(db: AppDb, repos: Repositories, fields: EditableOf<'photo'>, workshopId: string, blobs: { file: Blob; thumb: Blob }): Promise<Photo> {
  return writeTransaction(db, [db.photoFile, db.recordTable('photo'), db.outbox, db.meta], async () => {
    const photo = await repos.photo.create(fields, workshopId);
    for (const role of ['file', 'thumb'] as const) {
      const meta = fields[role];
      await fileToSend(db, { hash: meta.hash, type: meta.type, bytes: meta.bytes, blob: blobs[role], role, photoId: photo.id });
    }
    return photo;
  });
}

/** The bytes of a file on this device, if they are here. */
export async function photoFileBlob(db: AppDb, hash: string): Promise<Blob | undefined> {
  return (await db.photoFile.get(hash))?.blob;
}

/** Files made here and not yet on the server, thumbnails first (they are small and make a photo visible elsewhere). */
export async function pendingPhotoFiles(db: AppDb): Promise<PhotoFileRow[]> {
  const rows = await db.photoFile.where('state').equals('pending').toArray();
  return rows.sort((a, b) => (a.role === b.role ? 0 : a.role === 'thumb' ? -1 : 1));
}

/** How many photos wait to be sent: those not deleted with a file still pending. */
export async function photosWaiting(db: AppDb): Promise<number> {
  const rows = await db.photoFile.where('state').equals('pending').toArray();
  const ids = [...new Set(rows.flatMap(waitingOf))];
  const photos = await db.recordTable('photo').bulkGet(ids);
  return photos.filter((p) => p && !p.deleted).length;
}

/** The server holds this file for this photo now; sent for every photo, it may be dropped for space, and downloaded again. */
export async function markPhotoFileSent(db: AppDb, hash: string, photoId: string): Promise<void> {
  await writeTransaction(db, [db.photoFile], async () => {
    const row = await db.photoFile.get(hash);
    if (row?.state !== 'pending') return;
    const waitingFor = waitingOf(row).filter((id) => id !== photoId);
    await db.photoFile.put(waitingFor.length ? { ...row, photoId: waitingFor[0]!, waitingFor } : { ...row, state: 'sent', waitingFor: [] });
  });
}

/** Keep a file downloaded from the server (never over one made here). */
export async function keepFetchedPhotoFile(db: AppDb, row: Omit<PhotoFileRow, 'state'>): Promise<void> {
  await writeTransaction(db, [db.photoFile], async () => {
    if (!(await db.photoFile.get(row.hash))) await db.photoFile.put({ ...row, state: 'fetched' });
  });
}

/** What photos take on this device, and how much of it could be dropped (originals the server holds). */
export async function photoFileSpace(db: AppDb): Promise<{ bytes: number; droppable: number; droppableCount: number }> {
  let bytes = 0;
  let droppable = 0;
  let droppableCount = 0;
  await db.photoFile.each((row) => {
    bytes += row.bytes;
    if (row.role === 'file' && row.state !== 'pending') {
      droppable += row.bytes;
      droppableCount++;
    }
  });
  return { bytes, droppable, droppableCount };
}

/**
 * Free space: drop the originals the server holds; thumbnails stay, and an original downloads
 * again when it is opened. A file not yet on the server is never dropped. Returns the bytes freed.
 */
export async function dropSentOriginals(db: AppDb): Promise<number> {
  return writeTransaction(db, [db.photoFile], async () => {
    const rows = await db.photoFile.filter((r) => r.role === 'file' && r.state !== 'pending').toArray();
    await db.photoFile.bulkDelete(rows.map((r) => r.hash));
    return rows.reduce((n, r) => n + r.bytes, 0);
  });
}
