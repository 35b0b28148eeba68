import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
 * The copy is written under a temporary name beside the target, checked (SQLite's integrity check,
 * the store's tables, its schema version), synced to disk and only then renamed to `target`: a
 * backup file that exists is a whole one. `target` may be a folder: the file is then named after
 * the time. An existing file is never overwritten.
 */
export async function backupStore(dataDir: string, target: string): Promise<BackupReport> {
  const source = databaseIn(dataDir);
  if (!existsSync(source)) throw new AdminRefusal(`There is no database in ${dataDir} (DATA_DIR) to back up.`);
  let path = resolve(target);
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, `workshop-companion-${utcStamp()}.sqlite`);
  if (existsSync(path)) throw new AdminRefusal(`${path} exists already: backups never overwrite a file, choose a new name.`);
  if (!existsSync(dirname(path))) throw new AdminRefusal(`The folder ${dirname(path)} does not exist.`);

  const partial = `${path}.partial-${process.pid}`;
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(partial, { progress: () => ALL_PAGES });
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    db.close();
  }
  try {
    // Keys' hashes and every workshop's records: for the server's own user only, as DATA_DIR is.
    chmodSync(partial, 0o600);
    const facts = verifyStoreCopy(partial, 'The copy');
    syncToDisk(partial);
    renameSync(partial, path);
    syncToDisk(dirname(path));
    return { path, bytes: statSync(path).size, facts };
  } catch (err) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
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
