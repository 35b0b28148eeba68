import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createMutex, type Db } from './db.ts';
import { createStore } from './store.ts';
import type { ServerStore, StoreOptions } from './types.ts';

export function openSqliteDb(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new Database(join(dataDir, 'workshop-companion.sqlite'));
  // WAL lets readers run beside the single writer; NORMAL sync is durable across process crashes.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const exclusive = createMutex();
  const db: Db = {
    kind: 'sqlite',
    all: async <T,>(sql: string, params: readonly unknown[] = []) => sqlite.prepare(sql).all(...params) as T[],
    run: async (sql, params = []) => sqlite.prepare(sql).run(...params).changes,
    exec: async (sql) => void sqlite.exec(sql),
    transaction: (fn) =>
      exclusive(async () => {
        sqlite.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(db);
          sqlite.exec('COMMIT');
          return result;
        } catch (err) {
          sqlite.exec('ROLLBACK');
          throw err;
        }
      }),
    close: async () => void sqlite.close(),
  };
  return db;
}

export function openSqliteStore(dataDir: string, opts?: StoreOptions): ServerStore {
  return createStore(openSqliteDb(dataDir), opts);
}
