import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { inspectStoredPhoto } from '../../shared/photos/inspect-image.ts';
import { PHOTO_MAX_BYTES } from '../../shared/photos/photo-limits.ts';
import type { ServerStore } from '../store/types.ts';
import { apiError } from './api-error.ts';
import { bodyReader, type BodyReader } from './body-reader.ts';
import { settleCredential } from './credential-gate.ts';
import { createDiscarder, type Discarder } from './discard-body.ts';
import { namedFile, photoRights, photoTarget } from './photo-access.ts';
import type { PhotoBudgets } from './photo-budgets.ts';
import { limiterFor } from './rate-limit.ts';
import { readBytes } from './read-body.ts';
import { refuse } from './refusal.ts';
import type { SyncLimiter } from './sync-limits.ts';
import { createUploadSlots, type UploadLimits } from './upload-limits.ts';

export interface PhotoRouteOptions {
  /** The budgets of requests and failed authentications, shared with the sync route. */
  limiter: SyncLimiter;
  photos: PhotoBudgets;
  /** How slowly a body may come, and how many come at once (photos have their own places). */
  uploads: UploadLimits;
  trustProxy: number;
  clock?: (() => number) | undefined;
}

/** Seconds a client is asked to wait when every upload place is taken. */
const BUSY_RETRY_SECONDS = 5;

/**
 * Photo bodies one key sends at once. A device sends its files one at a time, and a facilitator's
 * key is on a few tablets; a sync body's 32 places per credential are for a room of phones sharing
 * a join link, which sends no photo. So one key trickling bodies cannot hold half the places.
 */
const PHOTO_UPLOADS_PER_KEY = 4;

/**
 * Most bytes of a refused photo body read and thrown away so its client sees the answer: a photo's
 * largest size, since no file of the photo path is longer. Past it the connection is closed.
 */
const PHOTO_DISCARD_MAX_BYTES = PHOTO_MAX_BYTES;

/** The type a request says its body is, without parameters. */
const sentType = (c: Context): string => (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();

/** Answer that the file is stored, once the rest of a body not needed is discarded. */
async function alreadyStored(c: Context, body: BodyReader, discarder: Discarder): Promise<Response> {
  if (!(await discarder.discard(body))) c.header('Connection', 'close');
  return c.json({ stored: true }, 200);
}

/**
 * PUT /api/photos/:hash?photo=<id>: the bytes of a photo's file (its shrunk photo or its
 * thumbnail), after its record has synced. Nothing is stored unless every check passes, in this
 * order so that what costs most is spent last: the credential (as for sync); the hash and the
 * record that names it; the right to write the record's workshop; the declared size; whether the
 * workshop holds the file already (then 200 at once); the type; the key's quota and its bytes per
 * hour; then the body, read in an upload place with a cap and a deadline; its SHA-256; what the
 * bytes are (`inspectStoredPhoto`); and the store, in one transaction. A retry after a cut transfer
 * ends with one copy: a body cut short stores nothing, and a stored file is stored once.
 */
export function photoPutRoute(store: ServerStore, opts: PhotoRouteOptions) {
  const uploads = createUploadSlots({ maxUploads: opts.uploads.maxUploads, uploadsPerCredential: Math.min(opts.uploads.uploadsPerCredential, PHOTO_UPLOADS_PER_KEY) });
  const timing = { ...opts.uploads, maxMs: opts.photos.maxMs };
  const discarder = createDiscarder(timing, PHOTO_DISCARD_MAX_BYTES);
  const bytesBudget = limiterFor(opts.photos.keyBytes, { now: opts.clock });

  return async (c: Context): Promise<Response> => {
    const body = bodyReader(c.req.raw.body);
    const no = (status: Parameters<typeof refuse>[3], code: Parameters<typeof refuse>[4], message: string, retryAfter?: number) => refuse(c, body, discarder, status, code, message, retryAfter);
    const settled = await settleCredential(c, store, opts.limiter, opts.trustProxy);
    if ('refused' in settled) return no(settled.refused.status, settled.refused.code, settled.refused.message, settled.refused.retryAfter);
    const { caller, credential } = settled;

    const target = photoTarget(c);
    if (!target) return no(400, 'invalid_request', 'the path names a SHA-256 in lower-case hex, and ?photo= the id of the photo record');
    const named = await namedFile(store, target);
    if (!named) return no(404, 'photo_unknown', 'no photo record names this file yet; send it again after the next sync');
    const rights = await photoRights(store, caller, credential, named.scope);
    if (!rights.write) return no(403, 'forbidden', "only the facilitator key that owns the photo's workshop sends its files");
    const { file, scope } = named;
    if (!file) return no(404, 'photo_unknown', 'no photo record names this file yet; send it again after the next sync');
    const declared = Number(c.req.header('content-length') ?? Number.NaN);
    if (declared > file.bytes) return no(413, 'payload_too_large', `the photo record says this file is ${file.bytes} bytes`);
    if (await store.photoHeld(target.hash, scope)) return alreadyStored(c, body, discarder);
    if (sentType(c) !== file.type) return no(415, 'photo_refused', `the photo record says this file is ${file.type}; it was sent as ${sentType(c) || 'no type'}`);
    // Known before the body is read: the body must be exactly the size its record gives.
    const keyHash = credential.id;
    if ((await store.photoBytesOf(keyHash)) + file.bytes > opts.photos.quotaBytes) return quotaExceeded(c, body, discarder, opts.photos.quotaBytes);
    if (!bytesBudget.has(keyHash, file.bytes)) return no(429, 'rate_limited', 'too many photo bytes with this key; try again after Retry-After seconds', bytesBudget.waitSeconds(keyHash, file.bytes));

    const place = uploads.enter(credential.id);
    if (place === 'credential_full') return no(429, 'rate_limited', 'too many bodies at once with this key; try again after Retry-After seconds', 1);
    if (place === 'server_full') return no(503, 'server_busy', 'the server is receiving too many files; try again after Retry-After seconds', BUSY_RETRY_SECONDS);
    const counted = countingReader(body);
    let read: Awaited<ReturnType<typeof readBytes>>;
    try {
      read = await readBytes(counted, { maxBytes: file.bytes, timing });
    } finally {
      place();
    }
    // A body cut short or too long still made the server read it: its bytes are spent all the same,
    // or a key could send bodies without end by never finishing one.
    if (read.kind !== 'bytes') bytesBudget.take(keyHash, Math.min(counted.bytes, file.bytes));
    if (read.kind === 'too_large') return no(413, 'payload_too_large', `the photo record says this file is ${file.bytes} bytes`);
    if (read.kind === 'timeout') {
      c.header('Connection', 'close');
      return apiError(c, 408, 'request_timeout', 'the file did not arrive in time; send it again');
    }
    if (read.kind === 'gone') return apiError(c, 400, 'invalid_request', 'the file did not arrive; send it again');
    const data = read.data;
    if (!bytesBudget.take(keyHash, data.byteLength)) {
      c.header('Retry-After', String(bytesBudget.waitSeconds(keyHash, data.byteLength)));
      return apiError(c, 429, 'rate_limited', 'too many photo bytes with this key; try again after Retry-After seconds');
    }
    if (createHash('sha256').update(data).digest('hex') !== target.hash) return apiError(c, 400, 'photo_hash_mismatch', "the file's SHA-256 is not the hash its path names");
    if (data.byteLength !== file.bytes) return apiError(c, 415, 'photo_refused', `the file is ${data.byteLength} bytes; its photo record says ${file.bytes}`);
    const seen = inspectStoredPhoto(data, file.type);
    if (!seen.ok) return apiError(c, 415, 'photo_refused', `the file is not a photo the server keeps: ${seen.problem}`);
    // The record tells the truth about its file: devices lay photos out, and exports list them, by its size.
    if (seen.facts.width !== file.width || seen.facts.height !== file.height) {
      return apiError(c, 415, 'photo_refused', `the file is ${seen.facts.width} x ${seen.facts.height} pixels; its photo record says ${file.width} x ${file.height}`);
    }

    const outcome = await store.storePhoto({ hash: target.hash, type: file.type, bytes: file.bytes, data, scope, keyHash, quotaBytes: opts.photos.quotaBytes });
    if (outcome === 'quota_exceeded') return quotaExceeded(c, body, discarder, opts.photos.quotaBytes);
    return c.json({ stored: true }, outcome === 'stored' ? 201 : 200);
  };
}

/** A body reader that counts the bytes it hands on. */
function countingReader(body: BodyReader): BodyReader & { readonly bytes: number } {
  let bytes = 0;
  return {
    async next(deadline) {
      const chunk = await body.next(deadline);
      if (typeof chunk !== 'string') bytes += chunk.byteLength;
      return chunk;
    },
    get bytes() {
      return bytes;
    },
  };
}

function quotaExceeded(c: Context, body: BodyReader, discarder: Discarder, quotaBytes: number): Promise<Response> {
  return refuse(c, body, discarder, 413, 'photo_quota_exceeded', `this key's photos would pass its ${quotaBytes} bytes; ask the administrator for room`);
}
