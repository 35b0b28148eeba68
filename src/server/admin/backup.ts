import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, linkSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AdminRefusal, databaseIn, utcStamp, verifyStoreCopy, type StoreFacts } from './store-file.ts';

export interface BackupReport {
  path: string;
  bytes: number;
  facts: StoreFacts;
}

/** Most pages one step may copy: SQLite's backup then copies the whole database in one step. */
const ALL_PAGES = 0x7fffffff;

/**
 * A consistent copy of the embedded database of `dataDir`, taken while the server may be writing.
 * A plain file copy would miss what is still in the write-ahead log (or catch a page half written);
 * SQLite's online backup, from a connection of its own, reads the database as of one moment, WAL
 * included. It copies every page in one step: between steps, any write by the server would make
 * SQLite start over, which under steady writes might never end. In WAL mode that one read does not
 * hold the server's writers up.
 *
 * The copy is written in a temporary folder beside the target, checked (SQLite's integrity check,
 * the store's tables and nothing else, its schema version), synced to disk and only then linked as
 * `target`: a backup file that exists is a whole one. `target` may be a folder: the file is then named after
 * the time. An existing file is never overwritten, not even one that appears while the copy is made.
 */
export async function backupStore(dataDir: string, target: string): Promise<BackupReport> {
  const source = databaseIn(dataDir);
  if (!existsSync(source)) throw new AdminRefusal(`There is no database in ${dataDir} (DATA_DIR) to back up.`);
  let path = resolve(target);
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, `workshop-companion-${utcStamp()}.sqlite`);
  if (existsSync(path)) throw new AdminRefusal(`${path} exists already: backups never overwrite a file, choose a new name.`);
  if (!existsSync(dirname(path))) throw new AdminRefusal(`The folder ${dirname(path)} does not exist.`);

  // The copy is made in a folder of this run's own, beside the target (so that it can be linked
  // into place): its name cannot be guessed in advance and only this user may write in it, so no
  // file or symlink planted under a predictable name is ever followed, the journal SQLite writes
  // beside the copy included. The file is made owner-only from its first byte (keys' hashes and
  // every workshop's records) and exclusively; SQLite then writes into it.
  const work = mkdtempSync(`${path}.partial-`);
  const partial = join(work, basename(path));
  try {
    closeSync(openSync(partial, 'wx', 0o600));
    const db = new Database(source, { fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      await db.backup(partial, { progress: () => ALL_PAGES });
    } finally {
      db.close();
    }
    const facts = verifyStoreCopy(partial, 'The copy');
    syncToDisk(partial);
    publish(partial, path);
    syncToDisk(dirname(path));
    return { path, bytes: statSync(path).size, facts };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Gives the finished copy its name. A hard link, unlike a rename, fails on an existing name, so a
 * file that appeared there since the check above is never replaced (the temporary name goes with
 * its folder).
 */
function publish(partial: string, path: string): void {
  try {
    linkSync(partial, path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new AdminRefusal(`${path} exists already: backups never overwrite a file, choose a new name.`);
    throw err;
  }
}

/** Flush a file or folder to disk, so that a crash right after cannot leave a renamed but empty backup. */
function syncToDisk(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
