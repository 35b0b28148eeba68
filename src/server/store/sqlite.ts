import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { createMutex, type Db } from './db.ts';
import { createStore } from './store.ts';
import type { ServerStore, StoreOptions, Warn } from './types.ts';

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * The data folder and the database hold every workshop's records and the keys' hashes: only the
 * server's own user may read them. The folder is made (or set) 0700 and the database file 0600
 * before SQLite opens it, since SQLite gives its -wal and -shm files the database file's mode.
 */
function ownerOnly(dataDir: string, file: string, warn: Warn): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  for (const [path, mode] of [
    [dataDir, 0o700],
    [file, 0o600],
    [`${file}-wal`, 0o600],
    [`${file}-shm`, 0o600],
  ] as const) {
    try {
      if (existsSync(path)) chmodSync(path, mode);
    } catch (err) {
      // A folder the server may write but not own (set up by an administrator) is theirs to set.
      warn(`Could not restrict ${path} to its owner: ${messageOf(err)}`);
    }
  }
}

/** The database's file name in the data folder. */
export const SQLITE_FILE = 'workshop-companion.sqlite';

/**
 * Most statements kept prepared. The store's SQL is a few dozen fixed strings (many rows are
 * inserted by one single-row statement, see sql-many.ts); past this, the least recently used are
 * let go.
 */
const MAX_STATEMENTS = 256;

/**
 * Each SQL text prepared once: compiling a statement cost more than running it (a push runs about
 * ten). A better-sqlite3 statement is reusable, and the one connection runs one at a time.
 */
function statementCache(sqlite: Database.Database): (sql: string) => Database.Statement {
  const kept = new Map<string, Database.Statement>();
  return (sql) => {
    let s = kept.get(sql);
    if (s) {
      // Most recently used last: the first in the map is the one to let go.
      kept.delete(sql);
    } else {
      s = sqlite.prepare(sql);
      if (kept.size >= MAX_STATEMENTS) kept.delete(kept.keys().next().value!);
    }
    kept.set(sql, s);
    return s;
  };
}

export function openSqliteDb(dataDir: string, warn: Warn = console.warn): Db {
  const file = join(dataDir, SQLITE_FILE);
  ownerOnly(dataDir, file, warn);
  const sqlite = new Database(file);
  // WAL lets readers run beside the single writer; NORMAL sync is durable across process crashes.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const exclusive = createMutex();
  const statement = statementCache(sqlite);
  const db: Db = {
    kind: 'sqlite',
    all: async <T>(sql: string, params: readonly unknown[] = []) => statement(sql).all(...params) as T[],
    run: async (sql, params = []) => statement(sql).run(...params).changes,
    exec: async (sql) => void sqlite.exec(sql),
    transaction: (fn) =>
      exclusive(async () => {
        sqlite.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(db);
          sqlite.exec('COMMIT');
          return result;
        } catch (err) {
          // The error that ended the work is the one to report. SQLite may have rolled the
          // transaction back itself (on a full disk, say), and a failing ROLLBACK must not hide it.
          if (sqlite.inTransaction) {
            try {
              sqlite.exec('ROLLBACK');
            } catch (rollback) {
              warn(`ROLLBACK failed after "${messageOf(err)}": ${messageOf(rollback)}`);
            }
          }
          throw err;
        }
      }),
    close: async () => void sqlite.close(),
  };
  return db;
}

export function openSqliteStore(dataDir: string, opts?: StoreOptions): ServerStore {
  return createStore(openSqliteDb(dataDir, opts?.warn), opts);
}
