import { writeTransaction } from '../db/write.ts';
import { RECORD_KINDS } from '../../../shared/schemas/kinds.ts';
import type { Mutation } from '../../../shared/schemas/mutation.ts';
import { applyMutation, emptyState, materialise } from '../../../shared/sync/merge.ts';
import type { PendingFile } from '../../../shared/sync/pending-file.ts';
import { isUnset } from '../../../shared/sync/unset.ts';
import type { AppDb } from '../db/db.ts';
import { nextStamp, receiveStamp } from '../db/clock.ts';
import { rejectedMutations } from '../db/sync-state.ts';
import { authorEntry, authorsOf, rememberAuthors } from '../credentials/authors.ts';
import { noteArrivals, type HandedPath } from '../db/arrivals.ts';
import { carries, syncCredentials } from '../credentials/credentials.ts';
import type { LocalStore } from '../db/store.ts';
import { mutationSigningText, signText } from '../../../shared/identity/device-proof.ts';
import { pendingPhotosForFile, takeInPendingPhotos } from './pending-photos.ts';

/**
 * Everything this device has not synced: the outbox and the changes the server refused. Its own
 * changes are signed, and the file names their author (this device, bound to the credential that
 * carries most of them) and the authors of changes it relays, so any device can deliver them and
 * the server judges each by its author's rights.
 */
export async function exportPending(store: Pick<LocalStore, 'db' | 'deviceId' | 'deviceKey'>, opts: { now?: Date; scope?: string } = {}): Promise<PendingFile> {
  const { db, deviceId, deviceKey } = store;
  const { now = new Date(), scope } = opts;
  const every = [...(await db.outbox.orderBy('seq').toArray()), ...(await rejectedMutations(db))];
  // One workshop's changes only, when asked: what a participant's phone hands to that workshop's tablet.
  const all = scope === undefined ? every : every.filter((m) => m.scope === scope);
  const mutations = deviceKey ? await Promise.all(all.map(async (m) => (m.deviceId === deviceId ? { ...m, sig: await signText(deviceKey.privateKey, mutationSigningText(m)) } : m))) : all;
  const authors = await authorsOf(db, mutations, deviceId);
  const own =
    deviceKey &&
    (await bindingCredential(
      db,
      all.filter((m) => m.deviceId === deviceId),
    ));
  const entry = deviceKey && own ? await authorEntry(deviceKey, own) : undefined;
  if (entry) authors[deviceId] = entry;
  const photos = await pendingPhotosForFile(db, scope);
  return {
    format: 'workshop-companion/pending-changes',
    deviceId,
    exportedAt: now.toISOString(),
    mutations,
    ...(Object.keys(authors).length ? { authors } : {}),
    ...(photos.length ? { photos } : {}),
  };
}

/** The credential that carries most of these changes: the one this device's binding names. */
async function bindingCredential(db: AppDb, mine: readonly Mutation[]): Promise<string | undefined> {
  const creds = await syncCredentials(db);
  let best: { credential: string; count: number } | undefined;
  for (const c of creds) {
    const carried = carries(c, creds);
    const count = mine.filter(carried).length;
    if (!best || count > best.count) best = { credential: c.credential, count };
  }
  return best?.credential;
}

/**
 * Take in another device's pending changes: each joins this device's outbox under its own
 * mutation id (so the server applies it once, whoever sends it), and the local record takes every
 * field the change wrote later than the record was last changed here. Importing a file twice, or
 * a change this device already sent, changes nothing. A change whose id a change of another author
 * already holds here is not that change (ids are seen on hand-in codes): it is left out and
 * counted (`taken`), so the person is told, never taken for a copy.
 */
export async function importPending(db: AppDb, file: PendingFile, opts: { now?: number; path?: HandedPath } = {}): Promise<{ imported: number; skipped: number; taken: number }> {
  const { now = Date.now(), path = 'file' } = opts;
  let imported = 0;
  let skipped = 0;
  let taken = 0;
  const tables = [...new Set(file.mutations.map((m) => db.recordTable(m.kind)))];
  await writeTransaction(db, [...tables, db.outbox, db.meta], async () => {
    await rememberAuthors(db, file.authors ?? {});
    for (const m of file.mutations) {
      // Already waiting here. A change the server has seen before is acknowledged as a duplicate
      // and changes nothing there; locally it only fills fields not written later.
      const held = await db.outbox.where('mutationId').equals(m.mutationId).first();
      if (held) {
        if (held.deviceId === m.deviceId) skipped++;
        else taken++;
        continue;
      }
      const { seq, written } = await nextStamp(db, now);
      await written;
      await receiveStamp(db, m.hlc, now);
      await db.outbox.add({ ...m, seq });
      await applyLocally(db, m);
      imported++;
    }
    await noteArrivals(
      db,
      file.mutations.filter((m) => m.kind === 'assessment').map((m) => m.recordId),
      path,
    );
  });
  if (file.photos?.length) await takeInPendingPhotos(db, file.photos);
  return { imported, skipped, taken };
}

async function applyLocally(db: AppDb, m: Mutation): Promise<void> {
  const table = db.recordTable(m.kind);
  const current = await table.get(m.recordId);
  const state = emptyState();
  if (current) for (const [k, v] of Object.entries(current)) state.fields[k] = v;
  // Fields of a record made here carry its last stamp: the imported change wins where it is later.
  const stamp = current ? String(current.updatedAt) : '';
  for (const k of Object.keys(state.fields)) state.stamps[k] = stamp;
  const { next } = applyMutation(current ? state : undefined, m);
  const record = materialise(m.recordId, next);
  if (current) record.createdAt = current.createdAt;
  for (const [k, v] of Object.entries(record)) if (isUnset(v)) delete record[k];
  const parsed = RECORD_KINDS[m.kind].schema().safeParse(record);
  if (parsed.success) await table.put(parsed.data);
}
