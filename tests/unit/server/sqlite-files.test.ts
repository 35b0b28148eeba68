import { describe, expect, it, vi } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../src/server/http/app.ts';
import { createLogger } from '../../../src/server/log/logger.ts';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { openSqliteDb } from '../../../src/server/store/sqlite.ts';
import { createStore } from '../../../src/server/store/store.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { mutation, notePatch, syncInit, workshopPatch } from './sync-fixtures.ts';

const modeOf = (path: string) => statSync(path).mode & 0o777;
const DB = 'workshop-companion.sqlite';

describe('the SQLite files', () => {
  it("are readable by the server's own user only: folder 0700, database, -wal and -shm 0600", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'wc-modes-')), 'data');
    const store = createStore(openSqliteDb(dir));
    await store.migrate();
    await store.addKey({ hash: hashKey(newKey('facilitator')), role: 'facilitator', name: 'Awa' });
    expect(modeOf(dir)).toBe(0o700);
    for (const file of [DB, `${DB}-wal`, `${DB}-shm`]) expect([file, modeOf(join(dir, file))]).toEqual([file, 0o600]);
    await store.close();
  });

  it('of an older install are made so too', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'wc-modes-')), 'data');
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    const first = createStore(openSqliteDb(dir));
    await first.migrate();
    await first.close();
    chmodSync(join(dir, DB), 0o644);
    chmodSync(dir, 0o755);
    const store = createStore(openSqliteDb(dir));
    await store.ping();
    expect([modeOf(dir), modeOf(join(dir, DB))]).toEqual([0o700, 0o600]);
    await store.close();
  });
});

describe('a write that fails', () => {
  it('on a full disk reports SQLITE_FULL, in the log too, and the database goes on working', async () => {
    const db = openSqliteDb(mkdtempSync(join(tmpdir(), 'wc-full-')));
    const store = createStore(db);
    await store.migrate();
    const key = newKey('facilitator');
    await store.addKey({ hash: hashKey(key), role: 'facilitator', name: 'Awa' });
    // A database that may grow by a few pages only: the next large write finds the disk full.
    const [{ page_count } = { page_count: 0 }] = await db.all<{ page_count: number }>('PRAGMA page_count');
    await db.all(`PRAGMA max_page_count = ${page_count + 4}`);
    const w = uuidv7();
    const many = [
      mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }),
      ...Array.from({ length: 100 }, () => mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'x'.repeat(4000)) })),
    ];
    await expect(store.push(many, () => undefined)).rejects.toMatchObject({ code: 'SQLITE_FULL' });

    const logged: unknown[] = [];
    const logger = createLogger('error', { write: (line: string) => void logged.push(JSON.parse(line)) });
    const app = createApp({ store, staticDir: tmpdir(), version: 't', bodyLimit: 2 * 1024 * 1024, logger });
    const res = await app.request('/api/sync', syncInit(key, 'deviceA', { mutations: many }));
    expect(res.status).toBe(500);
    expect(logged).toEqual([expect.objectContaining({ level: 'error', err: expect.objectContaining({ code: 'SQLITE_FULL' }) as unknown })]);
    await db.all(`PRAGMA max_page_count = ${1 << 30}`);
    expect((await store.push(many.slice(0, 2), () => undefined)).acks.map((a) => a.status)).toEqual(['applied', 'applied']);
    await store.close();
  });

  it('keeps its own error when SQLite has already rolled the transaction back: the ROLLBACK that fails does not hide it', async () => {
    const db = openSqliteDb(mkdtempSync(join(tmpdir(), 'wc-rollback-')));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // As SQLite does after some failures (a full disk during a cache spill, an I/O error).
      const failing = db.transaction(async (t) => {
        await t.exec('CREATE TABLE t (x INTEGER)');
        await t.exec('ROLLBACK');
        throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      });
      await expect(failing).rejects.toMatchObject({ code: 'SQLITE_FULL', message: 'database or disk is full' });
    } finally {
      quiet.mockRestore();
    }
    // Nothing was left open: the next transaction starts.
    await expect(db.transaction(async (t) => t.exec('CREATE TABLE u (x INTEGER)'))).resolves.toBeUndefined();
    await db.close();
  });
});
