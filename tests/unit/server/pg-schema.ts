import pg from 'pg';
import { randomBytes } from 'node:crypto';

/**
 * Empty schemas of the test database (TEST_DATABASE_URL), one per call: a URL whose connections
 * work in it alone, so that a test that needs an empty database never meets the rows of the other
 * PostgreSQL tests. `drop` removes every schema made.
 */
export function pgSchemas(pgUrl: string) {
  const made: string[] = [];
  const run = async (sql: string) => {
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  return {
    async fresh(): Promise<string> {
      const schema = `wc_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      await run(`CREATE SCHEMA ${schema}`);
      made.push(schema);
      const url = new URL(pgUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return url.toString();
    },
    async drop(): Promise<void> {
      for (const schema of made.splice(0)) await run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
}
