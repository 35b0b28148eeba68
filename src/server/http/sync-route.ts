import type { Context } from 'hono';
import { gunzipSync } from 'node:zlib';
import { PROTOCOL_VERSION } from '../../shared/protocol.ts';
import { MAX_CHANGES_PER_PULL, MAX_MUTATIONS_PER_PUSH, syncRequestSchema, type SyncResponse } from '../../shared/sync/protocol.ts';
import { callerFor } from '../auth/access.ts';
import { bearer, hashKey } from '../auth/keys.ts';
import type { ServerStore } from '../store/types.ts';
import { apiError } from './api-error.ts';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.ts';
import { createRateLimiter } from './rate-limit.ts';

/** What a participant sees in place of the device that wrote a record. */
const HIDDEN_DEVICE = 'hidden';

/** Largest body once a gzip request is uncompressed: bounds a "zip bomb". */
const MAX_INFLATED = 32 * 1024 * 1024;

/** The request text; devices gzip their pushes, which on a 2G link is most of the cost. */
async function requestText(c: Context): Promise<string> {
  if ((c.req.header('content-encoding') ?? '').toLowerCase() !== 'gzip') return c.req.text();
  const raw = Buffer.from(await c.req.arrayBuffer());
  try {
    return gunzipSync(raw, { maxOutputLength: MAX_INFLATED }).toString('utf8');
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new RangeError('inflated body too large');
    throw err;
  }
}

function rateLimited(c: Context): Response {
  c.header('Retry-After', '5');
  return apiError(c, 429, 'rate_limited', 'too many requests with this key; try again in a few seconds');
}

/**
 * POST /api/sync: push a batch, then pull a page of the change feed, in one round trip.
 * Bad input always gets a 4xx with a stable code; nothing is written unless the request is valid
 * and its key may write each mutation's scope.
 */
export function syncRoute(store: ServerStore, limits = { burst: 60, perSecond: 2 }) {
  // Per device of a key (twenty phones share one join token), and a wider bucket for the key itself.
  const perDevice = createRateLimiter(limits);
  const perKey = createRateLimiter({ burst: limits.burst * 20, perSecond: limits.perSecond * 25 });
  return async (c: Context): Promise<Response> => {
    // Who is calling is settled before the body is read (and perhaps inflated): a request without
    // a valid key costs a lookup, not the work of its body.
    const token = bearer(c.req.header('authorization'));
    if (!token) return apiError(c, 401, 'unauthorized', 'a valid access key is required');
    const keyHash = hashKey(token);
    // Unknown keys are limited too, so guessing costs as much as syncing.
    if (!perKey.take(keyHash)) return rateLimited(c);
    const caller = await callerFor(store, token);
    if (!caller) return apiError(c, 401, 'unauthorized', 'a valid access key or join link is required');
    let body: unknown;
    try {
      const text = await requestText(c);
      if (nestsDeeperThan(text, MAX_JSON_DEPTH)) return apiError(c, 400, 'invalid_request', `the body nests deeper than ${MAX_JSON_DEPTH} levels`);
      body = JSON.parse(text);
    } catch (err) {
      if (err instanceof RangeError) return apiError(c, 413, 'payload_too_large', 'the body is too large once uncompressed');
      return apiError(c, 400, 'invalid_json', 'the body is not JSON (or not valid gzip)');
    }
    const version = (body as { protocolVersion?: unknown } | null)?.protocolVersion;
    if (typeof version === 'number' && version !== PROTOCOL_VERSION) {
      return apiError(c, 426, 'protocol_outdated', `this server speaks protocol ${PROTOCOL_VERSION}; please update the app`);
    }
    const pushed = (body as { mutations?: unknown } | null)?.mutations;
    if (Array.isArray(pushed) && pushed.length > MAX_MUTATIONS_PER_PUSH) {
      return apiError(c, 413, 'too_many_mutations', `at most ${MAX_MUTATIONS_PER_PUSH} mutations per request; send the rest in the next one`);
    }
    const parsed = syncRequestSchema().safeParse(body);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return apiError(c, 400, 'invalid_request', `invalid request at ${first?.path.join('.') || 'body'}: ${first?.message ?? ''}`.slice(0, 300));
    }
    if (!perDevice.take(`${keyHash}:${parsed.data.deviceId}`)) return rateLimited(c);
    // A device may relay another device's changes (a file of pending changes carried over):
    // each keeps its own mutation id, so the server applies it once whoever sends it.
    const req = parsed.data;
    const access = caller(req.deviceId);
    // What this push wrote and the device already holds is not echoed back in the pull below.
    const { acks, known } = req.mutations.length ? await store.push(req.mutations, access.denies, req.deviceId, access.claimFor) : { acks: [], known: [] };
    const page = await store.pull(req.cursor === null ? 0 : Number(req.cursor), await access.scopes(), MAX_CHANGES_PER_PULL, access.filter, new Set(known));
    if (access.hideDevices) for (const change of page.changes) change.record.deviceId = HIDDEN_DEVICE;
    return c.json({ protocolVersion: PROTOCOL_VERSION, acks, ...page } satisfies SyncResponse);
  };
}
