import { apiErrorSchema } from '../../../shared/protocol.ts';
import type { Mutation } from '../../../shared/schemas/mutation.ts';
import { MAX_MUTATIONS_PER_PUSH, syncResponseSchema, type SyncResponse } from '../../../shared/sync/protocol.ts';
import type { LocalStore } from '../db/store.ts';
import { watch } from '../db/live.ts';
import { applySyncResult, lastSyncTime, noteLastSync, rejectedMutations, syncCursor } from '../db/sync-state.ts';
import { carries, outboxBatchFor, pendingFor, syncCredentials, type SyncCredential } from '../credentials/credentials.ts';
import { createLiveFeed } from './live.ts';
import { retryAfterMs, spreadWait } from './retry-after.ts';
import { signedRequest } from './signed-request.ts';
import { createStatus, type SyncErrorCode } from './status.ts';

/** As many changes a request as the server takes: on a slow link each round trip costs more than the bytes. */
const BATCH = MAX_MUTATIONS_PER_PUSH;
const BASE_DELAY_MS = 15_000;
const MAX_DELAY_MS = 10 * 60_000;
const LOCK = 'workshop-companion-sync';
const REQUEST_TIMEOUT_RETRY_MS = 5_000;
/** A saved change, or news of one on the server, starts a sync once nothing more came for this long… */
const SOON_QUIET_MS = 300;
/** …or this long after the first of a burst at the latest. */
const SOON_MAX_MS = 1_000;
/** Syncs started by news are at least this far apart, however busy the room. */
const SOON_GAP_MS = 1_000;
/** Failures that no other credential of the device would escape: the others are not tried after one. */
const DEVICE_WIDE: ReadonlySet<SyncErrorCode> = new Set(['offline', 'protocol_outdated', 'device_unproven', 'insecure_origin', 'rate_limited', 'server_busy', 'request_timeout']);

export { ACCESS_KEY } from '../credentials/credentials.ts';

/** Pushes are gzipped where the browser can (JSON of mutations shrinks about tenfold). */
async function compress(json: string): Promise<{ body: BodyInit; encoding?: string }> {
  if (json.length < 1024 || typeof CompressionStream === 'undefined') return { body: json };
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'));
  return { body: await new Response(stream).arrayBuffer(), encoding: 'gzip' };
}

/** A failure; `retryAfterMs` when the server said when to come back (busy, or this device too fast). */
class SyncFailure extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly retryAfterMs?: number,
  ) {
    super(code);
  }
}

/** The server's wait, at least a second and at most the longest backoff; the base delay when it named none. */
function serverWait(res: Response): number {
  return Math.min(MAX_DELAY_MS, Math.max(1000, retryAfterMs(res.headers.get('retry-after')) ?? BASE_DELAY_MS));
}

/** The stable error code of a failed answer, if it carries one. */
async function errorCode(res: Response): Promise<string | undefined> {
  return apiErrorSchema().safeParse(await res.json().catch(() => undefined)).data?.error.code;
}

/**
 * The sync engine, headless: it ships the outbox in batches and applies what the server sends, in
 * one round trip per batch, until nothing is left either way. It runs on start, when the browser
 * comes online, when the tab becomes visible, within a second of a saved change or of the server's
 * news of one (see live.ts), on a timer that backs off with jitter after failures, and on "Sync
 * now". One tab at a time syncs (Web Locks); the others see the result in IndexedDB.
 */
export function createSyncEngine(store: LocalStore, endpoint = '/api/sync', fetchImpl: typeof fetch = (input, init) => fetch(input, init), opts: { readyTimeoutMs?: number } = {}) {
  const status = createStatus({ state: 'idle', rejected: 0 });
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let again = false;
  /** Until then, the device waits for its timer: a backoff after failures, or the server's Retry-After. */
  let holdUntil = 0;
  let soonTimer: ReturnType<typeof setTimeout> | undefined;
  let burstStart: number | undefined;
  let lastStart = 0;
  let outboxWatch: { unsubscribe(): void } | undefined;

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
    const total = await pendingFor(store.db, carried);
    let done = 0;
    let sentUpTo: number | undefined;
    const send = async (cursor: string | null) => {
      const mutations = await outboxBatchFor(store.db, carried, BATCH, sentUpTo);
      if (mutations.length) sentUpTo = mutations.at(-1)!.seq;
      const answer = exchange(key, cursor, mutations);
      answer.catch(() => undefined); // awaited below; not "unhandled" while the previous answer is stored
      return { full: mutations.length === BATCH, answer };
    };
    let current = await send(await syncCursor(store.db, key));
    for (;;) {
      const { acks, changes, cursor, hasMore } = await current.answer;
      const next = hasMore || current.full ? await send(cursor) : undefined;
      await applySyncResult(store.db, acks, changes, cursor, Date.now(), key);
      done += acks.length;
      if (total > BATCH) status.set({ progress: { done: Math.min(done, total), total } });
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

  async function run(): Promise<void> {
    if ((await syncCredentials(store.db)).length === 0) return void status.set({ state: 'idle', error: 'no_key' });
    status.set({ state: 'syncing' });
    let retryAfter: number | undefined;
    try {
      await syncAll();
      failures = 0;
      const at = Date.now();
      // Kept for the next load of the app: "Last synced 3 minutes ago" survives a reload.
      await noteLastSync(store.db, at).catch(() => undefined);
      const rejected = (await rejectedMutations(store.db)).length;
      status.set({ state: rejected ? 'error' : 'idle', lastSuccess: at, error: rejected ? 'rejected' : undefined, rejected, progress: undefined });
    } catch (err) {
      const failure = err instanceof SyncFailure ? err : undefined;
      // A server that says when to come back is obeyed, and its answer is no fault of the link:
      // the backoff does not grow.
      retryAfter = failure?.retryAfterMs;
      if (retryAfter === undefined) failures++;
      status.set({ state: 'error', error: failure?.code ?? 'server_error', rejected: (await rejectedMutations(store.db).catch(() => [])).length, progress: undefined });
    } finally {
      schedule(retryAfter);
      void live.refresh().catch(() => undefined);
    }
  }

  function schedule(retryAfter?: number) {
    clearTimeout(timer);
    if (stopped) return;
    // Exponential backoff after failures, with jitter so twenty phones do not retry in step; or the
    // server's wait, spread so that a thousand refused together do not return together.
    const delay = retryAfter !== undefined ? spreadWait(retryAfter) : Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(failures, 6)) * (0.5 + Math.random());
    holdUntil = retryAfter !== undefined || failures > 0 ? Date.now() + delay : 0;
    timer = setTimeout(() => void syncNow(), delay);
  }

  /**
   * Sync within about a second: a change was saved here (or in another tab), or the server says
   * one this device reads arrived. A burst is one sync. A device in backoff, or told by the server
   * when to come back, waits for its timer instead.
   */
  function soon(): void {
    if (stopped || Date.now() < holdUntil) return;
    const now = Date.now();
    burstStart ??= now;
    clearTimeout(soonTimer);
    const at = Math.max(Math.min(now + SOON_QUIET_MS, burstStart + SOON_MAX_MS), lastStart + SOON_GAP_MS);
    soonTimer = setTimeout(() => {
      burstStart = undefined;
      void syncNow({ fresh: true }).catch(() => undefined);
    }, at - now);
  }

  const live = createLiveFeed({
    endpoint: endpoint.replace(/sync$/, 'events'),
    fetchImpl,
    deviceId: store.deviceId,
    credentials: async () => (await syncCredentials(store.db)).map((c) => c.credential),
    onChange: soon,
    ...opts,
  });

  /** Sync now, unless this tab or another is already syncing. */
  function syncNow(opts: { fresh?: boolean } = {}): Promise<void> {
    // `fresh`: something the sync under way did not read yet (a credential just saved): once more
    // right after it. Otherwise a call during a sync joins it.
    if (running) {
      if (opts.fresh) again = true;
      return running;
    }
    lastStart = Date.now();
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    // Another tab holding the lock is syncing for both; this one tries again on its own timer.
    const go = locks ? locks.request(LOCK, { ifAvailable: true }, (lock) => (lock ? run() : schedule())).then(() => undefined) : run();
    running = go.finally(() => {
      running = undefined;
      if (again && !stopped) {
        again = false;
        void syncNow().catch(() => undefined);
      }
    });
    return running;
  }

  function start() {
    void lastSyncTime(store.db).then((at) => at !== undefined && status.get().lastSuccess === undefined && status.set({ lastSuccess: at }));
    void syncNow();
    live.start();
    // Every saved change enters the outbox: a count that grows (here or in another tab) is a change to send.
    let waiting: number | undefined;
    outboxWatch = watch(() => store.db.outbox.count()).subscribe({
      next: (n) => {
        if (waiting !== undefined && n > waiting) soon();
        waiting = n;
      },
    });
    if (typeof window === 'undefined') return;
    window.addEventListener('online', () => void syncNow());
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void syncNow());
  }

  function stop() {
    stopped = true;
    clearTimeout(timer);
    clearTimeout(soonTimer);
    outboxWatch?.unsubscribe();
    live.stop();
  }

  return { status, syncNow, start, stop };
}
export type SyncEngine = ReturnType<typeof createSyncEngine>;
