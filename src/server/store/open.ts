import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';
import type { ServerStore } from './types.ts';

/** PostgreSQL when a connection URL is configured, else embedded SQLite in the data folder. */
export async function openStore(opts: { databaseUrl?: string; dataDir: string }): Promise<ServerStore> {
  const store = opts.databaseUrl ? openPostgresStore(opts.databaseUrl) : openSqliteStore(opts.dataDir);
  await store.migrate();
  return store;
}
