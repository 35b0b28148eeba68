// Moving an embedded store to PostgreSQL (src/server/admin/migrate-store.ts): every row of every
// table, in a schema of each test's own so that the other PostgreSQL tests' rows never meet it.
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToPostgres } from '../../../src/server/admin/migrate-store.ts';
import { tablesOf } from '../../../src/server/admin/store-file.ts';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { openPostgresStore } from '../../../src/server/store/postgres.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import { cofacilitatorCodeHash, newCofacilitatorCode } from '../../../src/shared/identity/cofacilitator-code.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { mutation, notePatch, workshopPatch } from './sync-fixtures.ts';
import { sha256 } from './photo-fixtures.ts';
import { pgSchemas } from './pg-schema.ts';
import { runAdmin } from './admin-run.ts';

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) console.warn('Migration to PostgreSQL not tested: set TEST_DATABASE_URL (".ci/run" does) to test it.');
const DB = 'workshop-companion.sqlite';

const schemas = pgSchemas(pgUrl ?? '');
const freshSchemaUrl = () => schemas.fresh();
afterAll(() => schemas.drop());

/** Every row of a table, as comparable text, in a stable order. */
const normal = (v: unknown) =>
  v instanceof Uint8Array
    ? `bytes:${Buffer.from(v).toString('hex')}`
    : typeof v === 'number' || typeof v === 'bigint'
      ? `n:${v}`
      : typeof v === 'string'
        ? `s:${v}`
        : v === null
          ? null
          : `other:${JSON.stringify(v)}`;
const sortedRows = (rows: Record<string, unknown>[]) =>
  rows
    .map((row) =>
      JSON.stringify(
        Object.fromEntries(
          Object.entries(row)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, normal(v)]),
        ),
      ),
    )
    .sort();

async function everyRow(url: string, table: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return sortedRows((await client.query<Record<string, unknown>>(`SELECT * FROM "${table}"`)).rows);
  } finally {
    await client.end();
  }
}
function everySqliteRow(dataDir: string): Record<string, string[]> {
  const db = new Database(join(dataDir, DB), { readonly: true });
  try {
    return Object.fromEntries(tablesOf(db).map((t) => [t, sortedRows(db.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[])]));
  } finally {
    db.close();
  }
}

/** A closed embedded store with rows in every table the migrations make. */
async function filledStore(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wc-migrate-'));
  const store = openSqliteStore(dataDir);
  await store.migrate();
  const awa = hashKey(newKey('facilitator'));
  await store.addKey({ hash: awa, role: 'facilitator', name: 'Awa Diop' });
  const gone = hashKey(newKey('coordinator'));
  await store.addKey({ hash: gone, role: 'coordinator', name: 'Henrik' });
  await store.revokeKey(gone);
  await store.recordKeyUse(awa, 0);
  const w = uuidv7();
  const token = sha256(Buffer.from('a join token for the workshop'));
  await store.push(
    [
      mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), joinTokenHash: token } }),
      ...Array.from({ length: 1500 }, (_, i) => mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, `note ${i} ✊🏾 « Solidarité »`) })),
    ],
    () => undefined,
  );
  await store.claimScopes(awa, [w]);
  // A colleague co-facilitates the workshop by a code Awa's device set on it.
  const colleague = hashKey(newKey('facilitator'));
  await store.addKey({ hash: colleague, role: 'facilitator', name: 'Kofi' });
  const code = newCofacilitatorCode();
  const expiresAt = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
  await store.push(
    [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { cofacilitatorCode: { hash: cofacilitatorCodeHash(code), expiresAt } } })],
    () => undefined,
    undefined,
    () => awa,
  );
  expect(await store.redeemCofacilitatorCode(cofacilitatorCodeHash(code), colleague)).toEqual({ status: 'added', workshopId: w });
  const data = randomBytes(300_000);
  expect(await store.storePhoto({ hash: sha256(data), type: 'image/jpeg', bytes: data.length, data, scope: w, keyHash: awa })).toBe('stored');
  await store.close();
  const db = new Database(join(dataDir, DB));
  db.prepare('INSERT INTO server_info (key, value) VALUES (?, ?)').run('installed', '2026-03-10');
  db.close();
  return dataDir;
}

describe.skipIf(!pgUrl)('migrate to PostgreSQL', () => {
  it('copies every row of every table, leaves the source as it was, and the feed goes on after its last position', async () => {
    const dataDir = await filledStore();
    const before = everySqliteRow(dataDir);
    // Every table the migrations make holds rows here, so the comparison below covers it: a new
    // table must be given rows in this fixture, and is then checked like the others.
    const empty = Object.entries(before).filter(([, rows]) => rows.length === 0);
    expect(empty.map(([t]) => t)).toEqual([]);

    const url = await freshSchemaUrl();
    const report = await migrateToPostgres(dataDir, url);
    expect(Object.keys(report.rows).sort()).toEqual(Object.keys(before).sort());
    for (const [table, rows] of Object.entries(before)) {
      expect([table, report.rows[table]]).toEqual([table, rows.length]);
      expect([table, await everyRow(url, table)]).toEqual([table, rows]);
    }
    expect(report.target).not.toContain('workshop_ci:workshop_ci');
    expect(everySqliteRow(dataDir)).toEqual(before);
    expect(readdirSync(dataDir).filter((f) => !f.endsWith('-wal') && !f.endsWith('-shm'))).toEqual([DB]);

    const store = openPostgresStore(url);
    await store.migrate();
    const position = await store.feedPosition();
    expect(position).toBe(1503);
    const w = uuidv7();
    const pushed = await store.push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) })], () => undefined);
    expect(pushed.last).toBe(position + 1);
    await store.close();
  }, 60_000);

  it('refuses a target that holds data, and changes nothing there', async () => {
    const dataDir = await filledStore();
    const url = await freshSchemaUrl();
    const used = openPostgresStore(url);
    await used.migrate();
    await used.addKey({ hash: hashKey(newKey('facilitator')), role: 'facilitator', name: 'Already here' });
    await expect(migrateToPostgres(dataDir, url)).rejects.toThrow('The target already holds data (table access_keys): migrate only into a new, empty database.');
    expect((await used.listKeys()).map((k) => k.name)).toEqual(['Already here']);
    expect(await used.feedPosition()).toBe(0);
    await used.close();

    // A database of something else gets none of the store's tables.
    const elsewhere = await freshSchemaUrl();
    const other = new pg.Client({ connectionString: elsewhere });
    await other.connect();
    await other.query('CREATE TABLE recipes (name TEXT)');
    await expect(migrateToPostgres(dataDir, elsewhere)).rejects.toThrow('The target holds tables the workshop companion does not have (recipes): migrate into a database of its own.');
    const tables = await other.query('SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()');
    expect(tables.rows).toEqual([{ table_name: 'recipes' }]);
    await other.end();

    // Into an empty target it goes once (the password may come from PGPASSWORD, out of the
    // command line); a second run finds the first one's data.
    const empty = new URL(await freshSchemaUrl());
    const env = { DATA_DIR: dataDir, PGPASSWORD: decodeURIComponent(empty.password) };
    empty.password = '';
    const first = await runAdmin(['migrate', '--to', empty.toString()], env);
    expect([first.code, first.err]).toEqual([0, '']);
    expect(first.out).toMatch(/^ {2}sync_records +1501$/m);
    expect(first.out).toContain('Feed position 1503. The data folder is unchanged.');
    const again = await runAdmin(['migrate', '--to', empty.toString()], env);
    expect([again.code, again.err]).toEqual([1, 'The target already holds data (table access_keys): migrate only into a new, empty database.\n']);
  }, 60_000);

  it('hides every password in the target it prints, and refuses a source that brings a trigger of its own', async () => {
    const dataDir = await filledStore();
    // The password as URL parameters, which pg reads as well as the user part's.
    const url = new URL(await freshSchemaUrl());
    const password = decodeURIComponent(url.password);
    url.password = '';
    url.searchParams.set('password', password);
    url.searchParams.set('sslpassword', 'not-for-the-terminal');
    const report = await migrateToPostgres(dataDir, url.toString());
    expect(report.target).not.toContain(`password=${password}`);
    expect(report.target).not.toContain('not-for-the-terminal');
    expect(report.target).toContain('password=***');

    const trapped = await filledStore();
    const db = new Database(join(trapped, DB));
    db.exec('CREATE TRIGGER wipe AFTER INSERT ON sync_records BEGIN DELETE FROM access_keys; END;');
    db.close();
    const target = await freshSchemaUrl();
    await expect(migrateToPostgres(trapped, target)).rejects.toThrow("holds what the workshop companion's schema does not (trigger wipe)");
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    const tables = await client.query('SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()');
    await client.end();
    expect(tables.rows).toEqual([]);
  }, 60_000);

  it('refuses while a server has the data folder open', async () => {
    const dataDir = await filledStore();
    const server = openSqliteStore(dataDir);
    await server.ping();
    await expect(migrateToPostgres(dataDir, await freshSchemaUrl())).rejects.toThrow('stop the server first');
    await server.close();
  }, 60_000);
});
