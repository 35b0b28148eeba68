import { RECORD_KIND_NAMES, type RecordKind } from '../../../shared/schemas/kinds.ts';
import { AppDb, DEFAULT_DB_NAME } from './db.ts';
import { Repository } from './repository.ts';
import { deviceIdOf } from './clock.ts';
import { ensureDeviceKey, type DeviceKey } from '../credentials/device-key.ts';
import { localOwnerId } from './identity.ts';

export type Repositories = { [K in RecordKind]: Repository<K> };

export interface LocalStore {
  db: AppDb;
  repos: Repositories;
  deviceId: string;
  /** This device's signing key; absent where the browser gives no WebCrypto (a plain-http address). */
  deviceKey: DeviceKey | undefined;
  /** Owner scope for records shared across workshops (projects, frameworks) made on this device. */
  ownerId: string;
  /** Number of changes not yet acknowledged by the server, for one scope (a workshop) or all. */
  pendingCount(scope?: string): Promise<number>;
  close(): void;
}

/** Open the device database with one repository per record kind. */
export async function openLocalStore(name = DEFAULT_DB_NAME, now: () => number = Date.now): Promise<LocalStore> {
  const db = new AppDb(name);
  await db.open();
  const repos = Object.fromEntries(RECORD_KIND_NAMES.map((kind) => [kind, new Repository(db, kind, now)])) as Repositories;
  const deviceKey = await ensureDeviceKey(db);
  const deviceId = await deviceIdOf(db);
  const ownerId = await localOwnerId(db, deviceId);
  return {
    db,
    repos,
    deviceId,
    deviceKey,
    ownerId,
    pendingCount: (scope) => (scope === undefined ? db.outbox.count() : db.outbox.where('scope').equals(scope).count()),
    close: () => db.close(),
  };
}
