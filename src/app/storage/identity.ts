import { committedScopeId } from '../../shared/identity/scope-commitment.ts';
import type { AppDb } from './db.ts';

const KEY = 'owner';

/**
 * The owner id for records made here that are shared across workshops (projects, frameworks).
 * Made once per device database; a facilitator's key claims it on first sync. Its id commits to
 * this device, so no one who sees it on a shared framework can claim it first.
 */
export async function localOwnerId(db: AppDb, deviceId: string): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const entry = await db.meta.get(KEY);
    if (typeof entry?.value === 'string') return entry.value;
    const id = committedScopeId(deviceId);
    await db.meta.put({ key: KEY, value: id });
    return id;
  });
}
