import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore } from '../../../src/server/store/postgres.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import type { ServerStore, StoreOptions } from '../../../src/server/store/types.ts';

export interface StoreBackend {
  name: 'sqlite' | 'postgres';
  open: (opts?: StoreOptions) => ServerStore;
  skip: boolean;
}

/** The stores a test runs against: SQLite in a folder of its own each time, and PostgreSQL when TEST_DATABASE_URL is set. */
export function storeBackends(folderPrefix: string): StoreBackend[] {
  const pgUrl = process.env.TEST_DATABASE_URL;
  return [
    { name: 'sqlite', open: (opts) => openSqliteStore(mkdtempSync(join(tmpdir(), folderPrefix)), opts), skip: false },
    { name: 'postgres', open: (opts) => openPostgresStore(pgUrl ?? '', opts), skip: !pgUrl },
  ];
}
