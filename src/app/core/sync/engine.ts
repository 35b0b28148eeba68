import type { LocalStore } from '../db/store.ts';
import { lastSyncTime, noteLastSync } from '../db/settings.ts';
import { syncCredentials } from '../credentials/credentials.ts';
import { checkConnection } from './connection.ts';
import { SyncFailure } from './failure.ts';
import type { LiveFeed } from './live.ts';
import { spreadWait } from './retry-after.ts';
import type { RoundTrips } from './round-trips.ts';
import type { AnswerWait } from './answer-wait.ts';
import { createStatus, type SyncStatus } from './status.ts';
import type { PhotoStatus } from './photo-status.ts';
import type { PhotoQueue } from './photo-queue.ts';

const BASE_DELAY_MS = 15_000;
const MAX_DELAY_MS = 10 * 60_000;
/** Offline, how often the server's health is looked at (with jitter): a few bytes, nothing signed. */
const PROBE_MS = 5_000;
const LOCK = 'workshop-companion-sync';
/** How long a person's "Sync now" waits for another tab's sync before leaving it to that tab. */
const LOCK_WAIT_MS = 20_000;

export { ACCESS_KEY } from '../credentials/credentials.ts';

/**
 * The sync engine, headless: it ships the outbox in batches and applies what the server sends, in
 * one round trip per batch, until nothing is left either way. It runs on start, when the browser
 * comes online, when the tab becomes visible, within a second of a saved change or of the server's
 * news of one (see live.ts), on a timer that backs off with jitter after failures, and on "Sync
 * now". One tab at a time syncs (Web Locks); the others see the result in IndexedDB.
 */
export function createSyncEngine(
  store: LocalStore,
  endpoint = '/api/sync',
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  opts: { readyTimeoutMs?: number; probeMs?: number; lockWaitMs?: number; answerWait?: AnswerWait } = {},
) {
  const status = createStatus<SyncStatus>({ state: 'idle', rejected: 0 });
  const photoStatus = createStatus<PhotoStatus>({ sending: false, refused: 0 });
  let queue: Promise<PhotoQueue> | undefined;
  /** Photos' files follow the records: a pass starts once a sync ended well, and never holds one up. */
  const sendPhotos = () =>
    void (queue ??= import('./photo-queue.ts').then((m) => m.createPhotoQueue(store, endpoint.replace(/sync$/, 'photos'), fetchImpl, photoStatus)))
      .then((q) => (stopped ? undefined : q.kick()))
      .catch(() => {
        queue = undefined;
      });
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<boolean> | undefined;
  let stopped = false;
  /** The sync asked to follow the one under way (`fresh`), shared by everyone who asks meanwhile. */
  let rerun: Promise<boolean> | undefined;
  /** Whether a person's press is among those waiting for `rerun`. */
  let rerunAsked = false;
  /** Until then, the device waits for its timer: a backoff after failures, or the server's Retry-After. */
  let holdUntil = 0;
  let lastStart = 0;
  let trips: Promise<RoundTrips> | undefined;
  /** The round trips' module, loaded at the first sync (after the first screen). */
  const roundTrips = () =>
    (trips ??= import('./round-trips.ts').then((m) => m.createRoundTrips(store, endpoint, fetchImpl, (progress) => status.set({ progress }), opts.answerWait))).catch((err: unknown) => {
      trips = undefined;
      throw err;
    });

  async function run(): Promise<void> {
    if ((await syncCredentials(store.db)).length === 0) return void status.set({ state: 'idle', error: 'no_key' });
    // A device with nothing to sync with needs no news: the feed loads with the first credential.
    if (liveWanted) {
      liveWanted = false;
      void startLive().catch((err: unknown) => console.warn('live feed unavailable', err));
    }
    status.set({ state: 'syncing' });
    let retryAfter: number | undefined;
    let rejectedCount = async () => 0;
    try {
      const t = await roundTrips().catch(() => {
        throw new SyncFailure('offline');
      });
      rejectedCount = t.rejectedCount;
      await t.syncAll();
      failures = 0;
      const at = Date.now();
      // Kept for the next load of the app: "Last synced 3 minutes ago" survives a reload.
      await noteLastSync(store.db, at).catch(() => undefined);
      const rejected = await rejectedCount();
      // Removed from a workshop's co-facilitators: the person is told that first, in its own words.
      const removed = rejected ? await t.removedCount() : 0;
      status.set({ state: rejected ? 'error' : 'idle', lastSuccess: at, error: removed ? 'cofacilitator_removed' : rejected ? 'rejected' : undefined, rejected, removed, progress: undefined });
      live?.reachable();
      sendPhotos();
    } catch (err) {
      const failure = err instanceof SyncFailure ? err : undefined;
      // A server that says when to come back is obeyed, and its answer is no fault of the link:
      // the backoff does not grow.
      retryAfter = failure?.retryAfterMs;
      if (retryAfter === undefined) failures++;
      status.set({ state: 'error', error: failure?.code ?? 'server_error', rejected: await rejectedCount().catch(() => 0), progress: undefined });
      // An answer that never came backs off: a health check left from before must not cut that short.
      if (failure?.overdue) clearTimeout(probe);
      else if (failure?.code === 'offline') probeWhileOffline();
    } finally {
      schedule(retryAfter);
      void live?.refresh().catch(() => undefined);
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

  let probe: ReturnType<typeof setTimeout> | undefined;
  /**
   * While the server cannot be reached, its health is looked at every few seconds and a sync runs
   * as soon as it answers. A link may come back with no event at all (a venue's Wi-Fi regaining its
   * uplink, a server restarted), and the backoff meant for a struggling server could then keep a
   * room waiting for minutes. An unreachable server is spared nothing by waiting: nothing reaches it.
   */
  function probeWhileOffline(): void {
    clearTimeout(probe);
    probe = setTimeout(
      () => {
        if (stopped || status.get().error !== 'offline') return;
        void checkConnection(endpoint.replace(/sync$/, 'health'), fetchImpl).then((up) => (up ? void syncNow() : probeWhileOffline()));
      },
      (opts.probeMs ?? PROBE_MS) * (0.5 + Math.random()),
    );
  }

  /** News of changes on the server; loaded after the first screen, once the engine started and has a credential. */
  let live: LiveFeed | undefined;
  let liveWanted = false;
  async function startLive(): Promise<void> {
    const { createLiveFeed } = await import('./live.ts');
    if (stopped) return;
    live = createLiveFeed({
      endpoint: endpoint.replace(/sync$/, 'events'),
      fetchImpl,
      deviceId: store.deviceId,
      credentials: async () => (await syncCredentials(store.db)).map((c) => c.credential),
      outboxNewest: async () => (await store.db.outbox.orderBy('seq').lastKey()) as number | undefined,
      sync: () => void syncNow({ fresh: true }).catch(() => undefined),
      heldUntil: () => (stopped ? Infinity : holdUntil),
      lastStart: () => lastStart,
      ...opts,
    });
    live.start();
  }

  /**
   * Sync now, unless this tab or another is already syncing. `fresh`: the caller needs a sync that
   * starts after its call (a credential just saved, news from the server), so during a sync one more
   * follows it, and the promise ends with that one. Otherwise a call during a sync joins it.
   * `asked`: a person pressed "Sync now": a fresh sync that, when another tab is syncing, waits for
   * it (up to LOCK_WAIT_MS) and then runs, so what the person is told at its end is true of this
   * moment. Ends with whether this tab synced: false when the sync was left to another tab.
   */
  function syncNow(opts: { fresh?: boolean; asked?: boolean } = {}): Promise<boolean> {
    if (running) {
      if (!opts.fresh && !opts.asked) return running;
      // Whoever asks meanwhile shares the one that follows, which waits for the lock if anyone pressed.
      rerunAsked ||= Boolean(opts.asked);
      return (rerun ??= running
        .catch(() => false)
        .then(() => {
          const asked = rerunAsked;
          rerun = undefined;
          rerunAsked = false;
          return !stopped && syncNow({ asked });
        }));
    }
    lastStart = Date.now();
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    const go = locks ? withLock(locks, Boolean(opts.asked)) : run().then(() => true);
    running = go.finally(() => {
      running = undefined;
    });
    return running;
  }

  /**
   * A sync under the device database's lock: tabs of one device take turns, other databases do not
   * wait. Another tab holding it is syncing for both; this one tries again on its own timer, or,
   * asked by a person, runs as soon as that tab's sync ends. A tab whose sync hangs on a stalled
   * link holds the lock: a press gives up waiting after LOCK_WAIT_MS rather than wait with it.
   */
  function withLock(locks: LockManager, asked: boolean): Promise<boolean> {
    const options: LockOptions = asked ? { signal: AbortSignal.timeout(opts.lockWaitMs ?? LOCK_WAIT_MS) } : { ifAvailable: true };
    let ran = false;
    return locks
      .request(`${LOCK}:${store.db.name}`, options, async (lock) => {
        if (!lock || stopped) return schedule();
        ran = true;
        await run();
      })
      .then(
        () => ran,
        // Not granted in time (a press's wait ended): left to the other tab. A sync that failed is not.
        (err: unknown) => {
          if (ran) throw err;
          schedule();
          return false;
        },
      );
  }

  function start() {
    void lastSyncTime(store.db).then((at) => at !== undefined && status.get().lastSuccess === undefined && status.set({ lastSuccess: at }));
    liveWanted = true;
    void syncNow();
    if (typeof window === 'undefined') return;
    window.addEventListener('online', () => void syncNow());
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void syncNow());
  }

  function stop() {
    stopped = true;
    clearTimeout(timer);
    clearTimeout(probe);
    live?.stop();
  }

  /** The owner removes a co-facilitator; the sync that follows brings the workshop's new team. */
  async function removeCofacilitator(workshopId: string, keyId: string) {
    const done = await (await import('./cofacilitation.ts')).removeCofacilitator(store, endpoint.replace(/sync$/, ''), fetchImpl, workshopId, keyId);
    if (done === 'removed') void syncNow({ fresh: true }).catch(() => undefined);
    return done;
  }

  return { status, photoStatus, syncNow, start, stop, removeCofacilitator };
}
export type SyncEngine = ReturnType<typeof createSyncEngine>;
