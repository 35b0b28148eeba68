import { committedScopeIdAsync } from '../../../shared/identity/scope-id.ts';
import type { AppDb } from './db.ts';

const KEY = 'owner';

/**
 * The owner id for records made here that are shared across workshops (projects, frameworks).
 * Made once per device database; a facilitator's key claims it on first sync. Its id commits to
 * this device, so no one who sees it on a shared framework can claim it first.
 */
export async function localOwnerId(db: AppDb, deviceId: string): Promise<string> {
  const existing = (await db.meta.get(KEY))?.value;
  if (typeof existing === 'string') return existing;
  // Hashed before the transaction: WebCrypto's await would end it.
  const made = await committedScopeIdAsync(deviceId);
  return db.transaction('rw', db.meta, async () => {
    const entry = await db.meta.get(KEY);
    if (typeof entry?.value === 'string') return entry.value;
    await db.meta.put({ key: KEY, value: made });
    return made;
  });
}
