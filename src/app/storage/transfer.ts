import { writeTransaction } from './write.ts';
import { RECORD_KINDS } from '../../shared/schemas/kinds.ts';
import type { Mutation } from '../../shared/schemas/mutation.ts';
import { applyMutation, emptyState, materialise } from '../../shared/sync/merge.ts';
import type { PendingFile } from '../../shared/sync/pending-file.ts';
import { isUnset } from '../../shared/sync/unset.ts';
import type { AppDb, StoredRecord } from './db.ts';
import { nextStamp, receiveStamp } from './clock.ts';
import { rejectedMutations } from './sync-state.ts';

/** Everything this device has not synced: the outbox and the changes the server refused. */
export async function exportPending(db: AppDb, deviceId: string, now = new Date()): Promise<PendingFile> {
  const mutations = [...(await db.outbox.orderBy('seq').toArray()), ...(await rejectedMutations(db))];
  return { format: 'workshop-companion/pending-changes', deviceId, exportedAt: now.toISOString(), mutations };
}

/**
 * Take in another device's pending changes: each joins this device's outbox under its own
 * mutation id (so the server applies it once, whoever sends it), and the local record takes every
 * field the change wrote later than the record was last changed here. Importing a file twice, or
 * a change this device already sent, changes nothing.
 */
export async function importPending(db: AppDb, file: PendingFile, now: number = Date.now()): Promise<{ imported: number; skipped: number }> {
  let imported = 0;
  let skipped = 0;
  const tables = [...new Set(file.mutations.map((m) => db.recordTable(m.kind)))];
  await writeTransaction(db, [...tables, db.outbox, db.meta], async () => {
    for (const m of file.mutations) {
      // Already waiting here. A change the server has seen before is acknowledged as a duplicate
      // and changes nothing there; locally it only fills fields not written later.
      if ((await db.outbox.where('mutationId').equals(m.mutationId).count()) > 0) {
        skipped++;
        continue;
      }
      const { seq } = await nextStamp(db, now);
      await receiveStamp(db, m.hlc, now);
      await db.outbox.add({ ...m, seq });
      await applyLocally(db, m);
      imported++;
    }
  });
  return { imported, skipped };
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
  if (parsed.success) await table.put(parsed.data as StoredRecord);
}
