import type { Table } from 'dexie';
import type { AppDb } from './db.ts';
import { toStorageError } from './errors.ts';

/**
 * Every write transaction of the device database goes through here, so a failure reaches the app
 * as a StorageError with a stable code, and a full device is noticed (storageFullListeners)
 * whichever write found it: a form, a sync, an imported file.
 */
export async function writeTransaction<T>(db: AppDb, tables: Table[], scope: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', tables, scope);
  } catch (err) {
    throw toStorageError(err);
  }
}
