import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRateLimiter } from '../../../src/server/http/rate-limit.ts';
import { createApp } from '../../../src/server/http/app.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import { apiErrorSchema } from '../../../src/shared/protocol.ts';

describe('rate limit per key', () => {
  it('allows a burst, then a steady rate, per caller', () => {
    let t = 0;
    const limiter = createRateLimiter({ burst: 3, perSecond: 1, now: () => t });
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false]);
    expect(limiter.take('b')).toBe(true);
    t += 1000;
    expect([limiter.take('a'), limiter.take('a')]).toEqual([true, false]);
  });

  it('answers 429 with a stable code and Retry-After, also for unknown keys', async () => {
    const store = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-rl-')));
    await store.migrate();
    const app = createApp({ store, staticDir: tmpdir(), version: 't', bodyLimit: 1024 * 1024, rateLimit: { burst: 2, perSecond: 0.001 } });
    const call = () =>
      app.request('/api/sync', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer wcf_guessingguessingguessing' },
        body: JSON.stringify({ protocolVersion: 1, deviceId: 'd', cursor: null, mutations: [] }),
      });
    // An unknown key is refused before its body is read, so only the key's own bucket (twenty
    // devices' worth) applies to it: 40 answers 401, then 429.
    const refused = [];
    for (let i = 0; i < 40; i++) refused.push((await call()).status);
    expect(new Set(refused)).toEqual(new Set([401]));
    const limited = await call();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('5');
    expect(apiErrorSchema().parse(await limited.json()).error.code).toBe('rate_limited');
    await store.close();
  });
});
