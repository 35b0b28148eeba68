import type { AppDb } from './db.ts';

const REMOVED = 'private:removed';

/** Ids of records a person removed from this device: a later pull does not bring them back. */
export async function removedRecordIds(db: AppDb): Promise<Set<string>> {
  const v = (await db.meta.get(REMOVED))?.value;
  return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
}

/** Add to the removed ids. Call inside a read-write transaction that includes `meta`. */
export async function markRemoved(db: AppDb, ids: Iterable<string>): Promise<void> {
  const removed = await removedRecordIds(db);
  for (const id of ids) removed.add(id);
  await db.meta.put({ key: REMOVED, value: [...removed] });
}
