import pg from 'pg';
import { MIGRATIONS, type ServerStore } from './types.ts';

/** A fixed advisory-lock key so that several server processes never migrate at the same time. */
const MIGRATION_LOCK = 7_241_001;

export function openPostgresStore(connectionString: string): ServerStore {
  const pool = new pg.Pool({ connectionString, max: 10 });

  const current = async (client: pg.PoolClient | pg.Pool) => {
    const r = await client.query<{ v: number }>('SELECT COALESCE(MAX(version), 0)::int AS v FROM schema_migrations');
    return r.rows[0]?.v ?? 0;
  };

  return {
    kind: 'postgres',
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
        const at = await current(client);
        for (const m of MIGRATIONS) {
          if (m.version <= at) continue;
          await client.query('BEGIN');
          try {
            await client.query(m.sql);
            await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [m.version, new Date().toISOString()]);
            await client.query('COMMIT');
          } catch (err) {
            await client.query('ROLLBACK');
            throw err;
          }
        }
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        client.release();
      }
    },
    async schemaVersion() {
      return current(pool);
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}
