import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig, unknownSettings, type ServerConfig } from './config.ts';
import { createApp } from './http/app.ts';
import { createLocalBus } from './live/change-note.ts';
import { createPostgresBus } from './live/postgres-bus.ts';
import { createLogger } from './log/logger.ts';
import { openStore } from './store/open.ts';
import { SERVER_VERSION } from './version.ts';

/** Exit status of a start refused for a wrong setting (1 stays for failures while running). */
const BAD_SETTING = 2;

let config: ServerConfig;
try {
  config = readConfig();
} catch (err) {
  // Plain sentences on standard error: LOG_LEVEL itself may be what is wrong, and a person reads this.
  process.stderr.write(`The server did not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(BAD_SETTING);
}
const log = createLogger(config.logLevel);
const fail =
  (what: string) =>
  (err: unknown): never => {
    log.fatal({ err }, `${what}: the server stops`);
    // With LOG_LEVEL=silent the reason would be lost: a stopping server always says why.
    if (!log.isLevelEnabled('fatal')) process.stderr.write(`${what}: the server stops: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  };
process.on('uncaughtException', fail('uncaught exception'));
process.on('unhandledRejection', fail('unhandled promise rejection'));

for (const name of unknownSettings()) log.warn({ setting: name }, `${name} is not a setting this server reads (a typo?): it is ignored`);
if (!existsSync(join(config.staticDir, 'index.html'))) {
  log.warn({ staticDir: config.staticDir }, `No built app in ${config.staticDir}: run "npm run build" (the API still works).`);
}
// Trouble the database connections outlive is a warning in the log, as JSON like every other line.
const warn = (message: string) => log.warn(message);
const store = await openStore(config, { warn }).catch(fail('cannot open the database'));
// Several processes may share one PostgreSQL: they tell each other's devices through it.
const changes = config.databaseUrl ? createPostgresBus(config.databaseUrl, warn) : createLocalBus();
const app = createApp({
  store,
  changes,
  logger: log,
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
  const storage = config.databaseUrl ? 'postgres' : 'sqlite';
  const where = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`;
  log.info({ version: SERVER_VERSION, storage }, `Workshop companion ${SERVER_VERSION} on ${where}`);
  log.info({ host: config.host, port: info.port }, `Listening on http://localhost:${info.port}/`);
});
server.on('error', fail('cannot listen'));

let closing = false;
function shutdown(signal: string): void {
  if (closing) return;
  closing = true;
  // /api/ready answers 503 from now on, so a balancer sends nothing new while requests finish.
  app.drain();
  log.info({ signal, delayMs: config.shutdownDelayMs }, `${signal}: finishing open requests, then stopping`);
  const started = Date.now();
  // Behind a balancer, SHUTDOWN_DELAY_SECONDS keeps serving while it notices /api/ready's 503.
  setTimeout(() => closeServer(signal, started), config.shutdownDelayMs);
  setTimeout(() => {
    log.warn({ signal }, 'Requests still open after 10 s: stopping anyway');
    process.exit(1);
  }, config.shutdownDelayMs + 10_000).unref();
}

/** Stop accepting connections, let in-flight requests finish, then close the database. */
function closeServer(signal: string, started: number): void {
  server.close(() => {
    void Promise.all([changes.close(), store.close()]).then(() => {
      log.info({ signal, ms: Date.now() - started }, 'Stopped');
      process.exit(0);
    }, fail('closing the database'));
  });
  // Streams of change events never end by themselves: end them, and devices open them again later.
  app.stopWatching();
  if ('closeIdleConnections' in server) server.closeIdleConnections();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
