import { uuidv7 } from '../../shared/ids.ts';
import type { AppDb } from './db.ts';

const KEY = 'owner';

/**
 * The owner id for records made here that are shared across workshops (projects, frameworks).
 * Made once per device database; a facilitator's key claims it on first sync.
 */
export async function localOwnerId(db: AppDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const entry = await db.meta.get(KEY);
    if (typeof entry?.value === 'string') return entry.value;
    const id = uuidv7();
    await db.meta.put({ key: KEY, value: id });
    return id;
  });
}
