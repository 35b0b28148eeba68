import type { Photo } from '../../../shared/schemas/photo-records.ts';
import { keepFetchedPhotoFile, photoFileBlob, photoFileSpace } from '../db/photo-files.ts';
import type { LocalStore } from '../db/store.ts';
import { sha256Hex } from '../platform/digest.ts';
import { getPhotoFile, photoKey } from '../sync/photo-transfer.ts';
import { spaceIsShort } from './photo-budget.ts';

/** The browser's estimate of this site's storage, where it gives one. */
async function storageEstimate(): Promise<{ usage: number; quota: number } | undefined> {
  const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => undefined);
  return estimate?.quota ? { usage: estimate.usage ?? 0, quota: estimate.quota } : undefined;
}

/**
 * A photo's file or thumbnail: from this device, or downloaded from the server when there is a
 * connection (and kept, an original only while photos stay within their budget on this device).
 * Undefined when neither has it now.
 */
export async function loadPhotoBlob(store: LocalStore, photo: Photo, which: 'file' | 'thumb', fetchImpl?: typeof fetch): Promise<Blob | undefined> {
  const meta = photo[which];
  const local = await photoFileBlob(store.db, meta.hash);
  if (local) return local;
  const key = await photoKey(store.db);
  if (!key) return undefined;
  const blob = await getPhotoFile(key, meta.hash, photo.id, fetchImpl);
  if (!blob || (await sha256Hex(new Uint8Array(await blob.arrayBuffer()))) !== meta.hash) return undefined;
  const typed = blob.type === meta.type ? blob : new Blob([blob], { type: meta.type });
  // An original is kept only while photos stay within budget and the device is not short of space.
  const space = await photoFileSpace(store.db);
  const keep = which === 'thumb' || !spaceIsShort({ bytes: space.bytes + meta.bytes, droppable: meta.bytes }, await storageEstimate());
  if (keep) await keepFetchedPhotoFile(store.db, { hash: meta.hash, type: meta.type, bytes: meta.bytes, blob: typed, role: which, photoId: photo.id }).catch(() => undefined);
  return typed;
}
