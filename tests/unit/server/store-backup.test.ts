// The administrator's backup (src/server/admin/backup.ts), run as `npm run admin -- backup FILE`
// runs it, in a process of its own, while the server's store takes pushes.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupStore } from '../../../src/server/admin/backup.ts';
import { restoreStore } from '../../../src/server/admin/restore.ts';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import { MIGRATIONS } from '../../../src/server/store/types.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { mutation, notePatch, workshopPatch } from './sync-fixtures.ts';
import { runAdmin } from './admin-run.ts';

const admin = runAdmin;
const allow = () => undefined;
const chosen = { dataDirSet: true };
const folder = (name: string) => mkdtempSync(join(tmpdir(), `wc-${name}-`));

describe('a backup', () => {
  it('taken while pushes go on holds every change acknowledged before it began, and a consistent whole', async () => {
    const dataDir = folder('backup-live');
    const store = openSqliteStore(dataDir);
    await store.migrate();
    await store.addKey({ hash: hashKey(newKey('facilitator')), role: 'facilitator', name: 'Awa' });
    const w = uuidv7();
    await store.push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) })], allow);
    // Some bulk, so that the copy takes a moment while the writes go on.
    for (let i = 0; i < 20; i++) {
      await store.push(
        Array.from({ length: 50 }, () => mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, `bulk ${'x'.repeat(2000)}`) })),
        allow,
      );
    }

    // One note per push, in order, until the backup process has finished.
    const pushed: string[] = [];
    let acknowledgedBeforeBackup = -1;
    let backupDone = false;
    const writer = (async () => {
      while (!backupDone) {
        const id = uuidv7();
        const answer = await store.push([mutation({ kind: 'note', recordId: id, scope: w, patch: notePatch(w, `live ${pushed.length}`) })], allow);
        expect(answer.acks[0]?.status).toBe('applied');
        pushed.push(id);
        await new Promise((r) => setTimeout(r, 1));
      }
    })();
    while (pushed.length < 5) await new Promise((r) => setTimeout(r, 5));
    acknowledgedBeforeBackup = pushed.length;
    const file = join(folder('backups'), 'nightly.sqlite');
    const run = await admin(['backup', file], { DATA_DIR: dataDir });
    backupDone = true;
    await writer;
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Backup written: ${file} (`);
    expect(run.out).toContain('keys 1');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(file, '..'))).toEqual(['nightly.sqlite']);
    expect(pushed.length).toBeGreaterThan(acknowledgedBeforeBackup);

    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const ids = new Set(copy.prepare<[], string>("SELECT id FROM sync_records WHERE kind = 'note'").pluck().all());
    const counter = Number(copy.prepare("SELECT value FROM sync_counter WHERE name = 'changes'").pluck().get());
    const highest = Number(copy.prepare('SELECT MAX(seq) FROM sync_records').pluck().get());
    copy.close();
    // Everything acknowledged before the backup began is in it...
    for (const id of pushed.slice(0, acknowledgedBeforeBackup)) expect(ids.has(id)).toBe(true);
    // ...and it is one moment's state: the pushes it holds are the first ones, none skipped, and
    // the feed's counter is the last position its records use.
    const held = pushed.filter((id) => ids.has(id)).length;
    expect(pushed.slice(0, held).every((id) => ids.has(id))).toBe(true);
    expect(ids.size).toBe(1000 + held);
    expect(counter).toBe(highest);
    await store.close();

    // Restored into a new data folder, it opens as a store and serves its feed.
    const elsewhere = folder('restored');
    const restored = await restoreStore(elsewhere, file, chosen);
    expect(restored.keptAside).toBeUndefined();
    const reopened = openSqliteStore(elsewhere);
    await reopened.migrate();
    // Its feed goes on past the backup's last position (devices may hold cursors beyond it).
    expect(await reopened.feedPosition()).toBeGreaterThan(counter);
    expect((await reopened.listKeys()).map((k) => k.name)).toEqual(['Awa']);
    await reopened.close();
  }, 60_000);

  it('names itself after the time in a folder, never overwrites a file, and says where PostgreSQL backups come from', async () => {
    const dataDir = folder('backup-cli');
    const store = openSqliteStore(dataDir);
    await store.migrate();
    await store.close();
    const into = folder('backups');
    const first = await admin(['backup', into], { DATA_DIR: dataDir });
    expect(first.code, first.err).toBe(0);
    const [name] = readdirSync(into);
    expect(name).toMatch(/^workshop-companion-\d{8}T\d{6}Z\.sqlite$/);
    expect(first.out).toContain(`schema version ${MIGRATIONS.at(-1)!.version}`);

    const taken = join(into, 'taken.sqlite');
    writeFileSync(taken, 'something else');
    const again = await admin(['backup', taken], { DATA_DIR: dataDir });
    expect([again.code, again.err]).toEqual([1, `${taken} exists already: backups never overwrite a file, choose a new name.\n`]);

    const nothing = await admin(['backup', join(into, 'x.sqlite')], { DATA_DIR: folder('empty') });
    expect(nothing.code).toBe(1);
    expect(nothing.err).toContain('There is no database in');

    const onPostgres = await admin(['backup', join(into, 'y.sqlite')], { DATA_DIR: dataDir, DATABASE_URL: 'postgres://u:p@127.0.0.1:1/none' });
    expect(onPostgres.code).toBe(1);
    expect(onPostgres.err).toContain('  umask 077; pg_dump -Fc');
    expect(existsSync(join(into, 'y.sqlite'))).toBe(false);
  }, 60_000);

  it('is owner-only from its first byte, follows no planted symlink and never replaces a file that appears meanwhile', async () => {
    const dataDir = folder('backup-guards');
    const store = openSqliteStore(dataDir);
    await store.migrate();
    await store.close();

    // A symlink planted where a temporary file under a predictable name would go.
    const into = folder('backups');
    const file = join(into, 'b.sqlite');
    const elsewhere = join(folder('elsewhere'), 'victim.txt');
    writeFileSync(elsewhere, 'untouched');
    symlinkSync(elsewhere, `${file}.partial-${process.pid}`);
    const pending = backupStore(dataDir, file);
    // The copy exists from the start, readable by its owner alone.
    const [work] = readdirSync(into).filter((n) => n.startsWith('b.sqlite.partial-') && statSync(join(into, n)).isDirectory());
    expect(work).toBeDefined();
    expect(statSync(join(into, work!)).mode & 0o777).toBe(0o700);
    expect(statSync(join(into, work!, 'b.sqlite')).mode & 0o777).toBe(0o600);
    await pending;
    expect(readFileSync(elsewhere, 'utf8')).toBe('untouched');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(into).sort()).toEqual(['b.sqlite', `b.sqlite.partial-${process.pid}`]);

    // A file that appears under the target's name while the copy is made is kept, and the backup refused.
    const late = join(into, 'late.sqlite');
    const racing = backupStore(dataDir, late);
    writeFileSync(late, 'written meanwhile');
    await expect(racing).rejects.toThrow(`${late} exists already: backups never overwrite a file, choose a new name.`);
    expect(readFileSync(late, 'utf8')).toBe('written meanwhile');
    expect(readdirSync(into).sort()).toEqual(['b.sqlite', `b.sqlite.partial-${process.pid}`, 'late.sqlite']);
  });

  it('the command line answers a missing or wrong argument with the usage and exit code 2', async () => {
    for (const args of [['backup'], ['restore', ' '], ['migrate', 'postgres://u@h/db'], ['migrate', '--from', 'postgres://u@h/db']]) {
      const run = await admin(args, { DATA_DIR: folder('usage') });
      expect([args, run.code]).toEqual([args, 2]);
      expect(run.err).toContain('migrate --to postgres://');
    }
  }, 60_000);
});
