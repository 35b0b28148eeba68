import type { ImageProblem } from '../../../shared/photos/inspect-image.ts';
import type { Photo, PhotoSubject } from '../../../shared/schemas/photo-records.ts';
import { StorageError } from '../db/errors.ts';
import { storePhoto } from '../db/photo-files.ts';
import type { LocalStore } from '../db/store.ts';
import { shrinkPhoto } from './shrink.ts';

/** Why a file was not added: what its bytes are (see inspect-image.ts), or a device that cannot decode it or is full. */
export type PhotoProblem = ImageProblem | 'unreadable' | 'storage_full';

export interface PhotoTarget {
  workshopId: string;
  subject: PhotoSubject;
  subjectId: string;
}

/**
 * Add photos from the camera or the gallery to a note, a practice card, a board or the workshop:
 * each is checked, shrunk and stored with its record, one at a time (a phone decodes one 12 MP
 * image at once, not ten). A file refused says why; the others are added all the same.
 * A full device stops the rest: each of them is refused as `storage_full`, and the app's full-device
 * notice (storageFullListeners) offers the export.
 */
export async function attachPhotos(
  store: LocalStore,
  target: PhotoTarget,
  files: readonly File[],
  opts: { caption?: string; recognisable?: boolean } = {},
): Promise<{ added: Photo[]; refused: { name: string; problem: PhotoProblem }[] }> {
  const added: Photo[] = [];
  const refused: { name: string; problem: PhotoProblem }[] = [];
  let full = false;
  for (const input of files) {
    if (full) {
      refused.push({ name: input.name, problem: 'storage_full' });
      continue;
    }
    const shrunk = await shrinkPhoto(input);
    if ('problem' in shrunk) {
      refused.push({ name: input.name, problem: shrunk.problem });
      continue;
    }
    try {
      const fields = {
        subject: target.subject,
        subjectId: target.subjectId,
        caption: opts.caption ?? '',
        file: shrunk.file.meta,
        thumb: shrunk.thumb.meta,
        recognisable: opts.recognisable ?? false,
        consent: false,
      };
      added.push(await storePhoto(store.db, store.repos, fields, target.workshopId, { file: shrunk.file.blob, thumb: shrunk.thumb.blob }));
    } catch (err) {
      if (!(err instanceof StorageError) || err.code !== 'quota_exceeded') throw err;
      full = true;
      refused.push({ name: input.name, problem: 'storage_full' });
    }
  }
  return { added, refused };
}
