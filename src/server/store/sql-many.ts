import type { Db } from './db.ts';

// Lists and many rows in one statement, for both databases. A list travels as ONE parameter, not
// one placeholder per item: a key may own tens of thousands of scopes, and a push names hundreds of
// records, past SQLite's 32,766 and PostgreSQL's 65,535 parameters to a statement.

/** `column` is one of the list passed as the next parameter (see `listParam`). */
export function inList(db: Db, column: string): string {
  return db.kind === 'postgres' ? `${column} = ANY(CAST(? AS text[]))` : `${column} IN (SELECT value FROM json_each(?))`;
}

/** A list of strings as the one parameter `inList` expects. */
export function listParam(db: Db, items: readonly string[]): unknown {
  return db.kind === 'postgres' ? [...items] : JSON.stringify(items);
}

/**
 * A table `alias(first, second)` of text pairs, to join on a two-column key; the SQL names its
 * parameters, given with it (two parallel arrays on PostgreSQL, one JSON array of pairs on SQLite).
 */
export function pairsTable(db: Db, alias: string, [first, second]: readonly [string, string], pairs: readonly (readonly [string, string])[]): { sql: string; params: unknown[] } {
  if (db.kind === 'postgres') {
    return { sql: `unnest(CAST(? AS text[]), CAST(? AS text[])) AS ${alias}(${first}, ${second})`, params: [pairs.map((p) => p[0]), pairs.map((p) => p[1])] };
  }
  return { sql: `(SELECT json_extract(value, '$[0]') AS ${first}, json_extract(value, '$[1]') AS ${second} FROM json_each(?)) AS ${alias}`, params: [JSON.stringify(pairs)] };
}

/** Most parameters one PostgreSQL statement may carry. */
const MAX_PARAMS = 65_535;

/**
 * Insert many rows: `insert` is the statement's head (`INSERT INTO t (a, b)`), `conflict` its
 * optional `ON CONFLICT …` clause. Rows are written in the order given; every row has as many
 * values as the first. On PostgreSQL, with as few statements as the parameter limit allows: each
 * is a round trip. SQLite has no trip to save: one single-row statement, prepared once, runs row
 * after row, where a statement of many rows has a text of its own for each number of rows, to
 * compile (over a millisecond for 500 rows) whenever that number is new or was let go, and runs
 * little faster once compiled.
 */
export async function insertRows(db: Db, insert: string, rows: readonly (readonly unknown[])[], conflict = ''): Promise<void> {
  const width = rows[0]?.length ?? 0;
  if (width === 0) return;
  const tuple = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  if (db.kind === 'sqlite') {
    const one = `${insert} VALUES ${tuple} ${conflict}`;
    for (const row of rows) await db.run(one, row);
    return;
  }
  const perStatement = Math.floor(MAX_PARAMS / width);
  for (let at = 0; at < rows.length; at += perStatement) {
    const chunk = rows.slice(at, at + perStatement);
    await db.run(`${insert} VALUES ${chunk.map(() => tuple).join(', ')} ${conflict}`, chunk.flat());
  }
}
