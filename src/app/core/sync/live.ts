import { watch } from '../db/live.ts';
import { retryAfterMs } from './retry-after.ts';

/** A stream that has not said "ready" by then is held back by something on the way: poll instead. */
const READY_TIMEOUT_MS = 5_000;
const RETRY_MIN_MS = 1_000;
/** The wait before opening a stream again that the server ended, as its `retry:` line says. */
const STREAM_RETRY_MS = 2_000;
const RETRY_MAX_MS = 60_000;
/** Devices watched with at most this many credentials at once (a browser opens six connections to a server). */
const MAX_FOLLOWED = 3;
/** A saved change, or news of one on the server, starts a sync once nothing more came for this long… */
const SOON_QUIET_MS = 300;
/** …or this long after the first of a burst at the latest. */
const SOON_MAX_MS = 1_000;
/** Syncs started by news are at least this far apart, however busy the room. */
const SOON_GAP_MS = 1_000;

/** An answer that ends the watch with this credential until the credentials change (a retired link, a revoked key). */
class Refused extends Error {}
class Wait extends Error {
  constructor(readonly ms: number) {
    super('wait');
  }
}

export interface LiveFeedOptions {
  deviceId: string;
  /** The credentials to watch with, in the engine's order. */
  credentials: () => Promise<readonly string[]>;
  /**
   * The newest change in the outbox (its device sequence number; undefined when empty): a higher one,
   * written here or in another tab, is a change to send. Not the count, which a sync emptying the
   * outbox as a change arrives can leave where it was.
   */
  outboxNewest: () => Promise<number | undefined>;
  /** Sync (the engine's "Sync now", with one more after a sync under way). */
  sync: () => void;
  /** Until then the engine waits for its own timer (a backoff, or the server's Retry-After). */
  heldUntil: () => number;
  /** When the engine last started a sync. */
  lastStart: () => number;
  endpoint?: string;
  fetchImpl?: typeof fetch;
  /** How long a stream may take to say "ready" before the feed polls instead. */
  readyTimeoutMs?: number;
}

/** Waits `ms`, or less when `wake` is called or `signal` aborts. */
function sleep(ms: number, signal: AbortSignal, wakers: Set<() => void>): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      wakers.delete(done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    wakers.add(done);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** The events of a text/event-stream body, as they complete. */
async function* serverEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<{ event: string; data: string }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        let data = '';
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data += line.slice(5).trim();
        }
        if (!block.startsWith(':')) yield { event, data };
      }
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

const seqOf = (data: string): number | undefined => {
  try {
    const seq = (JSON.parse(data) as { seq?: unknown }).seq;
    return typeof seq === 'number' ? seq : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Keeps the room live: a change saved here leaves within a second, and this device is told, within
 * a second or so, of changes on the server that it reads, so that it pulls them then rather than
 * at its next timed sync: a room's answers reach the projector as they are given. One watch per
 * credential: a stream of events, or long polls when the stream is held back on the way (a proxy
 * that buffers). Watching stops while the page is hidden and when
 * the browser is offline, and starts again with it. Failures only slow it down: sync goes on at its
 * own pace whatever happens here.
 */
export function createLiveFeed(opts: LiveFeedOptions) {
  let soonTimer: ReturnType<typeof setTimeout> | undefined;
  let burstStart: number | undefined;
  /**
   * Sync within about a second: a change was saved, or the server says one this device reads
   * arrived. A burst is one sync. A device in backoff, or told by the server when to come back,
   * waits for its timer instead.
   */
  function soon(): void {
    const now = Date.now();
    if (now < opts.heldUntil()) return;
    burstStart ??= now;
    clearTimeout(soonTimer);
    const at = Math.max(Math.min(now + SOON_QUIET_MS, burstStart + SOON_MAX_MS), opts.lastStart() + SOON_GAP_MS);
    soonTimer = setTimeout(() => {
      burstStart = undefined;
      opts.sync();
    }, at - now);
  }
  let outboxWatch: { unsubscribe(): void } | undefined;

  const endpoint = opts.endpoint ?? '/api/events';
  const fetchImpl = opts.fetchImpl ?? ((input, init) => fetch(input, init));
  const wakers = new Set<() => void>();
  /** Sleeps after a failed link, ended early when a sync shows the server answers again. */
  const linkWakers = new Set<() => void>();
  let controller: AbortController | undefined;
  let followed: readonly string[] = [];
  /** Once a stream was held back, this page polls. */
  let polling = false;
  const refused = new Set<string>();
  let started = false;

  const url = (params: Record<string, string | undefined>) => {
    const q = new URLSearchParams({ device: opts.deviceId });
    for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, v);
    return `${endpoint}?${q}`;
  };

  async function request(credential: string, params: Record<string, string | undefined>, signal: AbortSignal): Promise<Response> {
    const res = await fetchImpl(url(params), { headers: { authorization: `Bearer ${credential}` }, signal, cache: 'no-store' });
    if (res.status === 401 || res.status === 403) throw new Refused();
    if (res.status === 429 || res.status === 503) throw new Wait(retryAfterMs(res.headers.get('retry-after')) ?? RETRY_MAX_MS);
    if (!res.ok) throw new Error(`events: ${res.status}`);
    return res;
  }

  /** One stream, until it ends; 'held' when it did not say ready in time. */
  async function stream(credential: string, since: { seq?: number }, signal: AbortSignal): Promise<'ended' | 'held'> {
    const mine = new AbortController();
    const abort = () => mine.abort();
    signal.addEventListener('abort', abort, { once: true });
    let ready = false;
    const held = setTimeout(() => !ready && mine.abort(), opts.readyTimeoutMs ?? READY_TIMEOUT_MS);
    try {
      const res = await request(credential, { since: since.seq?.toString() }, mine.signal);
      if (!res.body) return 'held';
      for await (const e of serverEvents(res.body)) {
        const seq = seqOf(e.data);
        if (seq !== undefined) since.seq = Math.max(since.seq ?? 0, seq);
        if (e.event === 'ready') ready = true;
        if (e.event === 'change') soon();
      }
      return 'ended';
    } catch (err) {
      if (!ready && !signal.aborted && mine.signal.aborted) return 'held';
      throw err;
    } finally {
      clearTimeout(held);
      signal.removeEventListener('abort', abort);
    }
  }

  async function poll(credential: string, since: { seq?: number }, signal: AbortSignal): Promise<void> {
    const res = await request(credential, { mode: 'poll', since: since.seq?.toString() }, signal);
    const answer = (await res.json()) as { seq?: unknown; changed?: unknown };
    if (typeof answer.seq === 'number') since.seq = answer.seq;
    if (answer.changed === true) soon();
  }

  async function follow(credential: string, signal: AbortSignal): Promise<void> {
    const since: { seq?: number } = {};
    let failures = 0;
    while (!signal.aborted) {
      try {
        if (polling) await poll(credential, since, signal);
        else if ((await stream(credential, since, signal)) === 'held') polling = true;
        // A stream the server ended (after ten minutes, or as it stops) opens again after the wait
        // it asks for (`retry:`), spread, so that a room does not come back in one burst.
        else await sleep(STREAM_RETRY_MS * (0.75 + Math.random() / 2), signal, wakers);
        failures = 0;
      } catch (err) {
        if (signal.aborted) return;
        if (err instanceof Refused) return void refused.add(credential);
        failures++;
        const wait = err instanceof Wait ? err.ms : Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** Math.min(failures, 6));
        // A wait the server asked for is kept; one after a failed link ends when the link is back.
        await sleep(wait * (0.75 + Math.random() / 2), signal, err instanceof Wait ? wakers : linkWakers);
      }
    }
  }

  function stop(): void {
    controller?.abort();
    controller = undefined;
    followed = [];
  }

  /** Watch with the device's current credentials (again, when they changed). */
  async function refresh(): Promise<void> {
    const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    if (!started || hidden || offline) return stop();
    const wanted = (await opts.credentials()).filter((c) => !refused.has(c)).slice(0, MAX_FOLLOWED);
    if (controller && wanted.length === followed.length && wanted.every((c, i) => c === followed[i])) return;
    stop();
    if (wanted.length === 0) return;
    const c = new AbortController();
    controller = c;
    followed = wanted;
    for (const credential of wanted) void follow(credential, c.signal);
  }

  function start(): void {
    started = true;
    void refresh();
    let newest: number | undefined;
    let seen = false;
    outboxWatch = watch(opts.outboxNewest).subscribe({
      next: (n) => {
        if (seen && n !== undefined && (newest === undefined || n > newest)) soon();
        seen = true;
        if (n !== undefined) newest = Math.max(newest ?? n, n);
      },
    });
    if (typeof window === 'undefined') return;
    window.addEventListener('online', () => {
      for (const wake of [...wakers, ...linkWakers]) wake();
      void refresh();
    });
    window.addEventListener('offline', stop);
    document.addEventListener('visibilitychange', () => void refresh());
  }

  return {
    start,
    stop: () => {
      started = false;
      clearTimeout(soonTimer);
      outboxWatch?.unsubscribe();
      stop();
    },
    refresh,
    /** The server answered (a sync went through): a stream waiting out a failed link opens now. */
    reachable: () => {
      for (const wake of [...linkWakers]) wake();
    },
  };
}
export type LiveFeed = ReturnType<typeof createLiveFeed>;
