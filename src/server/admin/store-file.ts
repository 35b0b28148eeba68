import Database from 'better-sqlite3';
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { SQLITE_FILE } from '../store/sqlite.ts';
import { MIGRATIONS } from '../store/types.ts';

/** A refusal the administrator can act on: printed as is, the command exits with 1. */
export class AdminRefusal extends Error {}

/** The newest schema version this code knows. */
export const LATEST_VERSION = MIGRATIONS.at(-1)!.version;

/** The embedded database of a data folder. */
export const databaseIn = (dataDir: string) => join(dataDir, SQLITE_FILE);

/** Now as a compact UTC time that sorts and is safe in a file name: 20261206T160917Z. */
export const utcStamp = (at = new Date()) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/** Table names come from the database itself; only plain names are ever put into SQL. */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
export function quoted(name: string): string {
  if (!PLAIN_NAME.test(name)) throw new Error(`Unexpected table or column name ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/** The tables of a SQLite database, by name (SQLite's own tables left out). */
export function tablesOf(db: Database.Database): string[] {
  return db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").pluck().all();
}

/** What a store file holds: its schema version, rows per table and the last position of its change feed. */
export interface StoreFacts {
  version: number;
  rows: Record<string, number>;
  feedPosition: number;
}

const SQLITE_MAGIC = 'SQLite format 3\0';
function looksLikeSqlite(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a copy that is ours to change (a backup being written, a file about to be restored) and
 * checks it is a sound database of this product that this code can open: SQLite's integrity check,
 * the store's tables, and a schema no newer than this code's. It is left in rollback-journal mode so
 * that it is one self-contained file (the server turns WAL on again when it opens it).
 */
export function verifyStoreCopy(path: string, shownAs: string): StoreFacts {
  const notOurs = `${shownAs} is not a database of the workshop companion`;
  if (!looksLikeSqlite(path)) throw new AdminRefusal(`${notOurs} (it is not a SQLite database).`);
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    const problems = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    if (problems.length !== 1 || problems[0]?.integrity_check !== 'ok') {
      throw new AdminRefusal(`${shownAs} is damaged (SQLite's integrity check: ${problems.map((p) => p.integrity_check).join('; ')}).`);
    }
    return factsOf(db, shownAs);
  } catch (err) {
    if (err instanceof Database.SqliteError && err.code === 'SQLITE_NOTADB') throw new AdminRefusal(`${notOurs} (SQLite cannot read it).`);
    // A schema SQLite cannot parse (written with writable_schema, say) is damage, not a crash.
    if (err instanceof Database.SqliteError && err.code.startsWith('SQLITE_CORRUPT')) throw new AdminRefusal(`${shownAs} is damaged (${err.message}).`);
    throw err;
  } finally {
    db.close();
  }
}

/** Version, rows per table and feed position of an open store database. */
export function factsOf(db: Database.Database, shownAs: string): StoreFacts {
  const notOurs = `${shownAs} is not a database of the workshop companion`;
  const tables = tablesOf(db);
  if (!['schema_migrations', 'sync_records', 'sync_counter', 'access_keys'].every((t) => tables.includes(t))) throw new AdminRefusal(`${notOurs} (its tables are not the store's).`);
  refuseForeignSchema(db, shownAs);
  const version = Number(db.prepare('SELECT COALESCE(MAX(version), 0) FROM schema_migrations').pluck().get());
  if (version > LATEST_VERSION) {
    throw new AdminRefusal(`${shownAs} was written by a newer version of the workshop companion (schema ${version}; this one knows up to ${LATEST_VERSION}): update this installation first.`);
  }
  const rows: Record<string, number> = {};
  for (const t of tables)
    rows[t] = Number(
      db
        .prepare(`SELECT COUNT(*) FROM ${quoted(t)}`)
        .pluck()
        .get(),
    );
  const feedPosition = Number(db.prepare("SELECT COALESCE(MAX(value), 0) FROM sync_counter WHERE name = 'changes'").pluck().get());
  return { version, rows, feedPosition };
}

/** Rows per table as one line for the administrator, the ones people name first. */
export function describeFacts(facts: StoreFacts): string[] {
  const r = (t: string) => facts.rows[t] ?? 0;
  return [
    `  records ${r('sync_records')}, keys ${r('access_keys')}, join links ${r('join_tokens')}, photo files ${r('photo_blobs')}; feed position ${facts.feedPosition}; schema version ${facts.version}`,
    `  rows per table: ${Object.entries(facts.rows)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`,
  ];
}

/**
 * Takes the database of a data folder for this command alone, through SQLite's own file locks: a
 * running server keeps its connection (and so a shared lock) open for as long as it runs, so an
 * exclusive lock is granted only when no server (nor any other program) has the database open. The
 * lock is held until the returned connection is closed, so no server can start writing meanwhile;
 * the OS releases it if this process dies, so no stale lock file can ever block a restore.
 */
export function holdDatabase(file: string): Database.Database {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return db;
  } catch (err) {
    db.close();
    if (err instanceof Database.SqliteError && (err.code === 'SQLITE_BUSY' || err.code === 'SQLITE_LOCKED')) {
      throw new AdminRefusal(`A server (or another program) has the database ${file} open: stop the server first, then run this again.`);
    }
    throw err;
  }
}

interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}
const schemaKey = (row: SchemaRow) => JSON.stringify([row.type, row.name, row.tbl_name, row.sql]);
const schemaOf = (db: Database.Database) => db.prepare<[], SchemaRow>('SELECT type, name, tbl_name, sql FROM sqlite_master').all();

let known: Set<string> | undefined;
/**
 * Every table and index, with its exact definition, that this code's migrations have made at any
 * version: they are run one by one on an empty database in memory and what each leaves is kept,
 * so a backup taken before a migration dropped or changed something is still recognised.
 */
function knownSchema(): Set<string> {
  if (known) return known;
  const db = new Database(':memory:');
  try {
    // As the store's migrate() makes it before any migration.
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const seen = new Set(schemaOf(db).map(schemaKey));
    for (const m of MIGRATIONS) {
      db.exec(m.sql);
      for (const row of schemaOf(db)) seen.add(schemaKey(row));
    }
    known = seen;
    return seen;
  } finally {
    db.close();
  }
}

/** A name read from a file, fit to print: quoted, control characters escaped. */
const shownName = (name: string) => JSON.stringify(name).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * A database put in place (restore) or copied (migrate) brings its schema along: a trigger, a view,
 * or a table or index of its own would then live inside the server's store (a trigger running on
 * every push, say). Anything that is not, name and definition, what this code's migrations make is
 * refused.
 */
function refuseForeignSchema(db: Database.Database, shownAs: string): void {
  const expected = knownSchema();
  const foreign = schemaOf(db).filter((row) => !expected.has(schemaKey(row)));
  if (foreign.length === 0) return;
  const odd = foreign.find((row) => !PLAIN_NAME.test(row.name) || !PLAIN_NAME.test(row.type));
  if (odd) throw new AdminRefusal(`${shownAs} is not a database of the workshop companion (it holds ${shownName(odd.type)} ${shownName(odd.name)}, a name it never uses).`);
  throw new AdminRefusal(
    `${shownAs} holds what the workshop companion's schema does not (${foreign.map((row) => `${row.type} ${row.name}`).join(', ')}): a trigger, a view, or a table or index added or defined otherwise would run inside the server, so it is refused.`,
  );
}
