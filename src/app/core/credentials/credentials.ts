import { parseJoinCredential } from '../../../shared/identity/join-credential.ts';
import type { Mutation } from '../../../shared/schemas/mutation.ts';
import type { AppDb } from '../db/db.ts';
import { getSetting, setSetting } from '../db/settings.ts';

/** The device's own credential (a facilitator's or coordinator's key; on older participant phones, a join link). */
export const ACCESS_KEY = 'accessKey';
/** Settings (`setting:joined:<workshop id>`) holding a participant's join link per workshop. */
export const JOINED = 'joined:';

/**
 * One credential the device syncs with, and the changes it carries. A participant's join link
 * opens one workshop, so it carries that workshop's changes only; the device's own key carries
 * every other change. Each pulls from its own cursor.
 */
export interface SyncCredential {
  credential: string;
  /** The workshop a join link opens; undefined for the device's own key. */
  workshopId?: string | undefined;
}

/**
 * A participant's join link for a workshop, kept beside any other: a phone that joins a second
 * workshop still sends the first one's answers with the first one's link.
 */
export async function saveJoinCredential(db: AppDb, workshopId: string, credential: string): Promise<void> {
  await setSetting(db, `${JOINED}${workshopId}`, credential);
}

/** Every credential on this device: the join links by workshop (oldest join first), then the device's own key. */
export async function syncCredentials(db: AppDb): Promise<SyncCredential[]> {
  const rows = await db.meta.where('key').startsWith(`setting:${JOINED}`).toArray();
  const out: SyncCredential[] = rows.flatMap((r) => (typeof r.value === 'string' ? [{ credential: r.value, workshopId: r.key.slice(`setting:${JOINED}`.length) }] : []));
  const key = await getSetting(db, ACCESS_KEY);
  if (key) {
    const workshopId = parseJoinCredential(key)?.workshopId;
    // A join link saved as the key names its workshop (unless a newer link for it was saved since);
    // the older form names none, and carries everything no other link takes, as it always did.
    if (workshopId === undefined) out.push({ credential: key });
    else if (!out.some((c) => c.workshopId === workshopId)) out.push({ credential: key, workshopId });
  }
  return out;
}

/** Which credential carries a change: the join link of its workshop, else the device's own key. */
export function carries(credential: SyncCredential, all: readonly SyncCredential[]): (m: Pick<Mutation, 'scope'>) => boolean {
  if (credential.workshopId !== undefined) return (m) => m.scope === credential.workshopId;
  const taken = new Set(all.flatMap((c) => (c.workshopId === undefined ? [] : [c.workshopId])));
  return (m) => !taken.has(m.scope);
}

/**
 * The oldest unacknowledged changes a credential carries (after outbox position `after`), in the
 * order they were made. The outbox is read in whole pages and filtered here: a filtered query
 * would walk it with a cursor, one trip to the database per change.
 */
export async function outboxBatchFor(db: AppDb, carried: (m: Mutation) => boolean, limit: number, after?: number): Promise<Mutation[]> {
  const batch: Mutation[] = [];
  for (let from = after; ;) {
    const page = await (from === undefined ? db.outbox.orderBy('seq') : db.outbox.where('seq').above(from)).limit(limit).toArray();
    for (const m of page) if (carried(m) && batch.push(m) === limit) return batch;
    if (page.length < limit) return batch;
    from = page.at(-1)!.seq;
  }
}

/** How many unacknowledged changes a credential carries, counted on the outbox's scope index in one read. */
export async function pendingFor(db: AppDb, credential: SyncCredential, all: readonly SyncCredential[]): Promise<number> {
  const inScope = (workshopId: string) => db.outbox.where('scope').equals(workshopId).count();
  if (credential.workshopId !== undefined) return inScope(credential.workshopId);
  const taken = [...new Set(all.flatMap((c) => (c.workshopId === undefined ? [] : [c.workshopId])))];
  const [total = 0, ...theirs] = await db.transaction('r', db.outbox, () => Promise.all([db.outbox.count(), ...taken.map(inScope)]));
  return theirs.reduce((left, n) => left - n, total);
}
