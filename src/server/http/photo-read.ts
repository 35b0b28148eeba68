import type { Context } from 'hono';
import type { ServerStore } from '../store/types.ts';
import { apiError } from './api-error.ts';
import { settleCredential } from './credential-gate.ts';
import { namedFile, photoRights, photoTarget } from './photo-access.ts';
import type { SyncLimiter } from './sync-limits.ts';
import { createUploadSlots } from './upload-limits.ts';

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
export function photoReadRoute(store: ServerStore, opts: { limiter: SyncLimiter; trustProxy: number; maxMs: number }) {
  const places = createUploadSlots({ maxUploads: READS_AT_ONCE, uploadsPerCredential: READS_PER_KEY });
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
    const place = places.enter(settled.credential.id);
    if (place === 'credential_full') return busy(c, 429, 'rate_limited', 'too many files being read at once with this key; try again after Retry-After seconds', 1);
    if (place === 'server_full') return busy(c, 503, 'server_busy', 'the server is sending too many files; try again after Retry-After seconds', 5);
    const stored = await store.photoData(target.hash).catch((err: unknown) => {
      place();
      throw err;
    });
    if (!stored) {
      place();
      return apiError(c, 404, 'photo_unknown', 'the file has not arrived at the server yet');
    }
    return new Response(inPieces(stored.data, place, opts.maxMs), { status: 200, headers: { ...headers, 'Content-Length': String(stored.data.byteLength) } });
  };
}

/**
 * Files whose bodies are being sent at once, in all and per credential. A file is in memory until
 * its client has read it: a client that stops reading (or thousands of them) would otherwise hold
 * as many 2 MiB copies as it asks for. 128 files are at most 256 MiB; one key holds a quarter.
 */
const READS_AT_ONCE = 128;
const READS_PER_KEY = 32;

function busy(c: Context, status: 429 | 503, code: 'rate_limited' | 'server_busy', message: string, retryAfter: number): Response {
  c.header('Retry-After', String(retryAfter));
  return apiError(c, status, code, message);
}

/** Pieces of a body handed out as the client reads them. */
const PIECE_BYTES = 64 * 1024;

/**
 * A file's bytes as a stream read piece by piece (so the socket's backpressure holds the rest
 * here, not in its buffer), which frees its place once read to its end or dropped, and is cut if
 * its client has not read it within `maxMs`.
 */
function inPieces(data: Uint8Array, release: () => void, maxMs: number): ReadableStream<Uint8Array> {
  let at = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = () => {
    clearTimeout(timer);
    release();
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        timer = setTimeout(() => {
          controller.error(new Error('the file was not read in time'));
          release();
        }, maxMs);
        // A body waiting for its client keeps no process from ending.
        timer.unref?.();
      },
      pull(controller) {
        if (at >= data.byteLength) {
          controller.close();
          done();
          return;
        }
        controller.enqueue(data.subarray(at, at + PIECE_BYTES));
        at += PIECE_BYTES;
      },
      cancel: done,
    },
    // Nothing is read ahead of the client.
    { highWaterMark: 0 },
  );
}

/** Whether an If-None-Match header names this entity tag (or any, with `*`). */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}
