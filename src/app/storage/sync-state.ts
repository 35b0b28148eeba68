import { writeTransaction } from './write.ts';
import { RECORD_KINDS, RECORD_KIND_NAMES, type RecordKind } from '../../shared/schemas/kinds.ts';
import type { Mutation } from '../../shared/schemas/mutation.ts';
import type { Ack, Change } from '../../shared/sync/protocol.ts';
import { isUnset } from '../../shared/sync/unset.ts';
import type { AppDb, StoredRecord } from './db.ts';
import { receiveStamp } from './clock.ts';

const CURSOR = 'sync:cursor';
const REJECTED = 'sync:rejected';
const UNREADABLE = 'sync:unreadable';

/** The oldest changes not yet acknowledged (after position `after`, if given), in the order they were made. */
export function outboxBatch(db: AppDb, limit: number, after?: number): Promise<Mutation[]> {
  return (after === undefined ? db.outbox.orderBy('seq') : db.outbox.where('seq').above(after)).limit(limit).toArray();
}

export async function syncCursor(db: AppDb): Promise<string | null> {
  const v = (await db.meta.get(CURSOR))?.value;
  return typeof v === 'string' ? v : null;
}

export async function rejectedMutations(db: AppDb): Promise<Mutation[]> {
  const v = (await db.meta.get(REJECTED))?.value;
  return Array.isArray(v) ? (v as Mutation[]) : [];
}

/**
 * Apply one sync answer in one transaction: acknowledged mutations leave the outbox (rejected ones
 * are kept aside, never lost), pulled records are stored without entering the outbox (no echo),
 * and fields this device changed but has not yet pushed keep their local value until they are.
 * The device clock moves past every stamp it receives, so its next edits sort after them.
 */
export async function applySyncResult(
  db: AppDb,
  acks: readonly Ack[],
  changes: readonly Change[],
  cursor: string,
  now: number = Date.now(),
): Promise<{ applied: number; rejected: number }> {
  const tables = RECORD_KIND_NAMES.map((k) => db.recordTable(k));
  return writeTransaction(db, [...tables, db.outbox, db.meta], async () => {
    const byId = new Map(acks.map((a) => [a.mutationId, a]));
    const done = await db.outbox.where('mutationId').anyOf([...byId.keys()]).toArray();
    const rejected = done.filter((m) => byId.get(m.mutationId)?.status === 'rejected');
    if (rejected.length) await db.meta.put({ key: REJECTED, value: [...(await rejectedMutations(db)), ...rejected] });
    await db.outbox.bulkDelete(done.map((m) => m.seq));

    // Records this build could not read (written by a newer one) wait in meta and are tried again,
    // so an update of the app brings them in although the cursor has moved past them.
    const waiting = waitingOf(await db.meta.get(UNREADABLE));
    // Only the pending changes of the records pulled: reading the whole outbox on every page would
    // cost a device with thousands of unsent changes time squared in their number.
    const pulledIds = [...new Set([...waiting, ...changes].map((c) => String(c.record.id)))];
    const pending = pulledIds.length ? await db.outbox.where('recordId').anyOf(pulledIds).toArray() : [];
    const pendingFields = new Map<string, Record<string, unknown>>();
    for (const m of pending) pendingFields.set(`${m.kind}:${m.recordId}`, { ...pendingFields.get(`${m.kind}:${m.recordId}`), ...m.patch, ...(m.op === 'delete' ? { deleted: true } : {}) });

    // Parse every pulled record first, then read and write each kind in bulk: one request per kind
    // and page instead of two per record.
    const unreadable = new Map<string, Change>();
    const incoming = new Map<RecordKind, Map<string, StoredRecord>>();
    for (const change of [...waiting, ...changes]) {
      const kind = change.kind as RecordKind;
      const id = String(change.record.id);
      const local = pendingFields.get(`${kind}:${id}`);
      const candidate: Record<string, unknown> = { ...change.record };
      // Unpushed local edits win until pushed; a pending clear removes the field.
      for (const [field, value] of Object.entries(local ?? {})) {
        if (isUnset(value)) delete candidate[field];
        else candidate[field] = value;
      }
      const def = RECORD_KINDS[kind] as (typeof RECORD_KINDS)[RecordKind] | undefined;
      const parsed = def?.schema().safeParse(candidate);
      if (!parsed?.success) {
        unreadable.set(`${kind}:${id}`, change);
        continue;
      }
      unreadable.delete(`${kind}:${id}`);
      const ofKind = incoming.get(kind) ?? new Map<string, StoredRecord>();
      incoming.set(kind, ofKind);
      const before = ofKind.get(id);
      // The same record twice (waiting, then pulled again): the newer copy, the later one on a tie.
      if (!before || String(before.updatedAt) <= String(change.record.updatedAt)) ofKind.set(id, parsed.data as StoredRecord);
    }
    let applied = 0;
    let latest = '';
    for (const [kind, byId] of incoming) {
      const table = db.recordTable(kind);
      const ids = [...byId.keys()];
      const here = await table.bulkGet(ids);
      // A newer copy already here (an edit made while the page was on its way) stays.
      const newer = ids.filter((id, i) => !here[i] || String(here[i]!.updatedAt) <= String(byId.get(id)!.updatedAt)).map((id) => byId.get(id)!);
      await table.bulkPut(newer);
      applied += newer.length;
      for (const r of newer) if (String(r.updatedAt ?? '') > latest) latest = String(r.updatedAt ?? '');
    }
    if (latest) await receiveStamp(db, latest, now);
    if (unreadable.size || waiting.length) await db.meta.put({ key: UNREADABLE, value: [...unreadable.values()] });
    await db.meta.put({ key: CURSOR, value: cursor });
    return { applied, rejected: rejected.length };
  });
}

const waitingOf = (row: { value: unknown } | undefined): Change[] => (row?.value as Change[] | undefined) ?? [];

export async function getSetting(db: AppDb, key: string): Promise<string | undefined> {
  const v = (await db.meta.get(`setting:${key}`))?.value;
  return typeof v === 'string' ? v : undefined;
}

export async function setSetting(db: AppDb, key: string, value: string | undefined): Promise<void> {
  if (value === undefined) await db.meta.delete(`setting:${key}`);
  else await db.meta.put({ key: `setting:${key}`, value });
}
