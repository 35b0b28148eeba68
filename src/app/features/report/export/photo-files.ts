import type { Photo } from '../../../../shared/schemas/photo-records.ts';
import type { LocalStore } from '../../../core/db/store.ts';
import { loadPhotoBlob } from '../../../core/photos/load.ts';
import { photoFileName } from '../../photos/index.ts';

/** A file the zip export holds besides its tables: a photo, by its name in the zip. */
export interface ZipFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * The photos' files for the zip export: each from this device, or downloaded when online. A file
 * that cannot be had is left out (the photos table says so), so one missing photo never stops an
 * export. One at a time: a workshop's photos together may be larger than a phone's free memory
 * allows twice over.
 */
export async function photoFiles(store: LocalStore, photos: readonly Photo[]): Promise<{ names: Map<string, string>; files: ZipFile[] }> {
  const names = new Map<string, string>();
  const files: ZipFile[] = [];
  for (const photo of photos) {
    const blob = await loadPhotoBlob(store, photo, 'file').catch(() => undefined);
    if (!blob) continue;
    const name = photoFileName(photo);
    names.set(photo.id, name);
    files.push({ name, bytes: new Uint8Array(await blob.arrayBuffer()) });
  }
  return { names, files };
}
