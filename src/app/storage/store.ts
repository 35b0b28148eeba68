import { RECORD_KIND_NAMES, type RecordKind } from '../../shared/schemas/kinds.ts';
import { AppDb, DEFAULT_DB_NAME } from './db.ts';
import { Repository } from './repository.ts';
import { deviceIdOf } from './clock.ts';

export type Repositories = { [K in RecordKind]: Repository<K> };

export interface LocalStore {
  db: AppDb;
  repos: Repositories;
  deviceId: string;
  /** Number of changes not yet acknowledged by the server. */
  pendingCount(): Promise<number>;
  close(): void;
}

/** Open the device database with one repository per record kind. */
export async function openLocalStore(name = DEFAULT_DB_NAME, now: () => number = Date.now): Promise<LocalStore> {
  const db = new AppDb(name);
  await db.open();
  const repos = Object.fromEntries(RECORD_KIND_NAMES.map((kind) => [kind, new Repository(db, kind, now)])) as Repositories;
  const deviceId = await deviceIdOf(db);
  return {
    db,
    repos,
    deviceId,
    pendingCount: () => db.outbox.count(),
    close: () => db.close(),
  };
}
