import type { Photo } from '../../../shared/schemas/photo-records.ts';
import { keepFetchedPhotoFile, markPhotoFileSent, pendingPhotoFiles, waitingOf } from '../db/photo-files.ts';
import type { LocalStore } from '../db/store.ts';
import { sha256Hex } from '../platform/digest.ts';
import { getPhotoFile, photoKey, putPhotoFile } from './photo-transfer.ts';
import type { PhotoStatus } from './photo-status.ts';

/** Thumbnails fetched in one pass, so a device that joins a workshop of 500 photos shows the first ones soon and syncs meanwhile. */
const THUMBS_PER_PASS = 60;

/**
 * Photos' files travel on their own path, after the records (the engine starts a pass once a sync
 * has ended well), one file at a time so that a slow link keeps room for the records made
 * meanwhile: each sync is a request of its own, never queued behind a photo.
 * - Up: files made here, thumbnails first, once their record is on the server. A file the server
 *   refuses stays on the device (it is never dropped) and is named in the status.
 * - Down: the thumbnails of photos other devices added (originals download when opened).
 */
export function createPhotoQueue(store: LocalStore, base: string, fetchImpl: typeof fetch, status: { set(patch: Partial<PhotoStatus>): void }) {
  /** Files the server refused for a photo in this session (`hash photoId`), not sent again until the app restarts. */
  const refused = new Set<string>();
  let running: Promise<void> | undefined;
  let again = false;

  /** Thumbnails the server did not give in this session, not asked for again until the app restarts. */
  const missed = new Set<string>();

  const recordOnServer = async (photoId: string) => (await store.db.outbox.where('recordId').equals(photoId).count()) === 0;
  /** Whether a photo record here still names this file: a deleted photo's files wait (an undo sends them), unsent. */
  const namesFile = async (photoId: string, hash: string) => {
    const photo = (await store.db.recordTable('photo').get(photoId)) as unknown as Photo | undefined;
    return Boolean(photo && !photo.deleted && (photo.file.hash === hash || photo.thumb.hash === hash));
  };

  async function sendPending(key: string): Promise<void> {
    for (const row of await pendingPhotoFiles(store.db)) {
      for (const photoId of waitingOf(row)) {
        const which = `${row.hash} ${photoId}`;
        if (refused.has(which) || !(await namesFile(photoId, row.hash)) || !(await recordOnServer(photoId))) continue;
        const outcome = await putPhotoFile(fetchImpl, base, key, { ...row, photoId });
        if (outcome.kind === 'stored') {
          await markPhotoFileSent(store.db, row.hash, photoId);
        } else if (outcome.kind === 'refused' || outcome.kind === 'unknown') {
          // Unknown although its record left the outbox: the server refused the record (it is
          // listed with the refused changes) or holds a later one; sending again would not help.
          refused.add(which);
          status.set({ refused: refused.size });
        } else if (outcome.kind === 'later') {
          status.set({ error: outcome.code });
          return;
        }
      }
    }
  }

  async function fetchThumbs(key: string): Promise<void> {
    const photos = (await store.db.recordTable('photo').toArray()) as unknown as Photo[];
    let asked = 0;
    for (const photo of photos) {
      if (photo.deleted || asked >= THUMBS_PER_PASS || missed.has(photo.thumb.hash) || (await store.db.photoFile.get(photo.thumb.hash))) continue;
      asked++;
      const blob = await getPhotoFile(key, photo.thumb.hash, photo.id, fetchImpl, base);
      if (!blob) {
        missed.add(photo.thumb.hash);
        continue;
      }
      // Content-addressed: bytes that are not what the record names are not kept.
      if ((await sha256Hex(new Uint8Array(await blob.arrayBuffer()))) !== photo.thumb.hash) continue;
      await keepFetchedPhotoFile(store.db, { hash: photo.thumb.hash, type: photo.thumb.type, bytes: photo.thumb.bytes, blob, role: 'thumb', photoId: photo.id });
    }
  }

  async function pass(): Promise<void> {
    const key = await photoKey(store.db);
    if (!key) return;
    status.set({ sending: true, error: undefined });
    try {
      await sendPending(key);
      await fetchThumbs(key);
    } finally {
      status.set({ sending: false });
    }
  }

  /** Start a pass, or one more after the pass under way. */
  function kick(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    const started = pass()
      // A store closed meanwhile (the app closing) ends the pass quietly; the next start sends the rest.
      .catch((err: unknown) => {
        if ((err as { name?: string } | null)?.name !== 'DatabaseClosedError') console.warn('photo transfer failed', err);
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          void kick();
        }
      });
    running = started;
    return started;
  }

  return { kick };
}
export type PhotoQueue = ReturnType<typeof createPhotoQueue>;
