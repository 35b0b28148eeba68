import pg from 'pg';
import { numbered, type Db } from './db.ts';
import { createStore } from './store.ts';
import type { ServerStore, StoreOptions } from './types.ts';

// BIGINT columns come back as numbers: change positions stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

function over(client: pg.Pool | pg.PoolClient, pool: pg.Pool): Db {
  const db: Db = {
    kind: 'postgres',
    all: async <T>(sql: string, params: readonly unknown[] = []) => (await client.query(numbered(sql), [...params])).rows as T[],
    run: async (sql, params = []) => (await client.query(numbered(sql), [...params])).rowCount ?? 0,
    exec: async (sql) => void (await client.query(sql)),
    transaction: async (fn) => {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const result = await fn(over(c, pool));
        await c.query('COMMIT');
        return result;
      } catch (err) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        c.release();
      }
    },
    close: async () => pool.end(),
  };
  return db;
}

export function openPostgresStore(connectionString: string, opts?: StoreOptions): ServerStore {
  const pool = new pg.Pool({ connectionString, max: 10 });
  const warn = opts?.warn ?? console.warn;
  // An idle connection the database or the network drops is an 'error' on the pool: unheard, it
  // would end the process. The pool has already let that connection go and opens a new one when
  // asked; a request that was using one gets its own error.
  pool.on('error', (err) => warn(`PostgreSQL: an idle connection was lost (${err.message}); the next request opens a new one`));
  return createStore(over(pool, pool), opts);
}
