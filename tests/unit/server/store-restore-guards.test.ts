// What a restore must never do (src/server/admin/restore.ts, store-file.ts): restore into a folder
// the server does not use, leave files the server's user cannot open or SQLite's -wal/-shm beside
// the restored database, or bring a crafted backup's triggers, views, tables or indexes into the
// live store.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupStore } from '../../../src/server/admin/backup.ts';
import { restoreStore } from '../../../src/server/admin/restore.ts';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import { runAdmin } from './admin-run.ts';

const DB = 'workshop-companion.sqlite';
const folder = (name: string) => mkdtempSync(join(tmpdir(), `wc-${name}-`));
const chosen = { dataDirSet: true };

/** A data folder with a store holding one key, closed; and a backup of it. */
async function storeWithKey(name: string): Promise<{ dataDir: string; backup: string }> {
  const dataDir = folder('guard');
  const store = openSqliteStore(dataDir);
  await store.migrate();
  await store.addKey({ hash: hashKey(newKey('facilitator')), role: 'facilitator', name });
  await store.close();
  const backup = join(folder('guard-backups'), `${name}.sqlite`);
  await backupStore(dataDir, backup);
  return { dataDir, backup };
}

/** A copy of `backup` with `sql` run in it, as someone crafting a backup would. */
function crafted(backup: string, name: string, sql: string): string {
  const file = join(folder('crafted'), `${name}.sqlite`);
  copyFileSync(backup, file);
  const db = new Database(file);
  db.exec(sql);
  db.close();
  return file;
}

describe('a restore', () => {
  it('without DATA_DIR, refuses a folder that holds no database, and says where it looked', { timeout: 30_000 }, async () => {
    const { backup } = await storeWithKey('Awa');
    const somewhere = folder('cwd');
    const run = await runAdmin(['restore', backup], {}, somewhere);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`There is no database in ${join(somewhere, 'data')}`);
    expect(run.err).toContain("set DATA_DIR to the server's data folder");
    expect(run.out).toBe('');
    expect(readdirSync(somewhere)).toEqual([]);

    // Set explicitly (even relative), it is restored there, and the folder is named in full.
    const done = await runAdmin(['restore', backup], { DATA_DIR: 'data' }, somewhere);
    expect([done.code, done.err]).toEqual([0, '']);
    expect(done.out).toContain(`Restored ${backup} into ${join(somewhere, 'data')} (DATA_DIR).`);
    expect(readdirSync(join(somewhere, 'data'))).toEqual([DB]);
  });

  it('leaves the restored database alone in the folder, no -wal or -shm beside it', async () => {
    const { dataDir, backup } = await storeWithKey('Awa');
    const done = await restoreStore(dataDir, backup, chosen);
    expect(readdirSync(dataDir).sort()).toEqual([DB, done.keptAside!.slice(dataDir.length + 1)].sort());
    const fresh = folder('fresh');
    await restoreStore(fresh, backup, chosen);
    expect(readdirSync(fresh)).toEqual([DB]);
  });

  it.skipIf(process.getuid?.() !== 0)('run as root, gives the restored database to the data folder’s owner', async () => {
    const { backup } = await storeWithKey('Awa');
    const dataDir = join(folder('service'), 'data');
    mkdirSync(dataDir, { mode: 0o700 });
    chownSync(dataDir, 65534, 65534);
    await restoreStore(dataDir, backup, chosen);
    const owner = statSync(join(dataDir, DB));
    expect([owner.uid, owner.gid, owner.mode & 0o777]).toEqual([65534, 65534, 0o600]);
    expect(readdirSync(dataDir)).toEqual([DB]);
  });

  it('refuses a backup that brings a trigger, a view, or a table or index of its own, and changes nothing', { timeout: 60_000 }, async () => {
    const { dataDir, backup } = await storeWithKey('Awa');
    const cases: [string, string, string][] = [
      ['trigger', 'CREATE TRIGGER wipe AFTER INSERT ON sync_records BEGIN DELETE FROM access_keys; END;', 'trigger wipe'],
      ['view', 'CREATE VIEW every_key AS SELECT * FROM access_keys', 'view every_key'],
      ['table', 'CREATE TABLE extra (x TEXT)', 'table extra'],
      ['index', 'CREATE INDEX access_keys_name ON access_keys (name)', 'index access_keys_name'],
      // A name the migrations use, defined otherwise (here: only some rows indexed).
      ['redefined', 'DROP INDEX sync_records_seq; CREATE INDEX sync_records_seq ON sync_records (seq) WHERE seq > 5', 'index sync_records_seq'],
    ];
    const before = readFileSync(join(dataDir, DB));
    for (const [name, sql, named] of cases) {
      const file = crafted(backup, name, sql);
      await expect(restoreStore(dataDir, file, chosen), name).rejects.toThrow(`${file} holds what the workshop companion's schema does not (${named})`);
    }
    // A name that would need quoting in SQL: a sentence and exit code 1, not a crash.
    const odd = crafted(backup, 'odd', 'CREATE TABLE "odd name; --" (x TEXT)');
    const run = await runAdmin(['restore', odd], { DATA_DIR: dataDir });
    expect([run.code, run.err]).toEqual([1, `${odd} is not a database of the workshop companion (it holds "table" "odd name; --", a name it never uses).\n`]);
    const trigger = crafted(backup, 'cli-trigger', 'CREATE TRIGGER wipe AFTER INSERT ON sync_records BEGIN DELETE FROM access_keys; END;');
    const cli = await runAdmin(['restore', trigger], { DATA_DIR: dataDir });
    expect(cli.code).toBe(1);
    expect(cli.err).toContain('(trigger wipe)');
    expect(readdirSync(dataDir)).toEqual([DB]);
    expect(readFileSync(join(dataDir, DB)).equals(before)).toBe(true);
    expect(existsSync(join(dataDir, `${DB}-wal`))).toBe(false);
  });

  it('a backup of a database that holds a trigger is refused too', async () => {
    const { dataDir } = await storeWithKey('Awa');
    const db = new Database(join(dataDir, DB));
    db.exec('CREATE TRIGGER wipe AFTER INSERT ON sync_records BEGIN DELETE FROM access_keys; END;');
    db.close();
    const into = folder('refused-backup');
    await expect(backupStore(dataDir, join(into, 'b.sqlite'))).rejects.toThrow("The copy holds what the workshop companion's schema does not (trigger wipe)");
    expect(readdirSync(into)).toEqual([]);
  });
});
