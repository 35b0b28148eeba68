import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from './config.ts';
import { createApp } from './http/app.ts';
import { createLocalBus } from './live/change-note.ts';
import { createPostgresBus } from './live/postgres-bus.ts';
import { openStore } from './store/open.ts';
import { SERVER_VERSION } from './version.ts';

const config = readConfig();
if (!existsSync(join(config.staticDir, 'index.html'))) {
  console.warn(`No built app in ${config.staticDir}: run "npm run build" (the API still works).`);
}
const store = await openStore(config);
// Several processes may share one PostgreSQL: they tell each other's devices through it.
const changes = config.databaseUrl ? createPostgresBus(config.databaseUrl) : createLocalBus();
const app = createApp({
  store,
  changes,
  staticDir: config.staticDir,
  version: SERVER_VERSION,
  bodyLimit: config.bodyLimit,
  limits: config.limits,
  uploads: config.uploads,
  photos: config.photos,
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
    void Promise.all([changes.close(), store.close()]).then(() => process.exit(0));
  });
  // Streams of change events never end by themselves: end them, and devices open them again later.
  app.stopWatching();
  if ('closeIdleConnections' in server) server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
