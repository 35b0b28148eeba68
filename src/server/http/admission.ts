import type { Context, MiddlewareHandler } from 'hono';
import { apiError } from './api-error.ts';

export interface AdmissionLimits {
  /** Requests being served at once. */
  maxActive: number;
  /** Requests waiting for a slot; one more is refused at once. */
  maxQueued: number;
  /** Bytes of request bodies held in memory by the requests waiting; a body past this is refused. */
  maxQueuedBytes?: number;
}

/**
 * Defaults for a 2-core host. Writes are serialised (one change-feed writer) and JavaScript runs on
 * one thread, so a handful of active requests already keeps the database and the CPU busy: more only
 * hold more bodies in memory and make each one slower. Eight lets reads, body parsing and key lookups
 * overlap the writer. The queue is deep enough for a whole burst of a thousand devices: a device
 * refused is told to come back after a whole second, and while a crowd of them waits the server has
 * nothing to do, so refusing early makes everyone later (a thousand devices' pushes took twice as
 * long with a queue of 64). What bounds the queue is the memory of the bodies it holds (64 MiB:
 * three thousand ordinary pushes, or 32 of the largest); past that, a device is told when to come back.
 */
export const DEFAULT_ADMISSION = { maxActive: 8, maxQueued: 1024, maxQueuedBytes: 64 * 1024 * 1024 } satisfies AdmissionLimits;

/** Bounds of the Retry-After hint, in seconds. */
const RETRY_AFTER_MIN = 1;
const RETRY_AFTER_MAX = 60;
/** Assumed service time until a request has been timed. */
const FIRST_GUESS_MS = 250;
/** Weight of the newest service time in the moving average. */
const SMOOTHING = 0.2;

export type Release = () => void;

interface Waiter {
  bytes: number;
  admit: (release: Release) => void;
  cancel: () => void;
}

/**
 * At most `maxActive` requests served and `maxQueued` waiting, first come first served. A queued
 * request whose caller gives up (its signal aborts) leaves the queue. Every admitted request must
 * call its release once, on every path; a second call does nothing.
 */
export function createAdmissionGate(limits: AdmissionLimits, now: () => number = () => performance.now()) {
  let active = 0;
  const queue: Waiter[] = [];
  let queuedBytes = 0;
  const maxQueuedBytes = limits.maxQueuedBytes ?? Number.POSITIVE_INFINITY;
  let averageMs = FIRST_GUESS_MS;

  function grant(): Release {
    const started = now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      averageMs += SMOOTHING * (now() - started - averageMs);
      const next = queue.shift();
      // The slot passes straight to the next in line, so a newcomer cannot overtake the queue.
      if (next) {
        queuedBytes -= next.bytes;
        next.admit(grant());
      } else active--;
    };
  }

  return {
    get active() {
      return active;
    },
    get queued() {
      return queue.length;
    },
    /** True when a request arriving now would be refused: there is neither a slot nor a place in the queue. */
    get full() {
      return active >= limits.maxActive && queue.length >= limits.maxQueued;
    },
    /**
     * A slot now or in turn; undefined when the gate is full and the request must be refused: the
     * queue holds as many requests, or as many bytes of bodies, as it may (`bytes`: this one's body).
     */
    enter(signal?: AbortSignal, bytes = 0): Promise<Release> | undefined {
      if (active < limits.maxActive) {
        active++;
        return Promise.resolve(grant());
      }
      if (queue.length >= limits.maxQueued || queuedBytes + bytes > maxQueuedBytes) return undefined;
      return new Promise<Release>((resolve, reject) => {
        const onAbort = () => waiter.cancel();
        const waiter: Waiter = {
          bytes,
          admit: (release) => {
            signal?.removeEventListener('abort', onAbort);
            resolve(release);
          },
          cancel: () => {
            const at = queue.indexOf(waiter);
            if (at >= 0) {
              queue.splice(at, 1);
              queuedBytes -= bytes;
            }
            const reason: unknown = signal?.reason ?? new Error('cancelled');
            reject(reason);
          },
        };
        if (signal?.aborted) return waiter.cancel();
        queue.push(waiter);
        queuedBytes += bytes;
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
    /** Whole seconds until a refused request may find room: the queue ahead of it at the recent pace. */
    retryAfterSeconds(): number {
      const seconds = Math.ceil(((queue.length + 1) * averageMs) / limits.maxActive / 1000);
      return Math.min(RETRY_AFTER_MAX, Math.max(RETRY_AFTER_MIN, seconds));
    },
  };
}
export type AdmissionGate = ReturnType<typeof createAdmissionGate>;

/**
 * A slot for the request, in turn, or the 503 answer that refuses it (none free and the queue full,
 * or the client gone while waiting). The caller must call the release once it is done.
 */
export async function admit(c: Context, gate: AdmissionGate, bytes = 0): Promise<Release | Response> {
  const entered = gate.enter(c.req.raw.signal, bytes);
  if (!entered) {
    c.header('Retry-After', String(gate.retryAfterSeconds()));
    return apiError(c, 503, 'server_busy', 'the server is busy; try again after Retry-After seconds');
  }
  let release: Release;
  try {
    release = await entered;
  } catch {
    // The client went away while waiting: nobody reads this answer.
    return apiError(c, 503, 'server_busy', 'the request was given up while waiting');
  }
  // A synchronous database (SQLite) would serve each request in full before the next is even
  // parsed, hiding the queue in the socket backlog where no gate sees it: one turn of the event
  // loop lets the requests that arrived meanwhile reach the gate and be counted first.
  await new Promise<void>((resolve) => setImmediate(resolve));
  return release;
}

/**
 * Admission in front of a route that reads no body, or has read it: a refused request costs a
 * small JSON answer. (/api/sync admits a request only once its body is in: see sync-route.ts.)
 */
export function admission(gate: AdmissionGate): MiddlewareHandler {
  return async (c, next) => {
    const release = await admit(c, gate);
    if (release instanceof Response) return release;
    try {
      await next();
    } finally {
      release();
    }
  };
}
