import { apiErrorSchema, type ApiErrorCode } from '../../../shared/protocol.ts';
import { parseJoinCredential } from '../../../shared/identity/join-credential.ts';
import type { AppDb } from '../db/db.ts';
import { syncCredentials } from '../credentials/credentials.ts';

/** What became of one file sent: stored (now or before), not yet known to the server, refused for good, or try later. */
export type PutOutcome = { kind: 'stored' } | { kind: 'unknown' } | { kind: 'refused'; code: ApiErrorCode | 'http' } | { kind: 'later'; code: 'offline' | 'rate_limited' | 'server_busy' };

/**
 * The credential photos travel with: the device's own facilitator key. A participant's phone
 * writes no photo records, so it sends and reads no photo files.
 */
export async function photoKey(db: AppDb): Promise<string | undefined> {
  return (await syncCredentials(db)).find((c) => c.workshopId === undefined && !parseJoinCredential(c.credential))?.credential;
}

const url = (base: string, hash: string, photoId: string) => `${base}/${hash}?photo=${encodeURIComponent(photoId)}`;

/**
 * Send one file's bytes, named by their hash, for the photo record that names it. Safe to repeat:
 * a file the server holds is answered at once, and a transfer cut short stores nothing, so the
 * next try starts again from the first byte.
 */
export async function putPhotoFile(fetchImpl: typeof fetch, base: string, key: string, file: { hash: string; type: string; blob: Blob; photoId: string }): Promise<PutOutcome> {
  let res: Response;
  try {
    res = await fetchImpl(url(base, file.hash, file.photoId), { method: 'PUT', headers: { authorization: `Bearer ${key}`, 'content-type': file.type }, body: file.blob });
  } catch {
    return { kind: 'later', code: 'offline' };
  }
  if (res.ok) return { kind: 'stored' };
  const code = apiErrorSchema().safeParse(await res.json().catch(() => undefined)).data?.error.code;
  if (code === 'photo_unknown') return { kind: 'unknown' };
  if (res.status === 429) return { kind: 'later', code: 'rate_limited' };
  if (res.status >= 500 || res.status === 408) return { kind: 'later', code: 'server_busy' };
  return { kind: 'refused', code: code ?? 'http' };
}

/** A file's bytes from the server, checked against their hash by the caller; undefined when they cannot be had now. */
export async function getPhotoFile(key: string, hash: string, photoId: string, fetchImpl: typeof fetch = (input, init) => fetch(input, init), base = '/api/photos'): Promise<Blob | undefined> {
  try {
    const res = await fetchImpl(url(base, hash, photoId), { headers: { authorization: `Bearer ${key}` } });
    return res.ok ? await res.blob() : undefined;
  } catch {
    return undefined;
  }
}
