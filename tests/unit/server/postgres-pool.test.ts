import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { openPostgresStore } from '../../../src/server/store/postgres.ts';

const pgUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!pgUrl)('the PostgreSQL store', () => {
  it('outlives an idle connection the database drops, and serves the next request on a new one', async () => {
    const name = `wc-pool-${process.pid}-${Date.now()}`;
    const url = new URL(pgUrl!);
    url.searchParams.set('application_name', name);
    const store = openPostgresStore(url.toString());
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    try {
      await store.ping();
      // The database ends the store's idle connection, as a restart or a network cut would.
      const ended = await admin.query('SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1', [name]);
      expect(ended.rows.length).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 300));
      await expect(store.ping()).resolves.toBeUndefined();
    } finally {
      await admin.end();
      await store.close();
    }
  });
});
