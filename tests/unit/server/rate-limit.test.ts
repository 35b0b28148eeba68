import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { limiterFor } from '../../../src/server/http/rate-limit.ts';
import { createApp } from '../../../src/server/http/app.ts';
import { DEFAULT_SYNC_LIMITS } from '../../../src/server/http/sync-limits.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import { apiErrorSchema } from '../../../src/shared/protocol.ts';

describe('rate limit per key', () => {
  it('allows a burst, then a steady rate, per caller', () => {
    let t = 0;
    const limiter = limiterFor({ burst: 3, perHour: 3600 }, { now: () => t });
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false]);
    expect(limiter.take('b')).toBe(true);
    t += 1000;
    expect([limiter.take('a'), limiter.take('a')]).toEqual([true, false]);
  });

  it('is never cleared by a flood of new ids: a drained bucket stays drained, and the map stays bounded', () => {
    const limiter = limiterFor({ burst: 2, perHour: 3.6 }, { now: () => 0, maxEntries: 10_000 });
    expect([limiter.take('valid'), limiter.take('valid'), limiter.take('valid')]).toEqual([true, true, false]);
    for (let i = 0; i < 60_000; i++) {
      limiter.take(`noise${i}`);
      // The drained bucket is in use all along, so the least recently used ones go first.
      if (i % 1000 === 0) expect(limiter.take('valid')).toBe(false);
    }
    expect(limiter.take('valid')).toBe(false);
    expect(limiter.size).toBeLessThanOrEqual(10_000);
  });

  it('answers 429 with a stable code and Retry-After, also for unknown keys (counted per client address)', async () => {
    const store = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-rl-')));
    await store.migrate();
    const app = createApp({ store, staticDir: tmpdir(), version: 't', bodyLimit: 1024 * 1024, limits: { ...DEFAULT_SYNC_LIMITS, authFailures: { burst: 40, perHour: 4 } } });
    const call = () =>
      app.request('/api/sync', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer wcf_guessingguessingguessing' },
        body: JSON.stringify({ protocolVersion: 1, deviceId: 'd', cursor: null, mutations: [] }),
      });
    // An unknown key is refused before its body is read; its address has 40 failed attempts, then 429.
    const refused = [];
    for (let i = 0; i < 40; i++) refused.push((await call()).status);
    expect(new Set(refused)).toEqual(new Set([401]));
    const limited = await call();
    expect(limited.status).toBe(429);
    // One attempt comes back every 15 minutes.
    expect(limited.headers.get('retry-after')).toBe('900');
    expect(apiErrorSchema().parse(await limited.json()).error.code).toBe('rate_limited');
    await store.close();
  });
});
