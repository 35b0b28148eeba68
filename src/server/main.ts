import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from './config.ts';
import { createApp } from './http/app.ts';
import { openStore } from './store/open.ts';
import { SERVER_VERSION } from './version.ts';

const config = readConfig();
if (!existsSync(join(config.staticDir, 'index.html'))) {
  console.warn(`No built app in ${config.staticDir}: run "npm run build" (the API still works).`);
}
const store = await openStore(config);
const app = createApp({
  store,
  staticDir: config.staticDir,
  version: SERVER_VERSION,
  bodyLimit: config.bodyLimit,
  limits: config.limits,
  uploads: config.uploads,
  admission: config.admission,
  trustProxy: config.trustProxy,
});

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const where = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`;
  console.log(`Workshop companion ${SERVER_VERSION} on ${where}`);
  console.log(`Listening on http://localhost:${info.port}/`);
});

let closing = false;
function shutdown(signal: string): void {
  if (closing) return;
  closing = true;
  console.log(`${signal}: finishing open requests, then stopping`);
  // Stop accepting connections, let in-flight requests finish, then close the database.
  server.close(() => {
    void store.close().then(() => process.exit(0));
  });
  if ('closeIdleConnections' in server) server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
