import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { pino, type Logger } from 'pino';
import { PROTOCOL_VERSION, type Health } from '../../shared/protocol.ts';
import type { ServerStore } from '../store/types.ts';
import { DEFAULT_ADMISSION, type AdmissionLimits } from './admission.ts';
import { apiError } from './api-error.ts';
import { redeemRoute, removeRoute } from './cofacilitator-route.ts';
import { readyRoute } from './ready-route.ts';
import { noteFailure, requestLog } from './request-log.ts';
import { securityHeaders } from './security.ts';
import { serveApp } from './static.ts';
import { createLocalBus, type ChangeBus } from '../live/change-note.ts';
import { DEFAULT_LIVE_LIMITS, eventsRoute, type LiveLimits } from '../live/events-route.ts';
import { createWatchers } from '../live/watchers.ts';
import { DEFAULT_PHOTO_BUDGETS, type PhotoBudgets } from './photo-budgets.ts';
import { photoReadRoute } from './photo-read.ts';
import { photoPutRoute } from './photo-route.ts';
import { createSyncLimiter, DEFAULT_SYNC_LIMITS, type SyncLimits } from './sync-limits.ts';
import { syncRoute } from './sync-route.ts';
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from './upload-limits.ts';

export interface AppOptions {
  store: ServerStore;
  /** Budgets per credential (requests, records, bytes) and of failed authentications per address. */
  limits?: SyncLimits;
  /** Deadlines of request bodies, and how many are read at once. */
  uploads?: UploadLimits;
  /** What one key may send and keep of photos' files. */
  photos?: PhotoBudgets;
  /** Sync requests served at once and waiting before the server answers 503 server_busy. */
  admission?: AdmissionLimits;
  /** Reverse proxies in front whose X-Forwarded-For is believed (0: none). */
  trustProxy?: number;
  /** The clock budgets refill by, in milliseconds (Date.now unless a test moves time on). */
  clock?: () => number;
  /** Carries what pushes stored to the devices watching (one process's own when absent). */
  changes?: ChangeBus;
  /** How many devices may watch for changes at once. */
  live?: LiveLimits;
  /** Where each request's line goes (silent when absent: tests build many apps). */
  logger?: Logger;
  /** How long /api/ready waits for the database (2 s when absent). */
  readyTimeoutMs?: number;
  staticDir: string;
  version: string;
  bodyLimit: number;
}

/** Socket errors of a client that went away; not the server's fault, and worth no stack trace. */
const CLIENT_GONE = new Set(['ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE']);

function clientWentAway(err: Error, c: Context): boolean {
  const code = 'code' in err ? err.code : undefined;
  return c.req.raw.signal.aborted || err.name === 'AbortError' || (typeof code === 'string' && CLIENT_GONE.has(code));
}

export function createApp(opts: AppOptions): Hono & { stopWatching(): void; drain(): void } {
  const app = new Hono();
  let draining = false;
  const limits = opts.limits ?? DEFAULT_SYNC_LIMITS;
  // One budget per credential, whichever route spends it.
  const limiter = createSyncLimiter(limits, opts.clock);
  const changes = opts.changes ?? createLocalBus();
  const watchers = createWatchers(changes, () => opts.store.feedPosition());
  const events = eventsRoute(opts.store, watchers, limiter, { trustProxy: opts.trustProxy ?? 0, limits: opts.live ?? DEFAULT_LIVE_LIMITS });
  // Outermost: it sees the answer as sent, compressed and with its headers.
  app.use('*', requestLog(opts.logger ?? pino({ level: 'silent' })));
  app.use('*', securityHeaders);
  app.use('*', compress());

  const api = new Hono();
  api.use('*', async (c, next) => {
    await next();
    // A photo's file never changes for its hash and says how long it may be kept; nothing else is kept.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  // The sync route reads its own body, with a size cap and a deadline, once its key is settled.
  api.post(
    '/sync',
    syncRoute(opts.store, {
      bodyLimit: opts.bodyLimit,
      limits,
      limiter,
      changes,
      uploads: opts.uploads ?? DEFAULT_UPLOAD_LIMITS,
      admission: opts.admission ?? DEFAULT_ADMISSION,
      trustProxy: opts.trustProxy ?? 0,
      clock: opts.clock,
    }),
  );
  // A photo's file has its own size limits (its record's), and its own deadline.
  const photoOptions = { limiter, trustProxy: opts.trustProxy ?? 0 };
  api.put('/photos/:hash', photoPutRoute(opts.store, { ...photoOptions, photos: opts.photos ?? DEFAULT_PHOTO_BUDGETS, uploads: opts.uploads ?? DEFAULT_UPLOAD_LIMITS, clock: opts.clock }));
  // HEAD is answered by the GET route, without a body.
  api.get('/photos/:hash', photoReadRoute(opts.store, { ...photoOptions, maxMs: (opts.photos ?? DEFAULT_PHOTO_BUDGETS).maxMs }));
  // No other API route reads a body, so none is read: a declared size over the limit is refused.
  api.use('*', async (c: Context, next) => {
    if (Number(c.req.header('content-length') ?? 0) > opts.bodyLimit) return apiError(c, 413, 'payload_too_large', `request body is larger than ${opts.bodyLimit} bytes`);
    await next();
  });
  api.get('/events', events);
  const team = { limiter, trustProxy: opts.trustProxy ?? 0, uploads: opts.uploads ?? DEFAULT_UPLOAD_LIMITS, changes };
  api.post('/cofacilitators', redeemRoute(opts.store, team));
  api.delete('/workshops/:id/cofacilitators/:keyId', removeRoute(opts.store, team));
  api.get('/health', async (c) => {
    await opts.store.ping();
    return c.json({ status: 'ok', version: opts.version, protocolVersion: PROTOCOL_VERSION, storage: opts.store.kind } satisfies Health);
  });
  api.get(
    '/ready',
    readyRoute(opts.store, () => draining, opts.readyTimeoutMs),
  );
  // A sub-app's notFound is not consulted once mounted, so unknown API paths end in this catch-all.
  api.all('*', (c) => apiError(c, 404, 'not_found', `no API route ${c.req.method} ${new URL(c.req.url).pathname}`));
  api.onError((err, c) => {
    // The request's log line tells what happened (with the stack of a real failure), once.
    const gone = clientWentAway(err, c);
    noteFailure(c, err, gone);
    if (gone) return apiError(c, 400, 'invalid_request', 'the request did not arrive');
    return apiError(c, 500, 'internal', 'the server failed; the request can be retried');
  });
  app.route('/api', api);

  app.get('*', serveApp(opts.staticDir));
  app.notFound((c) => c.text('Not found', 404));
  app.onError((err, c) => {
    noteFailure(c, err, clientWentAway(err, c));
    return c.text('Internal Server Error', 500);
  });
  return Object.assign(app, {
    /** From now on /api/ready answers 503: the process is stopping. */
    drain() {
      draining = true;
    },
    stopWatching() {
      events.close();
      watchers.close();
    },
  });
}
