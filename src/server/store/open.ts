import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';
import type { ServerStore, StoreOptions } from './types.ts';

/** PostgreSQL when a connection URL is configured, else embedded SQLite in the data folder. */
export async function openStore(opts: { databaseUrl?: string; dataDir: string }, storeOptions?: StoreOptions): Promise<ServerStore> {
  const store = opts.databaseUrl ? openPostgresStore(opts.databaseUrl, storeOptions) : openSqliteStore(opts.dataDir, storeOptions);
  await store.migrate();
  return store;
}
