import { apiErrorSchema } from '../../../shared/protocol.ts';
import type { Mutation } from '../../../shared/schemas/mutation.ts';
import { MAX_AUTHORS_PER_PUSH, MAX_MUTATIONS_PER_PUSH, pushAcks, REJECTED_ACKS_ONLY, SYNC_ACKS_HEADER, syncResponseSchema, type SyncResponse } from '../../../shared/sync/protocol.ts';
import type { LocalStore } from '../db/store.ts';
import { applySyncResult, rejectedChanges, rejectedMutations, syncCursor } from '../db/sync-state.ts';
import { carries, outboxBatchFor, pendingFor, syncCredentials, type SyncCredential } from '../credentials/credentials.ts';
import { DEVICE_WIDE, SyncFailure } from './failure.ts';
import { retryAfterMs } from './retry-after.ts';
import { signedRequest } from './signed-request.ts';
import { jsonBytes } from '../../../shared/schemas/record-size.ts';
import { redeemWaitingCodes } from './cofacilitation.ts';
import type { SyncStatus } from './status.ts';
import { ANSWER_WAIT, answerTimer, type AnswerWait } from './answer-wait.ts';

/** As many changes a request as the server takes: on a slow link each round trip costs more than the bytes. */
const BATCH = MAX_MUTATIONS_PER_PUSH;
/** The server's wait when it named none, and the longest it is obeyed. */
const DEFAULT_WAIT_MS = 15_000;
const MAX_WAIT_MS = 10 * 60_000;
const REQUEST_TIMEOUT_RETRY_MS = 5_000;
/**
 * The most a push's JSON weighs at first: half the server's default body limit (2 MiB, measured
 * once inflated), so 500 long notes in Arabic (10 KB each) go in several requests instead of
 * none. Halved for as long as the server (or a proxy in front of it, with a smaller limit) answers
 * 413, for the rest of that sync; each sync starts from this size again.
 */
const FIRST_PUSH_BYTES = 1024 * 1024;

/** A body the server will not read, whatever its content: worth sending smaller, not again. */
class BodyTooLarge extends Error {}

/**
 * The oldest changes of `batch` that one request may carry: their JSON within `budget` bytes, and
 * changes of at most MAX_AUTHORS_PER_PUSH other devices (a tablet relaying a large room's ballots,
 * one change per phone); always at least one.
 */
function fitting(batch: readonly Mutation[], budget: number, self: string): Mutation[] {
  let bytes = 0;
  const authors = new Set<string>();
  for (let i = 0; i < batch.length; i++) {
    const m = batch[i]!;
    bytes += jsonBytes(m) + 1;
    if (m.deviceId !== self) authors.add(m.deviceId);
    if (i > 0 && (bytes > budget || authors.size > MAX_AUTHORS_PER_PUSH)) return batch.slice(0, i);
  }
  return [...batch];
}

/** Pushes are gzipped where the browser can (JSON of mutations shrinks about tenfold). */
async function compress(json: string): Promise<{ body: string | ArrayBuffer; encoding?: string }> {
  if (json.length < 1024 || typeof CompressionStream === 'undefined') return { body: json };
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'));
  return { body: await new Response(stream).arrayBuffer(), encoding: 'gzip' };
}

/** The server's wait, at least a second and at most the longest backoff; the base delay when it named none. */
function serverWait(res: Response): number {
  return Math.min(MAX_WAIT_MS, Math.max(1000, retryAfterMs(res.headers.get('retry-after')) ?? DEFAULT_WAIT_MS));
}

/** The JSON of an answer's body, or undefined when it is not JSON; a body that stops coming is the link's fault. */
function jsonOf(res: Response, wait: ReturnType<typeof answerTimer>): Promise<unknown> {
  return wait.json(res).catch(() => {
    throw new SyncFailure('offline');
  });
}

/**
 * The round trips of a sync, loaded with the engine's first sync rather than with the first
 * screen: the engine schedules, this module talks to the server and stores what it answers.
 */
export function createRoundTrips(store: LocalStore, endpoint: string, fetchImpl: typeof fetch, progress: (p: SyncStatus['progress']) => void, answerWait: AnswerWait = ANSWER_WAIT) {
  /** One round trip: push `mutations`, pull from `cursor`; a refusal, a broken answer or one that never comes throws a SyncFailure. */
  async function exchange(key: string, cursor: string | null, mutations: readonly Mutation[]): Promise<SyncResponse> {
    const signed = await signedRequest(store, cursor, mutations);
    if (!signed) throw new SyncFailure('insecure_origin');
    // A browser that fails to compress sends the JSON as it is.
    const { body, encoding } = await compress(signed.json).catch((): { body: string; encoding?: string } => ({ body: signed.json }));
    const wait = answerTimer(typeof body === 'string' ? new Blob([body]).size : body.byteLength, answerWait);
    try {
      return await answerOf(await send(key, body, encoding, signed.headers, wait.signal), wait);
    } finally {
      wait.done();
    }
  }

  async function send(key: string, body: BodyInit, encoding: string | undefined, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
    try {
      return await fetchImpl(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${key}`,
          [SYNC_ACKS_HEADER]: REJECTED_ACKS_ONLY,
          ...headers,
          ...(encoding ? { 'content-encoding': encoding } : {}),
        },
        body,
        signal,
      });
    } catch {
      // No answer in time: the device backs off instead of asking again as soon as the server's
      // health answers, which a long queue on a busy server would only make longer.
      throw new SyncFailure('offline', undefined, signal.aborted);
    }
  }

  /** What an answer says, or the SyncFailure it is. */
  async function answerOf(res: Response, wait: ReturnType<typeof answerTimer>): Promise<SyncResponse> {
    let read: Promise<string | undefined> | undefined;
    // The body is read once, whichever check asks for its code first.
    const errorCode = () => (read ??= jsonOf(res, wait).then((json) => apiErrorSchema().safeParse(json).data?.error.code));
    if (res.status === 426) throw new SyncFailure('protocol_outdated');
    // A proxy's 413 says so in its own words (an HTML page): any but too_many_mutations means the body.
    if (res.status === 413 && (await errorCode()) !== 'too_many_mutations') throw new BodyTooLarge();
    if (res.status === 429) throw new SyncFailure('rate_limited', serverWait(res));
    const code = res.ok ? undefined : await errorCode();
    if (code === 'key_revoked' || code === 'invitation_retired' || code === 'device_unproven') throw new SyncFailure(code);
    if (res.status === 401 || res.status === 403) throw new SyncFailure('unauthorized');
    // A body the server stopped waiting for (a slow link): worth trying again soon, not a fault to back off from.
    if (res.status === 408 || code === 'request_timeout') throw new SyncFailure('request_timeout', REQUEST_TIMEOUT_RETRY_MS);
    if (res.status === 503 && code === 'server_busy') throw new SyncFailure('server_busy', serverWait(res));
    if (!res.ok) throw new SyncFailure('server_error');
    const parsed = syncResponseSchema().safeParse(await jsonOf(res, wait));
    if (!parsed.success) throw new SyncFailure('server_error');
    return parsed.data;
  }

  /**
   * Round trips with one credential until nothing is left either way: it pushes the changes it
   * carries and pulls from its own cursor. Each request leaves as soon as the previous answer
   * arrives, before that answer is stored: the server works on the next batch while the device
   * writes the last one. Should storing fail, the answer in flight is dropped and its batch is
   * simply sent again later (the server acknowledges it as a duplicate).
   */
  let pushBytes = FIRST_PUSH_BYTES;
  async function roundTrips(cred: SyncCredential, all: readonly SyncCredential[]): Promise<void> {
    const key = cred.credential;
    const carried = carries(cred, all);
    const total = await pendingFor(store.db, cred, all);
    let done = 0;
    let sentUpTo: number | undefined;
    /** The oldest changes that fit, fewer while the server finds the body too large; what went, and the answer. */
    const push = async (cursor: string | null, batch: readonly Mutation[]) => {
      for (;;) {
        const mutations = fitting(batch, pushBytes, store.deviceId);
        try {
          const answer = await exchange(key, cursor, mutations);
          if (mutations.length) sentUpTo = mutations.at(-1)!.seq;
          return { mutations, more: mutations.length < batch.length || batch.length === BATCH, answer, setAside: 0 };
        } catch (err) {
          if (!(err instanceof BodyTooLarge)) throw err;
          // Not even a pull goes through: nothing left to leave out.
          if (mutations.length === 0) throw new SyncFailure('server_error');
          if (mutations.length > 1) {
            pushBytes = Math.floor(Math.min(pushBytes, jsonBytes(mutations)) / 2);
            continue;
          }
          // One change alone is more than the server (or a proxy) takes in a body. Unless it takes
          // none at all (then nothing is set aside), the change is refused as a record too large:
          // kept on this device and listed with what to do, and the rest of the sync goes on.
          const answer = await exchange(key, cursor, []).catch((e: unknown) => {
            throw e instanceof BodyTooLarge ? new SyncFailure('server_error') : e;
          });
          await applySyncResult(store.db, { acks: [{ mutationId: mutations[0]!.mutationId, status: 'rejected', code: 'record_too_large' }], changes: [], cursor: '' }, { sent: mutations });
          return { mutations: [], more: true, answer, setAside: 1 };
        }
      }
    };
    const send = (cursor: string | null) => {
      const pushed = outboxBatchFor(store.db, carried, BATCH, sentUpTo).then((batch) => push(cursor, batch));
      pushed.catch(() => undefined); // awaited below; not "unhandled" while the previous answer is stored
      return pushed;
    };
    let current = send(await syncCursor(store.db, key));
    for (;;) {
      const { mutations, more, answer, setAside } = await current;
      const { acks: listed, changes, cursor, hasMore } = answer;
      const acks = pushAcks(mutations, listed);
      const next = hasMore || more ? send(cursor) : undefined;
      await applySyncResult(store.db, { acks, changes, cursor }, { credential: key, sent: mutations });
      // A change set aside is done with too: the progress reaches its total.
      done += acks.length + setAside;
      if (total > BATCH) progress({ done: Math.min(done, total), total });
      if (!next) return;
      current = next;
    }
  }

  /**
   * Every credential in turn, each with the changes it carries: a participant's phone sends each
   * workshop's answers with that workshop's join link, so joining a second workshop strands none of
   * the first. A refusal of one credential (a retired link, a revoked key) does not stop the others;
   * the first failure is what the person sees.
   */
  async function syncAll(): Promise<void> {
    // Codes that make this device's key a co-facilitator go first: the sync then reads their workshops.
    // A link found dead there ends the sync as overdue; any other trouble leaves the codes for the next sync.
    await redeemWaitingCodes(store, endpoint.replace(/sync$/, 'cofacilitators'), fetchImpl, answerWait).catch((err: unknown) => {
      if (err instanceof SyncFailure) throw err;
      console.warn('co-facilitator codes not presented', err);
    });
    pushBytes = FIRST_PUSH_BYTES;
    const all = await syncCredentials(store.db);
    let first: { error: unknown } | undefined;
    for (const cred of all) {
      try {
        await roundTrips(cred, all);
      } catch (err) {
        first ??= { error: err };
        if (!(err instanceof SyncFailure) || DEVICE_WIDE.has(err.code)) break;
      }
    }
    if (first) throw first.error;
  }

  return {
    syncAll,
    rejectedCount: async () => (await rejectedMutations(store.db)).length,
    removedCount: async () => (await rejectedChanges(store.db)).filter((r) => r.code === 'cofacilitator_removed').length,
  };
}
export type RoundTrips = ReturnType<typeof createRoundTrips>;
