import { chmodSync, copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { openSqliteStore } from '../store/sqlite.ts';
import { AdminRefusal, databaseIn, factsOf, holdDatabase, utcStamp, verifyStoreCopy, type StoreFacts } from './store-file.ts';
import Database from 'better-sqlite3';

export interface RestoreReport {
  /** Where the database that was in place now is (undefined when there was none). */
  keptAside: string | undefined;
  facts: StoreFacts;
}

/**
 * Put a backup back as the embedded database of `dataDir`. The file is copied into the data folder
 * and checked there (a SQLite database of this product, sound, with a schema no newer than this
 * code's) before anything else is touched. The database in place is set aside, never deleted, as
 * `<db>.before-restore-<UTC time>`, its write-ahead log folded in first so that it stays one whole
 * file. While a server has the database open, SQLite's own lock refuses the restore.
 * The restored database is then opened as the server opens it, migrations included.
 */
export async function restoreStore(dataDir: string, backupFile: string): Promise<RestoreReport> {
  const from = resolve(backupFile);
  if (!existsSync(from) || !statSync(from).isFile()) throw new AdminRefusal(`There is no file ${from}.`);
  const live = databaseIn(dataDir);
  if (from === live) throw new AdminRefusal(`${from} is the database in place: restore a backup of it instead.`);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });

  const stamp = utcStamp();
  const incoming = `${live}.restoring-${stamp}`;
  copyFileSync(from, incoming);
  chmodSync(incoming, 0o600);
  let keptAside: string | undefined;
  try {
    verifyStoreCopy(incoming, from);
    if (existsSync(live)) {
      const held = holdDatabase(live);
      try {
        // Everything the log holds goes into the database file, which then stands alone.
        held.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        held.close();
      }
      keptAside = `${live}.before-restore-${stamp}`;
      // The log and index files go with their database, should SQLite have left any behind.
      for (const suffix of ['', '-wal', '-shm']) if (existsSync(live + suffix)) renameSync(live + suffix, keptAside + suffix);
    }
    renameSync(incoming, live);
  } catch (err) {
    rmSync(incoming, { force: true });
    rmSync(`${incoming}-journal`, { force: true });
    throw err;
  }

  // Opened as the server opens it: an older backup is migrated to this code's schema here.
  const store = openSqliteStore(dataDir);
  try {
    await store.migrate();
  } finally {
    await store.close();
  }
  const db = new Database(live, { fileMustExist: true, readonly: true });
  try {
    return { keptAside, facts: factsOf(db, live) };
  } finally {
    db.close();
  }
}
