import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as z from 'zod/mini';
import { keyIdOf } from '../../shared/identity/credential.ts';
import { cofacilitatorCodeHash, parseCofacilitatorCode } from '../../shared/identity/cofacilitator-code.ts';
import { KEY_ID_PATTERN } from '../../shared/identity/join-credential.ts';
import { UUID_V7 } from '../../shared/ids.ts';
import type { ApiErrorCode } from '../../shared/protocol.ts';
import type { ChangeBus } from '../live/change-note.ts';
import type { ServerStore } from '../store/types.ts';
import type { Redeemed } from '../store/workshop-members.ts';
import { apiError } from './api-error.ts';
import { bodyReader } from './body-reader.ts';
import { settleCredential, type Settled } from './credential-gate.ts';
import { readBody } from './read-body.ts';
import type { SyncLimiter } from './sync-limits.ts';
import type { UploadLimits } from './upload-limits.ts';

export interface CofacilitatorRouteOptions {
  limiter: SyncLimiter;
  trustProxy: number;
  uploads: UploadLimits;
  changes: ChangeBus;
}

/** A code is a few dozen bytes of JSON: anything larger is not one. */
const MAX_BODY_BYTES = 1024;
const redeemSchema = z.strictObject({ code: z.string().check(z.maxLength(64)) });

/** Why a code lets no one in, as the device is told: a status and a stable code, and a sentence for logs. */
const REFUSALS: Record<Exclude<Redeemed['status'], 'added'>, [ContentfulStatusCode, ApiErrorCode, string]> = {
  unknown: [404, 'cofacilitator_code_unknown', "no workshop has registered this code (yet: its owner's device registers it when it syncs)"],
  used: [409, 'cofacilitator_code_used', 'this code was used already; ask the owner for a new one'],
  expired: [410, 'cofacilitator_code_expired', 'this code expired; ask the owner for a new one'],
  revoked: [410, 'cofacilitator_code_revoked', 'a newer code replaced this one, or the owner withdrew it; ask the owner for a new one'],
  owner: [409, 'cofacilitator_is_owner', 'this key owns the workshop already'],
  full: [409, 'cofacilitator_team_full', 'this workshop has as many facilitators as it may'],
};

/** A facilitator's key, settled; a join link or a coordinator's key is refused (neither facilitates a workshop). */
async function facilitator(c: Context, store: ServerStore, opts: CofacilitatorRouteOptions): Promise<{ hash: string } | Response> {
  const settled: Settled = await settleCredential(c, store, opts.limiter, opts.trustProxy);
  if ('refused' in settled) {
    const r = settled.refused;
    if (r.retryAfter !== undefined) c.header('Retry-After', String(r.retryAfter));
    return apiError(c, r.status, r.code, r.message);
  }
  const claimFor = settled.caller('').claimFor;
  if (settled.credential.kind !== 'key' || claimFor === undefined) return apiError(c, 403, 'forbidden', "only a facilitator's key co-facilitates a workshop");
  return { hash: claimFor };
}

/** Open devices that read the workshop (and the key's other devices) pull its new team. */
async function tell(store: ServerStore, changes: ChangeBus, scope: string, keyHash: string): Promise<void> {
  const note = { seq: await store.feedPosition(), keyId: keyIdOf(keyHash), changes: [[scope, 'workshop']] as const };
  setImmediate(() => changes.publish(note));
}

/**
 * POST /api/cofacilitators with `{"code": "…"}` and a facilitator's key: that key becomes a
 * co-facilitator of the workshop whose owner registered the code (its hash, on the workshop
 * record), once. Its next sync reads the whole workshop. A code no workshop registered yet is 404
 * `cofacilitator_code_unknown`: the device keeps it and asks again after its next syncs.
 */
export function redeemRoute(store: ServerStore, opts: CofacilitatorRouteOptions) {
  return async (c: Context): Promise<Response> => {
    const key = await facilitator(c, store, opts);
    if (key instanceof Response) return key;
    const read = await readBody(bodyReader(c.req.raw.body), { gzip: false, maxBytes: MAX_BODY_BYTES, timing: opts.uploads });
    if (read.kind === 'too_large') return apiError(c, 413, 'payload_too_large', `the body is larger than ${MAX_BODY_BYTES} bytes`);
    if (read.kind !== 'text') return apiError(c, 400, 'invalid_request', 'the body did not arrive');
    let body: unknown;
    try {
      body = JSON.parse(read.text);
    } catch {
      return apiError(c, 400, 'invalid_json', 'the body is not JSON');
    }
    const parsed = redeemSchema.safeParse(body);
    if (!parsed.success) return apiError(c, 400, 'invalid_request', 'the body is {"code": "<co-facilitator code>"}');
    const code = parseCofacilitatorCode(parsed.data.code);
    if (!code) return apiError(c, 400, 'cofacilitator_code_invalid', 'this is not a co-facilitator code (a letter may be mistyped)');
    const done = await store.redeemCofacilitatorCode(cofacilitatorCodeHash(code), key.hash);
    if (done.status !== 'added') {
      const [status, errorCode, message] = REFUSALS[done.status];
      return apiError(c, status, errorCode, message);
    }
    await tell(store, opts.changes, done.workshopId, key.hash);
    return c.json({ workshopId: done.workshopId });
  };
}

/**
 * DELETE /api/workshops/:id/cofacilitators/:keyId with the owner's key: that co-facilitator no
 * longer reads or writes the workshop; its device's next push there is refused
 * (`cofacilitator_removed`) and kept on it.
 */
export function removeRoute(store: ServerStore, opts: CofacilitatorRouteOptions) {
  return async (c: Context): Promise<Response> => {
    const key = await facilitator(c, store, opts);
    if (key instanceof Response) return key;
    const workshopId = c.req.param('id') ?? '';
    const keyId = c.req.param('keyId') ?? '';
    if (!UUID_V7.test(workshopId) || !KEY_ID_PATTERN.test(keyId)) return apiError(c, 400, 'invalid_request', "the path names a workshop's id and a key's public id");
    const done = await store.removeCofacilitator(workshopId, key.hash, keyId);
    if (done === 'not_owner') return apiError(c, 403, 'forbidden', "only the workshop's owner removes its co-facilitators");
    if (done === 'not_member') return apiError(c, 404, 'not_found', 'this key does not co-facilitate the workshop');
    await tell(store, opts.changes, workshopId, key.hash);
    return c.json({ removed: keyId });
  };
}
