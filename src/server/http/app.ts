import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { PROTOCOL_VERSION, type Health } from '../../shared/protocol.ts';
import type { ServerStore } from '../store/types.ts';
import { admission, createAdmissionGate, DEFAULT_ADMISSION, type AdmissionLimits } from './admission.ts';
import { apiError } from './api-error.ts';
import { securityHeaders } from './security.ts';
import { serveApp } from './static.ts';
import { syncRoute } from './sync-route.ts';

export interface AppOptions {
  store: ServerStore;
  /** Sync requests allowed per key: a burst, then a steady rate per second. */
  rateLimit?: { burst: number; perSecond: number };
  /** Sync requests served at once and waiting before the server answers 503 server_busy. */
  admission?: AdmissionLimits;
  staticDir: string;
  version: string;
  bodyLimit: number;
}

export function createApp(opts: AppOptions): Hono {
  const app = new Hono();
  app.use('*', securityHeaders);
  app.use('*', compress());

  const api = new Hono();
  api.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  // Before the body limit, which reads bodies sent without a length: a refused sync reads nothing.
  api.post('/sync', admission(createAdmissionGate(opts.admission ?? DEFAULT_ADMISSION)));
  api.use(
    '*',
    bodyLimit({
      maxSize: opts.bodyLimit,
      onError: (c) => apiError(c, 413, 'payload_too_large', `request body is larger than ${opts.bodyLimit} bytes`),
    }),
  );
  api.get('/health', async (c) => {
    await opts.store.ping();
    return c.json({ status: 'ok', version: opts.version, protocolVersion: PROTOCOL_VERSION, storage: opts.store.kind } satisfies Health);
  });
  api.post('/sync', syncRoute(opts.store, opts.rateLimit ?? { burst: 60, perSecond: 2 }));
  // A sub-app's notFound is not consulted once mounted, so unknown API paths end in this catch-all.
  api.all('*', (c) => apiError(c, 404, 'not_found', `no API route ${c.req.method} ${new URL(c.req.url).pathname}`));
  api.onError((err, c) => {
    console.error(err);
    return apiError(c, 500, 'internal', 'the server failed; the request can be retried');
  });
  app.route('/api', api);

  app.get('*', serveApp(opts.staticDir));
  app.notFound((c) => c.text('Not found', 404));
  return app;
}
