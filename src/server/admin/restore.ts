import Database from 'better-sqlite3';
import { chmodSync, chownSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openSqliteStore } from '../store/sqlite.ts';
import { AdminRefusal, databaseIn, factsOf, holdDatabase, utcStamp, verifyStoreCopy, type StoreFacts } from './store-file.ts';

export interface RestoreReport {
  /** The data folder restored into, as an absolute path. */
  folder: string;
  /** Where the database that was in place now is (undefined when there was none). */
  keptAside: string | undefined;
  facts: StoreFacts;
}

/**
 * Feed positions a restore leaves unused above the last one the backup gave out. Devices that
 * synced after the backup hold cursors beyond it, up to the last position of the database the
 * backup replaces, which may be gone (a lost disk) or a new, empty one: every change written from
 * now on must lie past those cursors, or those devices would never pull it. A billion changes is far
 * more than a server takes between two backups; positions go up to 2^53.
 */
const FEED_GAP = 1_000_000_000;

export interface RestoreOptions {
  /** DATA_DIR was set, rather than its default `./data` taken relative to wherever this runs. */
  dataDirSet: boolean;
}

/**
 * Put a backup back as the embedded database of `dataDir`. The file is copied into a private
 * folder inside the data folder and checked there (a SQLite database of this product, sound, with
 * nothing in its schema but what this code's migrations make, and a schema no newer than this
 * code's), then opened as the server opens it so that an older backup is migrated, all before the
 * database in place is touched. The database in place is set aside, never deleted, as
 * `<db>.before-restore-<UTC time>`, its write-ahead log folded in first so that it stays one whole
 * file. While a server has the database open, SQLite's own lock refuses the restore. The restored
 * change feed goes on past every position either database gave out (FEED_GAP).
 *
 * A folder that holds no database yet is refused unless DATA_DIR was set: the default `./data`
 * depends on where the command runs, and a restore there would leave the server's data untouched.
 */
export async function restoreStore(dataDir: string, backupFile: string, options: RestoreOptions): Promise<RestoreReport> {
  const from = resolve(backupFile);
  if (!existsSync(from) || !statSync(from).isFile()) throw new AdminRefusal(`There is no file ${from}.`);
  const folder = resolve(dataDir);
  const live = databaseIn(folder);
  if (from === live) throw new AdminRefusal(`${from} is the database in place: restore a backup of it instead.`);
  if (!existsSync(live) && !options.dataDirSet) {
    throw new AdminRefusal(
      `There is no database in ${folder}, the default data folder from here, and DATA_DIR is not set: set DATA_DIR to the server's data folder (as in the server's settings), then run this again.`,
    );
  }
  mkdirSync(folder, { recursive: true, mode: 0o700 });

  // Made 0700 with a name of its own: nothing else can be planted or read in it meanwhile.
  const work = mkdtempSync(join(folder, '.restoring-'));
  try {
    const incoming = databaseIn(work);
    copyFileSync(from, incoming, constants.COPYFILE_EXCL);
    chmodSync(incoming, 0o600);
    verifyStoreCopy(incoming, from);
    // Opened as the server opens it: an older backup is migrated to this code's schema here.
    const store = openSqliteStore(work);
    try {
      await store.migrate();
    } finally {
      await store.close();
    }
    const facts = standAlone(incoming, from);

    let replaced = 0;
    if (existsSync(live)) {
      const held = holdDatabase(live);
      try {
        // Everything the log holds goes into the database file, which then stands alone.
        held.pragma('wal_checkpoint(TRUNCATE)');
        replaced = feedPositionOf(held);
      } finally {
        held.close();
      }
    }
    facts.feedPosition = moveFeedTo(incoming, Math.max(facts.feedPosition, replaced) + FEED_GAP);
    giveToFolderOwner(folder, [incoming]);

    let keptAside: string | undefined;
    if (existsSync(live)) {
      keptAside = `${live}.before-restore-${utcStamp()}`;
      // The log and index files go with their database, should SQLite have left any behind.
      for (const suffix of ['', '-wal', '-shm']) if (existsSync(live + suffix)) renameSync(live + suffix, keptAside + suffix);
    }
    renameSync(incoming, live);
    return { folder, keptAside, facts };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The restored database's facts, read with a connection that can write (a read-only one would leave
 * -wal and -shm files behind) after folding it into one file: it is moved into place alone.
 */
function standAlone(file: string, shownAs: string): StoreFacts {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    return factsOf(db, shownAs);
  } finally {
    db.close();
  }
}

/** The last feed position a database gave out; 0 if it cannot tell (a damaged one, say: the gap covers it). */
function feedPositionOf(db: Database.Database): number {
  try {
    return Number(db.prepare("SELECT COALESCE(MAX(value), 0) FROM sync_counter WHERE name = 'changes'").pluck().get());
  } catch {
    return 0;
  }
}

/** Sets where the restored database's change feed goes on from; the position, for the report. */
function moveFeedTo(file: string, position: number): number {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.prepare("UPDATE sync_counter SET value = ? WHERE name = 'changes'").run(position);
  } finally {
    db.close();
  }
  return position;
}

/**
 * Run as root (to reach a data folder only the service's user may open), the files made here would
 * be root's, and the server, running as that user, could not open its database: they are given to
 * the data folder's owner.
 */
function giveToFolderOwner(folder: string, files: readonly string[]): void {
  if (process.getuid?.() !== 0) return;
  const { uid, gid } = statSync(folder);
  for (const file of files) chownSync(file, uid, gid);
}
