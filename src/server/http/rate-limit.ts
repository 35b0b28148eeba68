/** A budget: up to `burst` at once, refilled steadily at `perHour`. */
export interface Budget {
  burst: number;
  perHour: number;
}

/** Longest wait a refusal names: past an hour the figure says "much later" as well as any. */
const MAX_WAIT_SECONDS = 3600;

/** A bucket unused this long and refilled to full is dropped: it is the same as no bucket. */
const IDLE_MS = 10 * 60_000;

/**
 * Token buckets by id: each holds up to `burst` tokens and refills at `perSecond`. In memory, per
 * server process. Idle buckets that have refilled to full are dropped as the map grows; past
 * `maxEntries` the least recently used bucket is dropped. The map is never cleared at once, so a
 * flood of new ids cannot hand a drained bucket a fresh burst: callers bound the ids themselves
 * (only valid credentials, or client addresses).
 */
function createRateLimiter(opts: { burst: number; perSecond: number; now?: () => number; maxEntries?: number }) {
  const now = opts.now ?? Date.now;
  const maxEntries = opts.maxEntries ?? 100_000;
  // Map order is least recently used first: a bucket is moved to the end on every use.
  const buckets = new Map<string, { tokens: number; at: number }>();
  let sweepAt = 1024;

  function current(id: string, t: number): { tokens: number; at: number } {
    const b = buckets.get(id) ?? { tokens: opts.burst, at: t };
    b.tokens = Math.min(opts.burst, b.tokens + ((t - b.at) / 1000) * opts.perSecond);
    b.at = t;
    buckets.delete(id);
    buckets.set(id, b);
    return b;
  }

  function shrink(t: number): void {
    if (buckets.size >= sweepAt) {
      for (const [id, b] of buckets) {
        if (t - b.at > IDLE_MS && b.tokens + ((t - b.at) / 1000) * opts.perSecond >= opts.burst) buckets.delete(id);
      }
      sweepAt = Math.max(1024, buckets.size * 2);
    }
    for (const id of buckets.keys()) {
      if (buckets.size <= maxEntries) break;
      buckets.delete(id);
    }
  }

  return {
    /** True when `n` tokens were there and are now taken; false leaves the bucket as it was. */
    take(id: string, n = 1): boolean {
      const t = now();
      const b = current(id, t);
      const ok = b.tokens >= n;
      if (ok) b.tokens -= n;
      shrink(t);
      return ok;
    },
    /** True when `n` tokens are there now, without taking them. */
    has(id: string, n = 1): boolean {
      const b = buckets.get(id);
      return !b || Math.min(opts.burst, b.tokens + ((now() - b.at) / 1000) * opts.perSecond) >= n;
    },
    /** Whole seconds until `n` tokens will be there (at least 1, at most an hour). */
    waitSeconds(id: string, n = 1): number {
      const b = buckets.get(id);
      const tokens = b ? Math.min(opts.burst, b.tokens + ((now() - b.at) / 1000) * opts.perSecond) : opts.burst;
      return Math.min(MAX_WAIT_SECONDS, Math.max(1, Math.ceil((n - tokens) / opts.perSecond)));
    },
    /** Whether `id` has a bucket that has not refilled to full and been dropped. */
    tracks(id: string): boolean {
      return buckets.has(id);
    },
    forget(id: string): void {
      buckets.delete(id);
    },
    get size(): number {
      return buckets.size;
    },
  };
}
export type RateLimiter = ReturnType<typeof createRateLimiter>;

/** A limiter for a budget given per hour. */
export function limiterFor(budget: Budget, opts: { now?: () => number; maxEntries?: number } = {}): RateLimiter {
  return createRateLimiter({ burst: budget.burst, perSecond: budget.perHour / 3600, ...opts });
}
