// Putting a backup back (src/server/admin/restore.ts): only while no server has the data folder's
// database open, only a sound backup of this product, and never losing the database in place.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupStore } from '../../../src/server/admin/backup.ts';
import { restoreStore } from '../../../src/server/admin/restore.ts';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { createApp } from '../../../src/server/http/app.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import { MIGRATIONS, type ServerStore } from '../../../src/server/store/types.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { mutation, notePatch, workshopPatch } from './sync-fixtures.ts';
import { runAdmin } from './admin-run.ts';

const DB = 'workshop-companion.sqlite';
const folder = (name: string) => mkdtempSync(join(tmpdir(), `wc-${name}-`));
/** DATA_DIR set by the administrator, as every restore into a new folder needs. */
const chosen = { dataDirSet: true };
const names = async (store: ServerStore) => (await store.listKeys()).map((k) => k.name);

/** A data folder with a store holding one key named `name`, closed; and a backup of it. */
async function storeWithKey(name: string): Promise<{ dataDir: string; backup: string }> {
  const dataDir = folder('restore');
  const store = openSqliteStore(dataDir);
  await store.migrate();
  await store.addKey({ hash: hashKey(newKey('facilitator')), role: 'facilitator', name });
  const w = uuidv7();
  await store.push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) })], () => undefined);
  await store.close();
  const backup = join(folder('backups'), `${name}.sqlite`);
  await backupStore(dataDir, backup);
  return { dataDir, backup };
}

describe('a restore', () => {
  it('is refused while a server has the data folder open, and changes nothing', { timeout: 30_000 }, async () => {
    const { dataDir, backup } = await storeWithKey('Awa');
    const server = openSqliteStore(dataDir);
    await server.migrate();
    const app = createApp({ store: server, staticDir: dataDir, version: 'test', bodyLimit: 1024 * 1024 });
    expect((await app.request('/api/health')).status).toBeLessThan(500);
    await server.addKey({ hash: hashKey(newKey('coordinator')), role: 'coordinator', name: 'Henrik' });
    const files = readdirSync(dataDir).sort();
    await expect(restoreStore(dataDir, backup, chosen)).rejects.toThrow(/A server \(or another program\) has the database .* open: stop the server first/);
    // From another process, as the administrator runs it, too.
    const run = await runAdmin(['restore', backup], { DATA_DIR: dataDir });
    expect([run.code, run.err]).toEqual([1, `A server (or another program) has the database ${join(dataDir, DB)} open: stop the server first, then run this again.\n`]);
    expect(readdirSync(dataDir).sort()).toEqual(files);
    expect(await names(server)).toEqual(['Awa', 'Henrik']);
    await server.close();

    // Once it stopped, the restore goes ahead.
    await restoreStore(dataDir, backup, chosen);
    const restored = openSqliteStore(dataDir);
    expect(await names(restored)).toEqual(['Awa']);
    await restored.close();
  });

  it('refuses a file that is not a backup of this product, a damaged one and one from a newer version', async () => {
    const { dataDir, backup } = await storeWithKey('Awa');
    const dir = folder('not-backups');
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'SQLite format 3 is what this is not');
    const other = join(dir, 'other.sqlite');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE recipes (name TEXT)');
    foreign.close();
    const damaged = join(dir, 'damaged.sqlite');
    const bytes = readFileSync(backup);
    // Scribble over the second page, where the tables' pages begin.
    bytes.fill(0x5a, 4096 + 8, 4096 + 600);
    writeFileSync(damaged, bytes);
    const newer = join(dir, 'newer.sqlite');
    copyFileSync(backup, newer);
    const future = new Database(newer);
    future.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(MIGRATIONS.at(-1)!.version + 1, new Date().toISOString());
    future.close();

    const before = readFileSync(join(dataDir, DB));
    await expect(restoreStore(dataDir, text, chosen)).rejects.toThrow(`${text} is not a database of the workshop companion (it is not a SQLite database).`);
    await expect(restoreStore(dataDir, other, chosen)).rejects.toThrow(`${other} is not a database of the workshop companion (its tables are not the store's).`);
    await expect(restoreStore(dataDir, damaged, chosen)).rejects.toThrow(/is damaged|is not a database of the workshop companion/);
    await expect(restoreStore(dataDir, newer, chosen)).rejects.toThrow(`${newer} was written by a newer version of the workshop companion`);
    await expect(restoreStore(dataDir, join(dir, 'missing.sqlite'), chosen)).rejects.toThrow('There is no file');
    // Nothing in the data folder changed, and no copy was left behind.
    expect(readdirSync(dataDir)).toEqual([DB]);
    expect(readFileSync(join(dataDir, DB)).equals(before)).toBe(true);
  });

  it('keeps the database in place aside, whole, and the restored one opens and migrates', async () => {
    const { dataDir: original, backup } = await storeWithKey('Awa');
    // A change after the backup, still in the write-ahead log when the server died (a copy of
    // its files at that moment stands for the crashed server's data folder).
    const live = new Database(join(original, DB));
    live.pragma('wal_autocheckpoint = 0');
    live.prepare('INSERT INTO access_keys (hash, role, name, created_at) VALUES (?, ?, ?, ?)').run(hashKey(newKey('facilitator')), 'facilitator', 'Lars', new Date().toISOString());
    const dataDir = folder('crashed');
    for (const file of [DB, `${DB}-wal`]) copyFileSync(join(original, file), join(dataDir, file));
    live.close();
    expect(readFileSync(join(dataDir, `${DB}-wal`)).length).toBeGreaterThan(0);

    const done = await restoreStore(dataDir, backup, chosen);
    expect(done.keptAside).toMatch(new RegExp(`/${DB}\\.before-restore-\\d{8}T\\d{6}Z$`));
    expect(done.facts.rows.access_keys).toBe(1);
    expect(existsSync(backup)).toBe(true);
    const restored = openSqliteStore(dataDir);
    await restored.migrate();
    expect(await names(restored)).toEqual(['Awa']);
    expect(await restored.feedPosition()).toBeGreaterThan(1);
    await restored.close();

    // The old database, set aside, still opens with everything it held.
    const aside = new Database(done.keptAside ?? '', { readonly: true });
    expect(aside.prepare('SELECT name FROM access_keys ORDER BY name').pluck().all()).toEqual(['Awa', 'Lars']);
    aside.close();
  });

  it('moves the change feed past every position given out before, so devices that synced after the backup pull what is written next', async () => {
    const allow = () => undefined;
    const dataDir = folder('restore-feed');
    const store = openSqliteStore(dataDir);
    await store.migrate();
    const w = uuidv7();
    await store.push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) })], allow);
    const backup = join(folder('backups'), 'feed.sqlite');
    await backupStore(dataDir, backup);
    for (let i = 0; i < 3; i++) await store.push([mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, `after the backup ${i}`) })], allow);
    // A device pulled all of it: its cursor is past the backup's last position.
    const deviceCursor = await store.feedPosition();
    await store.close();

    /** What a device with that cursor pulls once a change is written after a restore into `folder`. */
    const pulledAfterRestore = async (into: string) => {
      const done = await restoreStore(into, backup, chosen);
      expect(done.facts.feedPosition).toBeGreaterThan(deviceCursor);
      const restored = openSqliteStore(into);
      await restored.migrate();
      const next = uuidv7();
      await restored.push([mutation({ kind: 'note', recordId: next, scope: w, patch: notePatch(w, 'after the restore') })], allow);
      const page = await restored.pull(deviceCursor, [w], 100);
      await restored.close();
      return { next, pulled: page.changes.map((c) => c.record.id) };
    };
    // Over the database in place...
    const over = await pulledAfterRestore(dataDir);
    expect(over.pulled).toEqual([over.next]);
    // ...and on a new machine, where the database that gave out those positions is gone.
    const bare = await pulledAfterRestore(folder('restore-feed-new'));
    expect(bare.pulled).toEqual([bare.next]);
  });

  it('brings an older backup up to this schema', async () => {
    const dir = folder('old-backup');
    const old = join(dir, 'old.sqlite');
    const db = new Database(old);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.slice(0, 3)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, '2026-01-01T00:00:00.000Z');
    }
    db.prepare('INSERT INTO access_keys (hash, role, name, created_at) VALUES (?, ?, ?, ?)').run(hashKey(newKey('facilitator')), 'facilitator', 'Awa', '2026-01-01T00:00:00.000Z');
    db.close();
    const dataDir = folder('restore-old');
    const done = await restoreStore(dataDir, old, chosen);
    expect(done.facts.version).toBe(MIGRATIONS.at(-1)!.version);
    const store = openSqliteStore(dataDir);
    expect((await store.listKeys()).map((k) => [k.name, k.lastUsedAt])).toEqual([['Awa', null]]);
    await store.close();
  });
});
