import type { AppDb } from './db.ts';

/** A device setting (the access key, the language…), kept in the meta table. */
export async function getSetting(db: AppDb, key: string): Promise<string | undefined> {
  const v = (await db.meta.get(`setting:${key}`))?.value;
  return typeof v === 'string' ? v : undefined;
}

export async function setSetting(db: AppDb, key: string, value: string | undefined): Promise<void> {
  if (value === undefined) await db.meta.delete(`setting:${key}`);
  else await db.meta.put({ key: `setting:${key}`, value });
}

const LAST_SYNC = 'sync:lastSuccess';

/** When this device last synced with success (epoch ms), kept across reloads; undefined if never. */
export async function lastSyncTime(db: AppDb): Promise<number | undefined> {
  const v = (await db.meta.get(LAST_SYNC))?.value;
  return typeof v === 'number' ? v : undefined;
}

/** Note a successful sync. */
export async function noteLastSync(db: AppDb, at: number): Promise<void> {
  await db.meta.put({ key: LAST_SYNC, value: at });
}
