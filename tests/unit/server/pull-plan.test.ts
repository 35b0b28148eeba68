import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { mutation, notePatch } from './sync-fixtures.ts';

// SQLite reads a pull either through the scope index or by walking the feed from the cursor,
// whichever reads fewer rows (store.ts, WALK_ROWS_PER_SCOPE): the pages must not differ.
describe('a pull reads the same pages whichever way SQLite walks the feed', () => {
  let store: ServerStore;
  const scopes = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];

  beforeAll(async () => {
    store = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-pull-plan-')));
    await store.migrate();
    // 400 notes, the workshops interleaved unevenly, in pushes of 40.
    const notes = Array.from({ length: 400 }, (_, i) => {
      const w = scopes[i % 7 === 0 ? 3 : i % 3]!;
      return mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, `note ${i}`) });
    });
    for (let at = 0; at < notes.length; at += 40) await store.push(notes.slice(at, at + 40), () => undefined);
  });
  afterAll(() => store.close());

  it.each([
    ['one workshop from the start', [0], 0, 1000],
    ['one workshop near the end', [3], 380, 1000],
    ['two workshops from the start, small pages', [1, 2], 0, 25],
    ['all four from the middle', [0, 1, 2, 3], 200, 1000],
    ['all four, just after the last push', [0, 1, 2, 3], 395, 1000],
  ] as const)('%s', async (_name, which, from, limit) => {
    const wanted = new Set(which.map((i) => scopes[i]!));
    const all = await store.pull(from, null, 100_000);
    const expected = all.changes.filter((c) => wanted.has(c.record.workshopId as string)).map((c) => c.record.id);
    const got: unknown[] = [];
    let cursor: number = from;
    for (;;) {
      const page = await store.pull(cursor, [...wanted], limit);
      got.push(...page.changes.map((c) => c.record.id));
      expect(page.changes.length).toBeLessThanOrEqual(limit);
      cursor = Number(page.cursor);
      if (!page.hasMore) break;
    }
    expect(got).toEqual(expected);
  });
});
