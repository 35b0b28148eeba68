import type { Context } from 'hono';
import { PROTOCOL_VERSION } from '../../shared/protocol.ts';
import { pullCursorParts, pullCursorText } from '../../shared/sync/pull-cursor.ts';
import { MAX_CHANGES_PER_PULL, MAX_MUTATIONS_PER_PUSH, shownAcks, SYNC_ACKS_HEADER, syncRequestSchema, type Change } from '../../shared/sync/protocol.ts';
import type { Access } from '../auth/access.ts';
import { judgeAuthors, senderIsProven } from '../auth/proofs.ts';
import { DEVICE_SIGNATURE_HEADER } from '../../shared/identity/device-proof.ts';
import type { Mutation } from '../../shared/schemas/mutation.ts';
import type { Allowed } from '../../shared/rights/batch-view.ts';
import type { ServerStore } from '../store/types.ts';
import { admit, createAdmissionGate, type AdmissionLimits } from './admission.ts';
import { apiError } from './api-error.ts';
import { bodyReader } from './body-reader.ts';
import { keyIdOf } from '../../shared/identity/credential.ts';
import { noteOfPush, type ChangeBus } from '../live/change-note.ts';
import { settleCredential, type Caller, type Credential } from './credential-gate.ts';
import { createDiscarder } from './discard-body.ts';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.ts';
import { readBody } from './read-body.ts';
import { refuse } from './refusal.ts';
import { syncAnswer } from './sync-answer.ts';
import { noteFailure } from './request-log.ts';
import { createSyncLimiter, type SyncLimiter, type SyncLimits } from './sync-limits.ts';
import { createUploadSlots, type UploadLimits } from './upload-limits.ts';

/** What a participant sees in place of the device that wrote a record. */
const HIDDEN_DEVICE = 'hidden';

export interface SyncRouteOptions {
  /** Largest body, on the wire and, for a gzip body, once inflated. */
  bodyLimit: number;
  limits: SyncLimits;
  uploads: UploadLimits;
  admission: AdmissionLimits;
  /** Reverse proxies in front of the server whose X-Forwarded-For is believed (0: none). */
  trustProxy: number;
  /** The clock budgets refill by (Date.now unless a test moves time on). */
  clock?: () => number;
  /** Budgets shared with the other routes a credential uses (made from `limits` when absent). */
  limiter?: SyncLimiter;
  /** Tells the devices watching for changes what a push stored. */
  changes?: ChangeBus;
}

/** A change as a participant's device reads it: no writer's device, no team nor co-facilitator code. */
function hideFrom(access: Access, change: Change): void {
  const record = change.record;
  if (access.hideDevices) record.deviceId = HIDDEN_DEVICE;
  if (access.hideFacilitation && change.kind === 'workshop') {
    delete record.team;
    delete record.cofacilitatorCode;
  }
}

function rateLimited(c: Context, retryAfterSeconds: number, what: string): Response {
  c.header('Retry-After', String(retryAfterSeconds));
  return apiError(c, 429, 'rate_limited', `too many ${what} with this key or join link; try again after Retry-After seconds`);
}

/**
 * POST /api/sync: push a batch, then pull a page of the change feed, in one round trip.
 * Bad input always gets a 4xx with a stable code; nothing is written unless the request is valid
 * and its key may write each mutation's scope.
 *
 * In this order, so that what costs most is spent last and only on valid credentials:
 * 1. The credential is settled (a lookup) before anything of the body is read. A request without a
 *    valid one takes no upload place and no processing slot, and its body is only discarded.
 *    Credentials not seen valid lately are held back first by the failed attempts of their address.
 * 2. The credential's request budget; a declared size over the limit or over its byte budget.
 * 3. The body is read with a size cap and a deadline, in an upload place (in all, and per credential).
 * 4. Only then, body in memory, the request waits for a processing slot (admission), where it is
 *    parsed, checked against the credential's record budget, and applied.
 * Every refusal before the body's end discards the rest, so that the client sees its status.
 */
export function syncRoute(store: ServerStore, opts: SyncRouteOptions) {
  const limiter = opts.limiter ?? createSyncLimiter(opts.limits, opts.clock);
  const uploads = createUploadSlots(opts.uploads);
  const discarder = createDiscarder(opts.uploads);
  const gate = createAdmissionGate(opts.admission);

  /** A request whose credential is valid and whose body is in memory, inside a processing slot. */
  async function handle(c: Context, text: string, caller: Caller, credential: Credential): Promise<Response> {
    let body: unknown;
    try {
      if (nestsDeeperThan(text, MAX_JSON_DEPTH)) return apiError(c, 400, 'invalid_request', `the body nests deeper than ${MAX_JSON_DEPTH} levels`);
      body = JSON.parse(text);
    } catch {
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
    // Every mutation sent counts, duplicates and refusals too: it is the work of reading and judging it.
    const recordsWait = limiter.take(credential.kind, credential.id, 'records', parsed.data.mutations.length);
    if (recordsWait !== undefined) return rateLimited(c, recordsWait, 'changes');
    // A device may relay another device's changes (a file of pending changes carried over):
    // each keeps its own mutation id, so the server applies it once whoever sends it.
    const req = parsed.data;
    // The sender's id is what its key proves, never what it claims: rights and reads rest on it.
    if (!senderIsProven(text, c.req.header(DEVICE_SIGNATURE_HEADER) ?? undefined, req)) {
      return apiError(c, 401, 'device_unproven', 'the request is not signed by the device it names; please update the app');
    }
    const access = caller(req.deviceId);
    const verdicts = await judgeAuthors(store, req, access);
    const allowed: Allowed = (m, creator, view) => {
      const v = verdicts.get(m);
      return v === undefined ? 'forbidden' : typeof v === 'string' ? v : v.denies(m, creator, view);
    };
    const claimant = (m: Mutation) => {
      const v = verdicts.get(m);
      return typeof v === 'object' ? v.claimFor : undefined;
    };
    // What this push wrote and the device already holds is not echoed back in the pull below.
    const { acks, known, last } = req.mutations.length ? await store.push(req.mutations, allowed, req.deviceId, claimant) : { acks: [], known: [], last: 0 };
    // Open devices that read what was stored hear of it now, and pull.
    // After this answer is on its way: telling a thousand watchers should not delay the pusher.
    if (last > 0 && opts.changes) {
      const note = noteOfPush(req.mutations, acks, last, req.deviceId, access.claimFor && keyIdOf(access.claimFor));
      const bus = opts.changes;
      setImmediate(() => bus.publish(note));
    }
    const cursor = req.cursor === null ? { last: 0, restart: 0 } : pullCursorParts(req.cursor)!;
    // A key made co-facilitator after this cursor never read that workshop's past: pull from the
    // start, with the membership's position in the cursor, so the next pages go on from where this
    // one ends until they pass it (a restart already underway for that membership goes on).
    const joined = (await access.joinedSince?.()) ?? 0;
    const restarts = joined > cursor.last && joined > cursor.restart;
    const from = restarts ? 0 : cursor.last;
    const restart = restarts ? joined : cursor.restart;
    const held = new Set(known);
    // The positions right after the cursor that this push wrote, and the device holds, are passed
    // without reading them (a device that had pulled everything before pushing reads nothing).
    let start = from;
    while (held.has(start + 1)) start++;
    const page = await store.pull(start, await access.scopes(), MAX_CHANGES_PER_PULL, access.filter, held, true);
    page.cursor = pullCursorText(Number(page.cursor), restart);
    // Made co-facilitator while this pull ran: its scopes may have been read before; the same page comes again, then the workshop's past.
    if (((await access.joinedSince?.()) ?? 0) !== joined) Object.assign(page, { cursor: pullCursorText(from, restart), hasMore: true });
    // Participants' pages are parsed here anyway (to hide devices); facilitators' go out as stored.
    if (access.hideDevices || access.hideFacilitation) for (const change of page.changes) hideFrom(access, change);
    return syncAnswer(c, { protocolVersion: PROTOCOL_VERSION, acks: shownAcks(acks, c.req.header(SYNC_ACKS_HEADER)), ...page });
  }

  return async (c: Context): Promise<Response> => {
    const body = bodyReader(c.req.raw.body);
    const settled = await settleCredential(c, store, limiter, opts.trustProxy);
    if ('refused' in settled) {
      const r = settled.refused;
      return refuse(c, body, discarder, r.status, r.code, r.message, r.retryAfter);
    }
    const { caller, credential, address } = settled;

    const gzip = (c.req.header('content-encoding') ?? '').toLowerCase() === 'gzip';
    const declared = Number(c.req.header('content-length') ?? Number.NaN);
    if (declared > opts.bodyLimit) return refuse(c, body, discarder, 413, 'payload_too_large', `the body is larger than ${opts.bodyLimit} bytes`);
    // A gzip body's length says little of its inflated size, which is what the byte budget counts.
    if (!gzip && declared > 0 && !limiter.has(credential.kind, credential.id, 'bytes', declared)) {
      return refuse(
        c,
        body,
        discarder,
        429,
        'rate_limited',
        'too many bytes with this key or join link; try again after Retry-After seconds',
        limiter.wait(credential.kind, credential.id, 'bytes', declared),
      );
    }
    // Reading a body only to refuse it for want of a slot would waste the link: ask the gate first.
    if (gate.full) return refuse(c, body, discarder, 503, 'server_busy', 'the server is busy; try again after Retry-After seconds', gate.retryAfterSeconds());
    const place = uploads.enter(credential.id);
    if (place === 'credential_full') return refuse(c, body, discarder, 429, 'rate_limited', 'too many bodies at once with this key or join link; try again after Retry-After seconds', 1);
    if (place === 'server_full') return refuse(c, body, discarder, 503, 'server_busy', 'the server is receiving too many bodies; try again after Retry-After seconds', gate.retryAfterSeconds());
    let read: Awaited<ReturnType<typeof readBody>>;
    try {
      read = await readBody(body, { gzip, maxBytes: opts.bodyLimit, timing: opts.uploads });
    } finally {
      place();
    }
    if (read.kind === 'too_large') return refuse(c, body, discarder, 413, 'payload_too_large', `the body is larger than ${opts.bodyLimit} bytes${gzip ? ' once uncompressed' : ''}`);
    if (read.kind === 'bad_gzip') return refuse(c, body, discarder, 400, 'invalid_json', 'the body is not JSON (or not valid gzip)');
    if (read.kind === 'timeout') {
      // Too slow to wait for: the connection is closed after the answer, whatever is still coming.
      c.header('Connection', 'close');
      return apiError(c, 408, 'request_timeout', 'the body did not arrive in time');
    }
    if (read.kind === 'gone') {
      noteFailure(c, new Error(`the client (${address}) closed the connection before its body arrived`), true);
      return apiError(c, 400, 'invalid_request', 'the body did not arrive');
    }
    const bytesWait = limiter.take(credential.kind, credential.id, 'bytes', read.bytes);
    if (bytesWait !== undefined) return rateLimited(c, bytesWait, 'bytes');

    const release = await admit(c, gate, read.bytes);
    if (release instanceof Response) return release;
    try {
      return await handle(c, read.text, caller, credential);
    } finally {
      release();
    }
  };
}
