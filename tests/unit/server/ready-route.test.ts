// GET /api/ready: whether this process should be sent requests. Its database must answer (SQLite;
// PostgreSQL when TEST_DATABASE_URL is set, and one that cannot be reached), and it must not be stopping.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../src/server/http/app.ts';
import { openPostgresStore } from '../../../src/server/store/postgres.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';

const pgUrl = process.env.TEST_DATABASE_URL;

const appOn = (store: ServerStore, readyTimeoutMs?: number) => createApp({ store, staticDir: tmpdir(), version: 't', bodyLimit: 1024, ...(readyTimeoutMs ? { readyTimeoutMs } : {}) });

async function ready(app: ReturnType<typeof createApp>) {
  const res = await app.request('/api/ready');
  expect(res.headers.get('cache-control')).toBe('no-store');
  return { status: res.status, body: (await res.json()) as unknown };
}

async function sqlite(): Promise<ServerStore> {
  const store = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-ready-')));
  await store.migrate();
  return store;
}

describe('GET /api/ready', () => {
  it('is ready when SQLite answers, with no credential', async () => {
    const store = await sqlite();
    try {
      expect(await ready(appOn(store))).toEqual({ status: 200, body: { ready: true, database: 'ok', draining: false } });
    } finally {
      await store.close();
    }
  });

  it.runIf(pgUrl)('is ready when PostgreSQL answers', async () => {
    const store = openPostgresStore(pgUrl!);
    try {
      await store.migrate();
      expect(await ready(appOn(store))).toEqual({ status: 200, body: { ready: true, database: 'ok', draining: false } });
    } finally {
      await store.close();
    }
  });

  it('is not ready when PostgreSQL cannot be reached, and says no more than that', async () => {
    // Port 1 on this machine: nothing listens, the connection is refused.
    const store = openPostgresStore('postgres://wc:secret-password@127.0.0.1:1/wc');
    try {
      // Only its ping is asked: the app's watchers would read the feed position of the missing database too.
      const answer = await ready(appOn({ ...store, feedPosition: () => Promise.resolve(0) }));
      expect(answer).toEqual({ status: 503, body: { ready: false, database: 'unavailable', draining: false } });
      expect(JSON.stringify(answer)).not.toContain('secret');
    } finally {
      await store.close();
    }
  });

  it('is not ready when the database does not answer in time, or fails', async () => {
    const store = await sqlite();
    try {
      const hangs: ServerStore = { ...store, ping: () => new Promise<void>(() => undefined) };
      const started = Date.now();
      expect(await ready(appOn(hangs, 100))).toEqual({ status: 503, body: { ready: false, database: 'unavailable', draining: false } });
      expect(Date.now() - started).toBeLessThan(2000);
      const fails: ServerStore = { ...store, ping: () => Promise.reject(new Error('disk I/O error')) };
      expect(await ready(appOn(fails))).toEqual({ status: 503, body: { ready: false, database: 'unavailable', draining: false } });
    } finally {
      await store.close();
    }
  });

  it('is not ready once the server is draining, while /api/health still answers', async () => {
    const store = await sqlite();
    try {
      const app = appOn(store);
      app.drain();
      expect(await ready(app)).toEqual({ status: 503, body: { ready: false, database: 'ok', draining: true } });
      expect((await app.request('/api/health')).status).toBe(200);
    } finally {
      await store.close();
    }
  });
});
