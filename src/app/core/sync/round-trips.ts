import { apiErrorSchema } from '../../../shared/protocol.ts';
import type { Mutation } from '../../../shared/schemas/mutation.ts';
import { MAX_MUTATIONS_PER_PUSH, syncResponseSchema, type SyncResponse } from '../../../shared/sync/protocol.ts';
import type { LocalStore } from '../db/store.ts';
import { applySyncResult, rejectedChanges, rejectedMutations, syncCursor } from '../db/sync-state.ts';
import { carries, outboxBatchFor, pendingFor, syncCredentials, type SyncCredential } from '../credentials/credentials.ts';
import { DEVICE_WIDE, SyncFailure } from './failure.ts';
import { retryAfterMs } from './retry-after.ts';
import { signedRequest } from './signed-request.ts';
import { redeemWaitingCodes } from './cofacilitation.ts';
import type { SyncStatus } from './status.ts';

/** As many changes a request as the server takes: on a slow link each round trip costs more than the bytes. */
const BATCH = MAX_MUTATIONS_PER_PUSH;
/** The server's wait when it named none, and the longest it is obeyed. */
const DEFAULT_WAIT_MS = 15_000;
const MAX_WAIT_MS = 10 * 60_000;
const REQUEST_TIMEOUT_RETRY_MS = 5_000;

/** Pushes are gzipped where the browser can (JSON of mutations shrinks about tenfold). */
async function compress(json: string): Promise<{ body: BodyInit; encoding?: string }> {
  if (json.length < 1024 || typeof CompressionStream === 'undefined') return { body: json };
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'));
  return { body: await new Response(stream).arrayBuffer(), encoding: 'gzip' };
}

/** The server's wait, at least a second and at most the longest backoff; the base delay when it named none. */
function serverWait(res: Response): number {
  return Math.min(MAX_WAIT_MS, Math.max(1000, retryAfterMs(res.headers.get('retry-after')) ?? DEFAULT_WAIT_MS));
}

/** The stable error code of a failed answer, if it carries one. */
async function errorCode(res: Response): Promise<string | undefined> {
  return apiErrorSchema().safeParse(await res.json().catch(() => undefined)).data?.error.code;
}

/**
 * The round trips of a sync, loaded with the engine's first sync rather than with the first
 * screen: the engine schedules, this module talks to the server and stores what it answers.
 */
export function createRoundTrips(store: LocalStore, endpoint: string, fetchImpl: typeof fetch, progress: (p: SyncStatus['progress']) => void) {
  /** One round trip: push `mutations`, pull from `cursor`; a refusal or a broken answer throws a SyncFailure. */
  async function exchange(key: string, cursor: string | null, mutations: readonly Mutation[]): Promise<SyncResponse> {
    let res: Response;
    const signed = await signedRequest(store, cursor, mutations);
    if (!signed) throw new SyncFailure('insecure_origin');
    try {
      const { body, encoding } = await compress(signed.json);
      res = await fetchImpl(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...signed.headers, ...(encoding ? { 'content-encoding': encoding } : {}) },
        body,
      });
    } catch {
      throw new SyncFailure('offline');
    }
    if (res.status === 426) throw new SyncFailure('protocol_outdated');
    if (res.status === 429) throw new SyncFailure('rate_limited', serverWait(res));
    const code = res.ok ? undefined : await errorCode(res);
    if (code === 'key_revoked' || code === 'invitation_retired' || code === 'device_unproven') throw new SyncFailure(code);
    if (res.status === 401 || res.status === 403) throw new SyncFailure('unauthorized');
    // A body the server stopped waiting for (a slow link): worth trying again soon, not a fault to back off from.
    if (res.status === 408 || code === 'request_timeout') throw new SyncFailure('request_timeout', REQUEST_TIMEOUT_RETRY_MS);
    if (res.status === 503 && code === 'server_busy') throw new SyncFailure('server_busy', serverWait(res));
    if (!res.ok) throw new SyncFailure('server_error');
    const parsed = syncResponseSchema().safeParse(await res.json().catch(() => undefined));
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
  async function roundTrips(cred: SyncCredential, all: readonly SyncCredential[]): Promise<void> {
    const key = cred.credential;
    const carried = carries(cred, all);
    const total = await pendingFor(store.db, cred, all);
    let done = 0;
    let sentUpTo: number | undefined;
    const send = async (cursor: string | null) => {
      const mutations = await outboxBatchFor(store.db, carried, BATCH, sentUpTo);
      if (mutations.length) sentUpTo = mutations.at(-1)!.seq;
      const answer = exchange(key, cursor, mutations);
      answer.catch(() => undefined); // awaited below; not "unhandled" while the previous answer is stored
      return { mutations, full: mutations.length === BATCH, answer };
    };
    let current = await send(await syncCursor(store.db, key));
    for (;;) {
      const { acks, changes, cursor, hasMore } = await current.answer;
      const next = hasMore || current.full ? await send(cursor) : undefined;
      await applySyncResult(store.db, { acks, changes, cursor }, { credential: key, sent: current.mutations });
      done += acks.length;
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
    await redeemWaitingCodes(store, endpoint.replace(/sync$/, 'cofacilitators'), fetchImpl).catch((err: unknown) => console.warn('co-facilitator codes not presented', err));
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
