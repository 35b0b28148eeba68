import type { AppDb } from './db.ts';

const KEY = 'arrivals';

/** How answers made on another device reached this one without a sync: scanned from its screen, or imported from a file. */
export type HandedPath = 'scan' | 'file';

/** The path each assessment handed over outside sync arrived by (the first one counts). */
export async function arrivals(db: AppDb): Promise<Map<string, HandedPath>> {
  const v = (await db.meta.get(KEY))?.value;
  const entries = v && typeof v === 'object' ? Object.entries(v as Record<string, unknown>) : [];
  return new Map(entries.flatMap(([id, path]) => (path === 'scan' || path === 'file' ? [[id, path] as const] : [])));
}

/** Note the path of assessments just taken in. Call inside a transaction on meta. */
export async function noteArrivals(db: AppDb, assessmentIds: readonly string[], path: HandedPath): Promise<void> {
  if (assessmentIds.length === 0) return;
  const known = await arrivals(db);
  for (const id of assessmentIds) if (!known.has(id)) known.set(id, path);
  await db.meta.put({ key: KEY, value: Object.fromEntries(known) });
}
