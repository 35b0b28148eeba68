import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageOf, type FeedRow } from '../../../src/server/store/pull-page.ts';

/** What a pull page carries at most: a megabyte of records. */
const MAX_PULL_PAGE_BYTES = 1024 * 1024;
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { MAX_CHANGES_PER_PULL } from '../../../src/shared/sync/protocol.ts';
import { mutation, notePatch, workshopPatch } from './sync-fixtures.ts';

const row = (seq: number, size: number): FeedRow => ({ kind: 'note', seq, record: JSON.stringify({ id: `r${seq}`, text: 'x'.repeat(size) }) });

describe('a pull page', () => {
  it('holds at most a megabyte of records, and always one so that it moves on', () => {
    const rows = [row(1, 600_000), row(2, 600_000), row(3, 10)];
    expect(pageOf(rows, 0, 1000)).toMatchObject({ cursor: '1', hasMore: true, changes: [{ record: { id: 'r1' } }] });
    const huge = pageOf([row(7, 3 * MAX_PULL_PAGE_BYTES), row(8, 10)], 6, 1000);
    expect(huge.changes.map((c) => c.record.id)).toEqual(['r7']);
    expect(huge).toMatchObject({ cursor: '7', hasMore: true });
  });

  it('counts only the changes it sends: skipped positions move the cursor and cost nothing', () => {
    const page = pageOf([row(1, 900_000), row(2, 900_000), row(3, 50_000)], 0, 1000, new Set([1]));
    expect(page.changes.map((c) => c.record.id)).toEqual(['r2', 'r3']);
    expect(page).toMatchObject({ cursor: '3', hasMore: false });
  });

  it('still holds at most `limit` changes', () => {
    const page = pageOf([row(1, 1), row(2, 1), row(3, 1)], 0, 2);
    expect(page).toMatchObject({ cursor: '2', hasMore: true });
    expect(pageOf([row(1, 1), row(2, 1)], 0, 2)).toMatchObject({ cursor: '2', hasMore: false });
    expect(pageOf([], 5, 2)).toEqual({ changes: [], cursor: '5', hasMore: false });
  });
});

describe('pull from the store, by bytes as well as by count', () => {
  let store: ServerStore;
  beforeAll(async () => {
    store = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-pull-bytes-')));
    await store.migrate();
  });
  afterAll(() => store.close());

  it('pages 400 notes of 5,000 characters in pages of at most a megabyte, each note once', async () => {
    const w = uuidv7();
    const notes = Array.from({ length: 400 }, (_, i) => mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, `${i} `.padEnd(5000, 'long words ')) }));
    const { acks } = await store.push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }), ...notes], () => undefined);
    expect(acks.every((a) => a.status === 'applied')).toBe(true);
    const seen: unknown[] = [];
    let cursor = 0;
    let pages = 0;
    for (;;) {
      const page = await store.pull(cursor, [w], MAX_CHANGES_PER_PULL);
      pages++;
      expect(page.changes.length).toBeGreaterThan(0);
      expect(page.changes.reduce((n, c) => n + JSON.stringify(c.record).length, 0)).toBeLessThanOrEqual(MAX_PULL_PAGE_BYTES);
      seen.push(...page.changes.map((c) => c.record.id));
      cursor = Number(page.cursor);
      if (!page.hasMore) break;
    }
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(seen).toHaveLength(401);
    expect(new Set(seen).size).toBe(401);
  });
});
