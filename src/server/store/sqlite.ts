import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS, type ServerStore } from './types.ts';

export function openSqliteStore(dataDir: string): ServerStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'workshop-companion.sqlite'));
  // WAL lets readers run beside the single writer; NORMAL sync is durable across process crashes.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');

  const current = () => (db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations').get() as { v: number }).v;

  return {
    kind: 'sqlite',
    async migrate() {
      const apply = db.transaction(() => {
        const at = current();
        for (const m of MIGRATIONS) {
          if (m.version <= at) continue;
          db.exec(m.sql);
          db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
        }
      });
      apply.immediate();
    },
    async schemaVersion() {
      return current();
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      db.close();
    },
  };
}
