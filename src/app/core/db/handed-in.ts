import type { AppDb } from './db.ts';
import { writeTransaction } from './write.ts';

const KEY = 'private:handedIn';

/**
 * Assessments handed in on this participant's phone: once a person submits, their answers are no
 * longer shown by any view on it (the list, the analysis, the exports), so the phone can go to the
 * next person. They stay stored until synced, and sync as usual.
 */
export async function handedIn(db: AppDb): Promise<Set<string>> {
  const v = (await db.meta.get(KEY))?.value;
  return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
}

export async function handIn(db: AppDb, assessmentId: string): Promise<void> {
  await writeTransaction(db, [db.meta], async () => {
    const ids = await handedIn(db);
    ids.add(assessmentId);
    await db.meta.put({ key: KEY, value: [...ids] });
  });
}

/** Records of a kind with the handed-in assessments (and their scores) left out. */
export function withoutHandedIn<T extends { id: string; assessmentId?: string }>(records: T[], hidden: ReadonlySet<string>): T[] {
  return hidden.size === 0 ? records : records.filter((r) => !hidden.has(r.assessmentId ?? r.id));
}
