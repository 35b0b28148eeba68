import { creatorOf } from '../../../shared/hlc.ts';
import { recordKey, referencedRecords, type BatchView } from '../../../shared/rights/batch-view.ts';
import { participantDenies } from '../../../shared/rights/participant-denies.ts';
import { RECORD_KINDS, type RecordKind } from '../../../shared/schemas/kinds.ts';
import type { Mutation } from '../../../shared/schemas/mutation.ts';
import type { AppDb } from '../../core/db/db.ts';

type Held = { record: Record<string, unknown>; creator: string | null; deletedBy?: string | undefined };

/** A record as this device holds it: its maker from its creation stamp, and who laid a tombstone (its last writer). */
function held(record: Record<string, unknown>): Held {
  const creator = creatorOf(record) ?? null;
  return { record, creator, deletedBy: record.deleted === true ? String(record.deviceId) : undefined };
}

/**
 * The changes of a phone's answers that the phone may not make, by the server's own rules
 * (shared/rights), judged in order over what this tablet holds: a card for another organisation, a
 * second ballot, a rewrite of someone else's record. They are left out, so the tablet never shows
 * what the server will refuse. Returns their mutation ids.
 */
export async function refusedByRights(db: AppDb, workshopId: string, mutations: readonly Mutation[]): Promise<Set<string>> {
  const records = new Map<string, Held>();
  const load = async (kind: RecordKind, id: string) => {
    if (records.has(recordKey(kind, id))) return;
    const found = (await db.recordTable(kind).get(id)) as Record<string, unknown> | undefined;
    if (found) records.set(recordKey(kind, id), held(found));
  };
  const refused = new Set<string>();
  for (const m of mutations) {
    await load(m.kind, m.recordId);
    for (const [kind, id] of referencedRecords(m, records.get(recordKey(m.kind, m.recordId))?.record)) await load(kind, id);
    const current = records.get(recordKey(m.kind, m.recordId));
    const next = { ...(current?.record ?? {}), ...m.patch, ...(m.op === 'delete' ? { deleted: true } : {}) };
    const view: BatchView = {
      merged: () =>
        RECORD_KINDS[m.kind].schema().safeParse({ deleted: false, ...next, id: m.recordId, createdAt: current?.record.createdAt ?? m.hlc, updatedAt: m.hlc, deviceId: m.deviceId }).success
          ? next
          : undefined,
      record: (kind, id) => records.get(recordKey(kind, id)),
    };
    if (participantDenies(workshopId, m.deviceId)(m, current ? current.creator : undefined, view)) {
      refused.add(m.mutationId);
      continue;
    }
    const deletedBy = 'deleted' in m.patch || m.op === 'delete' ? m.deviceId : current?.deletedBy;
    records.set(recordKey(m.kind, m.recordId), { record: next, creator: current ? current.creator : m.deviceId, deletedBy });
  }
  return refused;
}
