import type Database from 'better-sqlite3';
import type pg from 'pg';
import { numbered, type Db } from '../store/db.ts';
import { insertRows } from '../store/sql-many.ts';
import { AdminRefusal, quoted } from './store-file.ts';

/** Rows sent to PostgreSQL per statement, and about the most bytes (photos' files are large). */
const BATCH_ROWS = 1000;
const BATCH_BYTES = 8 * 1024 * 1024;

/**
 * What a freshly migrated store holds before any use: a table may hold rows in a target that has
 * only been migrated if a migration writes them. Any other row means the target is in use.
 */
const SEEDED: Record<string, (row: Record<string, unknown>) => boolean> = {
  schema_migrations: () => true,
  sync_counter: (row) => row.name === 'changes' && Number(row.value) === 0,
};

/** The pg client of the copy's transaction as the store's `Db`, for `insertRows`. */
function clientDb(client: pg.ClientBase): Db {
  const db: Db = {
    kind: 'postgres',
    all: async <T>(sql: string, params: readonly unknown[] = []) => (await client.query(numbered(sql), [...params])).rows as T[],
    run: async (sql, params = []) => (await client.query(numbered(sql), [...params])).rowCount ?? 0,
    exec: async (sql) => void (await client.query(sql)),
    transaction: (fn) => fn(db),
    close: async () => undefined,
  };
  return db;
}

/** Column names of a table in the target's schema. */
async function targetColumns(client: pg.ClientBase, table: string): Promise<string[]> {
  const found = await client.query<{ column_name: string }>('SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position', [
    table,
  ]);
  return found.rows.map((r) => r.column_name);
}

/**
 * Copy every row of every table of `source` into the same tables of `target`, inside the target's
 * open transaction, and return the rows each table holds after the copy. Tables are found in the
 * source itself, not listed here, so a table a later migration adds is copied with the rest; a
 * table or column one side lacks stops the copy. The target must hold nothing a migration did not
 * put there; those seeded rows are replaced by the source's.
 */
export async function copyTables(source: Database.Database, target: pg.ClientBase, tables: readonly string[]): Promise<Record<string, number>> {
  const inTarget = (await target.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")).rows.map(
    (r) => r.table_name,
  );
  const missing = tables.filter((t) => !inTarget.includes(t));
  const foreign = inTarget.filter((t) => !tables.includes(t));
  if (missing.length > 0) throw new Error(`The target lacks the tables ${missing.join(', ')} after its migration.`);
  if (foreign.length > 0) throw new AdminRefusal(`The target holds tables the workshop companion does not have (${foreign.join(', ')}): migrate into a database of its own.`);
  // No server on the target may write while it is checked and filled.
  await target.query(`LOCK TABLE ${tables.map(quoted).join(', ')} IN ACCESS EXCLUSIVE MODE`);
  for (const table of tables) {
    const rows = (await target.query<Record<string, unknown>>(`SELECT * FROM ${quoted(table)} LIMIT 1000`)).rows;
    const seeded = SEEDED[table];
    if (rows.some((row) => !seeded?.(row))) throw new AdminRefusal(`The target already holds data (table ${table}): migrate only into a new, empty database.`);
  }

  const counts: Record<string, number> = {};
  for (const table of tables) {
    const columns = source
      .prepare<[], { name: string }>(`PRAGMA table_info(${quoted(table)})`)
      .all()
      .map((c) => c.name);
    const theirs = await targetColumns(target, table);
    if (columns.length !== theirs.length || columns.some((c) => !theirs.includes(c))) {
      throw new Error(`Table ${table} has columns ${columns.join(', ')} here but ${theirs.join(', ')} in the target.`);
    }
    await target.query(`DELETE FROM ${quoted(table)}`);
    await copyRows(source, clientDb(target), table, columns);
    await continueSequences(target, table);
    counts[table] = Number((await target.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${quoted(table)}`)).rows[0]?.n);
  }
  return counts;
}

/** A table's rows, read in one pass and written a batch at a time; integers stay exact (BigInt). */
async function copyRows(source: Database.Database, target: Db, table: string, columns: readonly string[]): Promise<void> {
  const names = columns.map(quoted).join(', ');
  const read = source
    .prepare(`SELECT ${names} FROM ${quoted(table)}`)
    .raw(true)
    .safeIntegers(true);
  const insert = `INSERT INTO ${quoted(table)} (${names})`;
  let batch: unknown[][] = [];
  let bytes = 0;
  for (const row of read.iterate() as Iterable<unknown[]>) {
    batch.push(row);
    bytes += row.reduce<number>((n, v) => n + (typeof v === 'string' ? v.length : v instanceof Uint8Array ? v.byteLength : 8), 0);
    if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) {
      await insertRows(target, insert, batch);
      [batch, bytes] = [[], 0];
    }
  }
  await insertRows(target, insert, batch);
}

/**
 * Sequences and identity columns go on after the highest value copied, so that the next row the
 * server adds never takes a copied one's number. (The change feed's positions come from the
 * `sync_counter` row, copied as is; this keeps any numbered column a later migration adds right.)
 */
async function continueSequences(target: pg.ClientBase, table: string): Promise<void> {
  const numbered = await target.query<{ column_name: string }>(
    "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')",
    [table],
  );
  for (const { column_name: column } of numbered.rows) {
    await target.query(`SELECT setval(pg_get_serial_sequence($1, $2), GREATEST(COALESCE((SELECT MAX(${quoted(column)}) FROM ${quoted(table)}), 0), 1), (SELECT COUNT(*) > 0 FROM ${quoted(table)}))`, [
      quoted(table),
      column,
    ]);
  }
}
