import { createHash } from 'node:crypto';
import type { PhotoType } from '../../../src/shared/photos/photo-limits.ts';
import { tinyJpeg, tinyWebp } from '../../support/image-bytes.ts';

/** A file's content address, as the app and the server compute it. */
export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** What a photo record says of one of its files. */
export const fileOf = (bytes: Uint8Array, type: PhotoType = 'image/jpeg') => ({ hash: sha256(bytes), type, bytes: bytes.byteLength, width: 8, height: 6 });

/**
 * A photo record's fields for a workshop: its photo is `file` (a tiny JPEG unless given) and its
 * thumbnail `thumb` (a tiny WebP unless given), each declared as its bytes are.
 */
export function photoPatch(workshopId: string, file: Uint8Array = tinyJpeg(), thumb: Uint8Array = tinyWebp(), fileType: PhotoType = 'image/jpeg') {
  return {
    workshopId,
    subject: 'workshop',
    subjectId: workshopId,
    caption: 'The flipchart of day one',
    file: fileOf(file, fileType),
    thumb: fileOf(thumb, 'image/webp'),
    recognisable: false,
    consent: false,
  };
}

/** The headers and body of a PUT of a photo's file. */
export function putInit(key: string | undefined, bytes: Uint8Array, type = 'image/jpeg'): RequestInit {
  return {
    method: 'PUT',
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), 'content-type': type, 'content-length': String(bytes.byteLength) },
    body: new Uint8Array(bytes),
  };
}

/** The headers of a GET or HEAD of a photo's file. */
export const readInit = (key: string | undefined, method: 'GET' | 'HEAD' = 'GET'): RequestInit => ({ method, headers: key ? { authorization: `Bearer ${key}` } : {} });

/** The path of a photo's file, for the record that names it. */
export const photoPath = (hash: string, photoId: string) => `/api/photos/${hash}?photo=${photoId}`;
