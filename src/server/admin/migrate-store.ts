import { existsSync } from 'node:fs';
import pg from 'pg';
import { openPostgresStore } from '../store/postgres.ts';
import { AdminRefusal, databaseIn, factsOf, holdDatabase, LATEST_VERSION, tablesOf } from './store-file.ts';
import { copyTables } from './table-copy.ts';

export interface MigrateReport {
  /** The target, its password hidden. */
  target: string;
  rows: Record<string, number>;
  feedPosition: number;
}

/** Before anything is created there: a database that holds tables of something else is not this product's to fill. */
async function refuseForeignTables(client: pg.Client, ours: readonly string[]): Promise<void> {
  const found = await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
  const foreign = found.rows.map((r) => r.table_name).filter((t) => !ours.includes(t));
  if (foreign.length > 0) throw new AdminRefusal(`The target holds tables the workshop companion does not have (${foreign.join(', ')}): migrate into a database of its own.`);
}

/** A connection URL fit to print: its password hidden, in the URL's user part or in a parameter (password, sslpassword). */
function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    for (const name of new Set(u.searchParams.keys())) if (/pass/i.test(name)) u.searchParams.set(name, '***');
    return u.toString();
  } catch {
    return 'the target';
  }
}

/**
 * Copy the embedded store of `dataDir` into the PostgreSQL database at `url`: every row of every
 * table, keys' hashes, join links, photos' files and the change feed with its positions unchanged,
 * so that devices' cursors stay valid and the feed goes on after its last position.
 *
 * The data folder's database is held for this command alone (no server may have it open), read in
 * one transaction and never written. The target is migrated to this code's schema as a server's
 * first start would, then filled in ONE transaction that also checks it held nothing before and,
 * table by table, that it holds as many rows as the source: either everything is copied or nothing.
 */
export async function migrateToPostgres(dataDir: string, url: string): Promise<MigrateReport> {
  if (!/^postgres(ql)?:\/\//.test(url)) throw new AdminRefusal('--to takes a PostgreSQL URL, as postgres://USER:PASSWORD@HOST:5432/DATABASE');
  const file = databaseIn(dataDir);
  if (!existsSync(file)) throw new AdminRefusal(`There is no database in ${dataDir} (DATA_DIR) to migrate.`);
  const source = holdDatabase(file);
  try {
    const facts = factsOf(source, file);
    if (facts.version !== LATEST_VERSION) {
      throw new AdminRefusal(
        `The database in ${dataDir} is at schema version ${facts.version}, this code at ${LATEST_VERSION}: start the server of this version once on it (it updates the schema), stop it, then migrate.`,
      );
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await refuseForeignTables(client, tablesOf(source));
      const store = openPostgresStore(url);
      try {
        await store.migrate();
        const version = await store.schemaVersion();
        if (version !== LATEST_VERSION)
          throw new AdminRefusal(`The target is at schema version ${version}, this code at ${LATEST_VERSION}: migrate with the version of the workshop companion that made it.`);
      } finally {
        await store.close();
      }
      // A read transaction on the source too: one moment's state, whatever else might read it.
      source.exec('BEGIN');
      await client.query('BEGIN');
      const rows = await copyTables(source, client, tablesOf(source));
      const unequal = Object.keys(facts.rows).filter((t) => rows[t] !== facts.rows[t]);
      if (unequal.length > 0) throw new Error(`Row counts differ after the copy in ${unequal.map((t) => `${t} (${facts.rows[t]} here, ${rows[t]} there)`).join(', ')}: nothing was kept.`);
      const position = Number((await client.query<{ value: string }>("SELECT value FROM sync_counter WHERE name = 'changes'")).rows[0]?.value ?? 0);
      if (position !== facts.feedPosition) throw new Error(`The feed position is ${position} in the target but ${facts.feedPosition} here: nothing was kept.`);
      await client.query('COMMIT');
      return { target: shownUrl(url), rows, feedPosition: position };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      if (source.inTransaction) source.exec('ROLLBACK');
      await client.end();
    }
  } finally {
    source.close();
  }
}
