import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import { openPostgresStore } from '../../../src/server/store/postgres.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { mutation, notePatch } from './sync-fixtures.ts';

const pgUrl = process.env.TEST_DATABASE_URL;
const WRITERS = 4;
const BATCHES = 40;
const PER_BATCH = 5;

/**
 * Several writers (separate connection pools, as separate server processes would have) push at
 * once while a reader follows the change feed with its cursor. Every record is written once, so a
 * skipped position would leave a record the reader never sees.
 */
async function followWhileWriting(open: () => ServerStore, shareOne: boolean) {
  const first = open();
  await first.migrate();
  const writers = Array.from({ length: WRITERS }, (_, i) => (shareOne || i === 0 ? first : open()));
  const reader = shareOne ? first : open();
  const scope = uuidv7();
  const written = new Set<string>();
  const seen = new Set<string>();
  let cursor = 0;
  let done = false;

  const follow = (async () => {
    while (!done) {
      const page = await reader.pull(cursor, [scope], 50);
      for (const c of page.changes) seen.add(String(c.record.id));
      cursor = Number(page.cursor);
      if (!page.hasMore) await new Promise((r) => setTimeout(r, 1));
    }
  })();
  await Promise.all(
    writers.map(async (w, i) => {
      for (let b = 0; b < BATCHES; b++) {
        const batch = Array.from({ length: PER_BATCH }, () => {
          const id = uuidv7();
          written.add(id);
          return mutation({ kind: 'note', recordId: id, scope, patch: notePatch(scope, `w${i} b${b}`) }, Date.UTC(2026, 2, 10), `writer${i}`);
        });
        const { acks } = await w.push(batch, () => undefined);
        expect(acks.every((a) => a.status === 'applied')).toBe(true);
      }
    }),
  );
  done = true;
  await follow;
  // catch up with what was committed after the reader's last page
  for (let page = await reader.pull(cursor, [scope], 1000); ; page = await reader.pull(cursor, [scope], 1000)) {
    for (const c of page.changes) seen.add(String(c.record.id));
    cursor = Number(page.cursor);
    if (!page.hasMore) break;
  }
  await Promise.all([...new Set([first, reader, ...writers])].map((s) => s.close()));
  return { written, seen };
}

describe('change feed under concurrent writers', () => {
  it('SQLite: the reader sees every change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wc-feed-'));
    const { written, seen } = await followWhileWriting(() => openSqliteStore(dir), true);
    expect(written.size).toBe(WRITERS * BATCHES * PER_BATCH);
    expect([...written].filter((id) => !seen.has(id))).toEqual([]);
  });

  it.skipIf(!pgUrl)(
    'PostgreSQL with several server connections: the reader never skips a change',
    async () => {
      const { written, seen } = await followWhileWriting(() => openPostgresStore(pgUrl!), false);
      expect(written.size).toBe(WRITERS * BATCHES * PER_BATCH);
      expect([...written].filter((id) => !seen.has(id))).toEqual([]);
    },
    60_000,
  );
});
