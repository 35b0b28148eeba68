import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import { openPostgresStore } from '../../../src/server/store/postgres.ts';
import { MIGRATIONS, type ServerStore } from '../../../src/server/store/types.ts';

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) console.warn('PostgreSQL contract tests skipped: set TEST_DATABASE_URL (".ci/run" does) to run them.');

const backends: { name: string; open: () => ServerStore; skip: boolean }[] = [
  { name: 'sqlite', open: () => openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-store-'))), skip: false },
  { name: 'postgres', open: () => openPostgresStore(pgUrl ?? ''), skip: !pgUrl },
];

for (const backend of backends) {
  describe.skipIf(backend.skip)(`server store contract: ${backend.name}`, () => {
    const open: ServerStore[] = [];
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    });

    it('migrates to the latest version and is idempotent', async () => {
      const s = backend.open();
      open.push(s);
      await s.migrate();
      await s.migrate();
      expect(await s.schemaVersion()).toBe(MIGRATIONS.at(-1)!.version);
      await s.ping();
      expect(s.kind).toBe(backend.name);
    });

    it('lets two processes migrate at once', async () => {
      const a = backend.open();
      open.push(a);
      await a.migrate();
      const b = backend.name === 'sqlite' ? a : backend.open();
      if (b !== a) open.push(b);
      await Promise.all([a.migrate(), b.migrate()]);
      expect(await b.schemaVersion()).toBe(MIGRATIONS.at(-1)!.version);
    });
  });
}
