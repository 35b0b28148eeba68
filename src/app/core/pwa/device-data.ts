import { syncCredentials } from '../credentials/credentials.ts';
import type { AppDb } from '../db/db.ts';

/**
 * Whether this device holds anything of its own: a credential (a key, a joined workshop's link), a
 * workshop, or a change not yet synced. An app added to an iPhone's or iPad's home screen starts
 * with storage of its own, empty, so moving there is safe only while this is false (see
 * install-hints.ts). A few indexed reads, made by the hint's lazily loaded code, not the first screen's.
 */
export async function holdsData(db: AppDb): Promise<boolean> {
  const [credentials, workshops, unsynced] = await Promise.all([syncCredentials(db), db.recordTable('workshop').count(), db.outbox.count()]);
  return credentials.length > 0 || workshops + unsynced > 0;
}
