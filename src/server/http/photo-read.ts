import type { Context } from 'hono';
import type { ServerStore } from '../store/types.ts';
import { apiError } from './api-error.ts';
import { settleCredential } from './credential-gate.ts';
import { namedFile, photoRights, photoTarget } from './photo-access.ts';
import type { SyncLimiter } from './sync-limits.ts';

/**
 * A stored file is served as an image and nothing else: no sniffing, no script, no plugin, no
 * navigation to it as a page (a sandbox with nothing allowed), shown inline rather than saved.
 * Its bytes never change for its hash, so a browser keeps it for a year; `private`, since a
 * workshop's photos are no shared cache's business.
 */
const FILE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Content-Disposition': 'inline',
  'Cache-Control': 'private, max-age=31536000, immutable',
  // Kept by the browser per credential: on a tablet passed between facilitators, a key that may not
  // read the workshop never gets the copy another key fetched, however long it is kept.
  Vary: 'Authorization',
};

/**
 * GET and HEAD /api/photos/:hash?photo=<id>: a photo's file, for a credential that reads the
 * photo record's workshop, when the live record names the hash and the workshop holds the file
 * (someone who may write the workshop sent its bytes). Otherwise 404 photo_unknown: a file whose
 * record has not synced or whose bytes have not arrived yet is asked again later.
 */
export function photoReadRoute(store: ServerStore, opts: { limiter: SyncLimiter; trustProxy: number }) {
  return async (c: Context): Promise<Response> => {
    const settled = await settleCredential(c, store, opts.limiter, opts.trustProxy);
    if ('refused' in settled) {
      const r = settled.refused;
      if (r.retryAfter !== undefined) c.header('Retry-After', String(r.retryAfter));
      return apiError(c, r.status, r.code, r.message);
    }
    const target = photoTarget(c);
    if (!target) return apiError(c, 400, 'invalid_request', 'the path names a SHA-256 in lower-case hex, and ?photo= the id of the photo record');
    const named = await namedFile(store, target);
    if (!named) return apiError(c, 404, 'photo_unknown', 'no photo record names this file');
    if (!(await photoRights(store, settled.caller, settled.credential, named.scope)).read) return apiError(c, 403, 'forbidden', "this key or join link does not read the photo's workshop");
    if (!named.file) return apiError(c, 404, 'photo_unknown', 'no photo record names this file');
    const held = await store.photoHeld(target.hash, named.scope);
    if (!held) return apiError(c, 404, 'photo_unknown', 'the file has not arrived at the server yet');

    const etag = `"${target.hash}"`;
    const headers = { ...FILE_HEADERS, ETag: etag, 'Content-Type': held.type };
    if (etagMatches(c.req.header('if-none-match'), etag)) return new Response(null, { status: 304, headers });
    if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers: { ...headers, 'Content-Length': String(held.bytes) } });
    const stored = await store.photoData(target.hash);
    if (!stored) return apiError(c, 404, 'photo_unknown', 'the file has not arrived at the server yet');
    return new Response(stored.data, { status: 200, headers: { ...headers, 'Content-Length': String(stored.data.byteLength) } });
  };
}

/** Whether an If-None-Match header names this entity tag (or any, with `*`). */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}
