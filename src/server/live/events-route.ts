import type { Context } from 'hono';
import { keyIdOf } from '../../shared/identity/credential.ts';
import { DEVICE_ID_PATTERN } from '../../shared/identity/device-proof.ts';
import type { Access } from '../auth/access.ts';
import { apiError } from '../http/api-error.ts';
import { settleCredential, type Credential } from '../http/credential-gate.ts';
import type { SyncLimiter } from '../http/sync-limits.ts';
import type { ServerStore } from '../store/types.ts';
import type { Watch, Watchers } from './watchers.ts';

/** How many devices may watch at once: in all, per facilitator or coordinator key, and per join link (a whole room shares one). */
export interface LiveLimits {
  maxWatchers: number;
  perKey: number;
  perJoin: number;
}

/**
 * An idle watcher costs a socket and about 45 KB of the server's memory, 20 KB of it live objects
 * (docs/benchmarks.md, "Live room"): ten thousand take about 450 MB. A key serves one
 * facilitator's devices and tabs; a join link, a room of phones.
 */
export const DEFAULT_LIVE_LIMITS: LiveLimits = { maxWatchers: 10_000, perKey: 32, perJoin: 500 };

/** How long a poll waits for a change before it answers "nothing yet"; under the usual 30 to 60 s proxy timeouts. */
const POLL_WAIT_MS = 25_000;
/** A comment line this often keeps proxies and mobile networks from closing an idle stream. */
const HEARTBEAT_MS = 20_000;
/** A stream ends after this long (with jitter) and the device opens a new one: its credential and scopes are checked again. */
const STREAM_MAX_MS = 10 * 60_000;
/** What the browser waits before opening a stream again after it ends. */
const RETRY_MS = 2_000;
/** Some proxies hold back the first bytes of a response: a stream starts with this much padding. */
const PADDING = `:${' '.repeat(2048)}\n\n`;

const SINCE = /^\d{1,15}$/;

/** What a device reads, as a watch: the scopes and kinds its pull would return. */
async function watchOf(access: Access, device: string, notify: (seq: number) => void): Promise<Watch> {
  const scopes = await access.scopes();
  const f = access.filter;
  return {
    device,
    scopes: scopes && new Set(scopes),
    kinds: f && new Set(f.kinds),
    alsoScopes: f?.alsoScopes && new Set(f.alsoScopes),
    alsoKinds: f?.alsoKinds && new Set(f.alsoKinds),
    keyId: access.claimFor === undefined ? undefined : keyIdOf(access.claimFor),
    notify,
  };
}

/**
 * GET /api/events: tells an open device, within a second or so, that changes it reads were
 * stored, so that it pulls them. Two ways, one credential check:
 * - a stream of Server-Sent Events (`event: ready`, then `event: change` with the feed position);
 * - `?mode=poll&since=N`: one answer `{ seq, changed }`, at once when something changed after
 *   position N, else when something does or after 25 s; for networks whose proxies hold streams back.
 * The device names itself (`?device=`), only so that its own pushes are not echoed to it.
 */
export function eventsRoute(store: ServerStore, watchers: Watchers, limiter: SyncLimiter, opts: { trustProxy: number; limits: LiveLimits }) {
  const perCredential = new Map<string, number>();
  let total = 0;
  /** Open streams: how to write to each, and how to end it. */
  const streams = new Map<(text: string) => void, () => void>();
  const heartbeat = setInterval(() => {
    for (const write of streams.keys()) write(': \n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();

  /** A place for one more watcher of this credential, or why there is none. */
  function enter(credential: Credential): (() => void) | 'credential_full' | 'server_full' {
    const cap = credential.kind === 'key' ? opts.limits.perKey : opts.limits.perJoin;
    const mine = perCredential.get(credential.id) ?? 0;
    if (total >= opts.limits.maxWatchers) return 'server_full';
    if (mine >= cap) return 'credential_full';
    total++;
    perCredential.set(credential.id, mine + 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      total--;
      const n = (perCredential.get(credential.id) ?? 1) - 1;
      if (n > 0) perCredential.set(credential.id, n);
      else perCredential.delete(credential.id);
    };
  }

  async function poll(c: Context, access: Access, device: string, since: number | undefined, leave: () => void): Promise<Response> {
    let stop: (() => void) | undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      if (since === undefined) return c.json({ seq: await watchers.latest(), changed: false });
      let heard: (seq: number | undefined) => void = () => undefined;
      const news = new Promise<number | undefined>((resolve) => (heard = resolve));
      const w = await watchOf(access, device, (seq) => heard(seq));
      if (await watchers.changedSince(w, since)) return c.json({ seq: await watchers.latest(), changed: true });
      stop = watchers.watch(w);
      timer = setTimeout(() => heard(undefined), POLL_WAIT_MS);
      c.req.raw.signal.addEventListener('abort', () => heard(undefined), { once: true });
      const seq = await news;
      return c.json({ seq: seq ?? (await watchers.latest()), changed: seq !== undefined });
    } finally {
      clearTimeout(timer);
      stop?.();
      leave();
    }
  }

  async function stream(c: Context, access: Access, device: string, since: number | undefined, leave: () => void): Promise<Response> {
    const encoder = new TextEncoder();
    let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
    let ended = false;
    /** What ends with the stream: its watch and its deadline, once they exist. */
    const held: { stop?: () => void; timer?: NodeJS.Timeout } = {};
    const write = (text: string) => {
      if (ended || !controller) return;
      try {
        controller.enqueue(encoder.encode(text));
      } catch {
        end();
      }
    };
    const end = () => {
      if (ended) return;
      ended = true;
      clearTimeout(held.timer);
      held.stop?.();
      streams.delete(write);
      leave();
      try {
        controller?.close();
      } catch {
        // Already closed by the client going away.
      }
    };
    let w: Watch;
    let latest: number;
    let missed: boolean;
    try {
      w = await watchOf(access, device, (seq) => write(`event: change\ndata: {"seq":${seq}}\n\n`));
      latest = await watchers.latest();
      missed = since !== undefined && (await watchers.changedSince(w, since));
    } catch (err) {
      end();
      throw err;
    }
    const body = new ReadableStream<Uint8Array>({
      start(ctrl) {
        controller = ctrl;
        write(`${PADDING}retry: ${RETRY_MS}\nevent: ready\ndata: {"seq":${latest}}\n\n`);
        if (missed) write(`event: change\ndata: {"seq":${latest}}\n\n`);
      },
      cancel: end,
    });
    held.stop = watchers.watch(w);
    held.timer = setTimeout(end, STREAM_MAX_MS * (0.75 + Math.random() / 2));
    streams.set(write, end);
    c.req.raw.signal.addEventListener('abort', end, { once: true });
    return new Response(body, { headers: { 'content-type': 'text/event-stream; charset=utf-8', 'x-accel-buffering': 'no' } });
  }

  const route = async (c: Context): Promise<Response> => {
    const device = c.req.query('device') ?? '';
    const sinceText = c.req.query('since');
    const mode = c.req.query('mode');
    if (!DEVICE_ID_PATTERN.test(device)) return apiError(c, 400, 'invalid_request', 'the device query parameter must be a device id');
    if (sinceText !== undefined && !SINCE.test(sinceText)) return apiError(c, 400, 'invalid_request', 'since must be a feed position (a whole number)');
    if (mode !== undefined && mode !== 'poll') return apiError(c, 400, 'invalid_request', 'mode must be poll, or left out for a stream of events');
    const settled = await settleCredential(c, store, limiter, opts.trustProxy);
    if ('refused' in settled) {
      const r = settled.refused;
      if (r.retryAfter !== undefined) c.header('Retry-After', String(r.retryAfter));
      return apiError(c, r.status, r.code, r.message);
    }
    const place = enter(settled.credential);
    if (place === 'server_full') {
      c.header('Retry-After', '60');
      return apiError(c, 503, 'server_busy', 'too many devices are watching for changes; sync goes on at its usual pace');
    }
    if (place === 'credential_full') {
      c.header('Retry-After', '60');
      return apiError(c, 429, 'rate_limited', 'too many devices are watching with this key or join link; sync goes on at its usual pace');
    }
    const access = settled.caller(device);
    const since = sinceText === undefined ? undefined : Number(sinceText);
    return mode === 'poll' ? poll(c, access, device, since, place) : stream(c, access, device, since, place);
  };
  /** End every stream (the server is stopping: devices reconnect elsewhere or later). */
  const close = () => {
    clearInterval(heartbeat);
    for (const end of [...streams.values()]) end();
  };
  return Object.assign(route, { close });
}
