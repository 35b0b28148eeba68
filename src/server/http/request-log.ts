import { randomUUID } from 'node:crypto';
import { ServerResponse } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

/** A request id a proxy in front may pass on: short, and nothing a log reader could be fooled by. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:@+=/-]{1,64}$/;
/** Query parameters whose values are credentials (a join token, a key): never written to the log. */
const SECRET_PARAM = /^t$|key|token|secret|pass|auth|cred|sig/i;
/** A path longer than this is cut in the log: a client cannot fill the disk with one request line. */
const MAX_ROUTE = 512;

/** Liveness and readiness checks, asked every few seconds by a supervisor or load balancer. */
const PROBES = new Set(['/api/health', '/api/ready']);

/** Why a request failed, as the error handler saw it: written with the request's one line. */
const failures = new WeakMap<Request, { err: Error; clientGone: boolean }>();

/** The error a request ended with, for its log line (the error handler answers; the log line tells). */
export function noteFailure(c: Context, err: Error, clientGone: boolean): void {
  failures.set(c.req.raw, { err, clientGone });
}

/** The path and query as the log keeps them: credentials in the query redacted; a fragment never reaches a server. */
function routeOf(url: string): string {
  const { pathname, search } = new URL(url);
  const query = search
    .slice(1)
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.indexOf('=');
      const name = at < 0 ? part : part.slice(0, at);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // A name that is not valid percent-encoding is judged as written.
      }
      return SECRET_PARAM.test(decoded) ? `${name}=[redacted]` : part;
    });
  const route = query.length > 0 ? `${pathname}?${query.join('&')}` : pathname;
  return route.length > MAX_ROUTE ? `${route.slice(0, MAX_ROUTE)}…` : route;
}

/**
 * One log line per request: method, route (credentials redacted), status, duration in ms, bytes
 * sent when known, and a request id (a safe incoming X-Request-Id, else a new one), echoed as
 * X-Request-Id. A request that threw has its line at level error with the error and its stack (the
 * error handler only notes it), so each error is logged once; another 5xx is a warning. The line is
 * written when the answer's last byte is sent: an event stream is logged when it ends.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const given = c.req.header('x-request-id');
    const reqId = given !== undefined && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
    await next();
    c.header('X-Request-Id', reqId);
    const write = (status: number, bytes: number | undefined, aborted: boolean) => {
      const fields = { reqId, method: c.req.method, route: routeOf(c.req.url), status, ms: Math.round(performance.now() - started), ...(bytes === undefined ? {} : { bytes }) };
      const text = `${fields.method} ${fields.route} ${status}`;
      const failure = failures.get(c.req.raw);
      if (failure?.clientGone) logger.warn({ ...fields, error: failure.err.message }, `${text}: the client went away`);
      else if (failure) logger.error({ ...fields, err: failure.err }, text);
      else if (aborted) logger.info({ ...fields, aborted }, `${text}: the connection closed before the answer was complete`);
      // A refusal by the server (503 busy, draining) is worth a look; a probe that succeeds is not, every few seconds.
      else logger[status >= 500 ? 'warn' : status < 300 && PROBES.has(new URL(c.req.url).pathname) ? 'debug' : 'info'](fields, text);
    };
    // On Node the line waits for the answer's last byte (an event stream's end) and counts the bytes
    // the connection carried for it, headers included, as compressed; elsewhere (app.request) it is
    // written once the answer is ready, with its declared length.
    const outgoing: unknown = (c.env as { outgoing?: unknown } | undefined)?.outgoing;
    if (outgoing instanceof ServerResponse) {
      const socket = outgoing.socket;
      const before = socket?.bytesWritten ?? 0;
      const done = () => write(outgoing.statusCode, socket ? socket.bytesWritten - before : undefined, !outgoing.writableFinished);
      // A route that answered on the socket itself may have closed it already.
      if (outgoing.closed) done();
      else outgoing.once('close', done);
      return;
    }
    const length = c.res.headers.get('content-length');
    write(c.res.status, length === null ? undefined : Number(length), false);
  };
}
