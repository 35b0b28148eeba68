/**
 * A token bucket per caller (key or join token hash): a burst, then a steady rate. In memory, per
 * server process: enough to stop a runaway device or a guessing loop without a shared store.
 */
export function createRateLimiter(opts: { burst: number; perSecond: number; now?: () => number }) {
  const now = opts.now ?? Date.now;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    /** True when the call may go ahead. */
    take(id: string): boolean {
      const t = now();
      const b = buckets.get(id) ?? { tokens: opts.burst, at: t };
      b.tokens = Math.min(opts.burst, b.tokens + ((t - b.at) / 1000) * opts.perSecond);
      b.at = t;
      const ok = b.tokens >= 1;
      if (ok) b.tokens -= 1;
      buckets.set(id, b);
      if (buckets.size > 50_000) buckets.clear(); // bounded memory under a flood of distinct ids
      return ok;
    },
  };
}
