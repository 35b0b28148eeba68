import type { Context } from 'hono';
import type { ServerStore } from '../store/types.ts';

/** How long the database may take to answer before this process is reported not ready. */
const READY_TIMEOUT_MS = 2000;

/** Whether the database answered its trivial query in time. */
async function answers(store: ServerStore, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((done) => {
    timer = setTimeout(() => done(false), timeoutMs);
  });
  try {
    return await Promise.race([store.ping().then(() => true), late]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /api/ready`: whether this process should be sent requests. Not when its database does not
 * answer, nor once it is stopping (draining after SIGTERM). `/api/health` stays the liveness check.
 * Public, and says nothing a stranger could use: no version, no error text.
 */
export function readyRoute(store: ServerStore, draining: () => boolean, timeoutMs = READY_TIMEOUT_MS) {
  return async (c: Context) => {
    const database = (await answers(store, timeoutMs)) ? 'ok' : 'unavailable';
    const stopping = draining();
    const ready = database === 'ok' && !stopping;
    c.header('Cache-Control', 'no-store');
    return c.json({ ready, database, draining: stopping }, ready ? 200 : 503);
  };
}
