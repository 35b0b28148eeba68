import { decodeHlc, encodeHlc, receive } from '../../shared/hlc.ts';
import { RECORD_KINDS, RECORD_KIND_NAMES, type RecordKind } from '../../shared/schemas/kinds.ts';
import type { Mutation } from '../../shared/schemas/mutation.ts';
import type { Ack, Change } from '../../shared/sync/protocol.ts';
import { isUnset } from '../../shared/sync/unset.ts';
import type { AppDb, StoredRecord } from './db.ts';

const CURSOR = 'sync:cursor';
const REJECTED = 'sync:rejected';
const CLOCK = 'clock';

/** The oldest changes not yet acknowledged, in the order they were made. */
export function outboxBatch(db: AppDb, limit: number): Promise<Mutation[]> {
  return db.outbox.orderBy('seq').limit(limit).toArray();
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
export async function applySyncResult(db: AppDb, acks: readonly Ack[], changes: readonly Change[], cursor: string): Promise<{ applied: number; rejected: number }> {
  const tables = RECORD_KIND_NAMES.map((k) => db.recordTable(k));
  return db.transaction('rw', [...tables, db.outbox, db.meta], async () => {
    const byId = new Map(acks.map((a) => [a.mutationId, a]));
    const done = await db.outbox.where('mutationId').anyOf([...byId.keys()]).toArray();
    const rejected = done.filter((m) => byId.get(m.mutationId)?.status === 'rejected');
    if (rejected.length) await db.meta.put({ key: REJECTED, value: [...(await rejectedMutations(db)), ...rejected] });
    await db.outbox.bulkDelete(done.map((m) => m.seq));

    const pending = await db.outbox.toArray();
    const pendingFields = new Map<string, Record<string, unknown>>();
    for (const m of pending) pendingFields.set(`${m.kind}:${m.recordId}`, { ...pendingFields.get(`${m.kind}:${m.recordId}`), ...m.patch, ...(m.op === 'delete' ? { deleted: true } : {}) });

    let clock = (await db.meta.get(CLOCK))?.value as { deviceId: string; last: string; seq: number } | undefined;
    let applied = 0;
    for (const change of changes) {
      const kind = change.kind as RecordKind;
      const id = String(change.record.id);
      const local = pendingFields.get(`${kind}:${id}`);
      const candidate: Record<string, unknown> = { ...change.record };
      // Unpushed local edits win until pushed; a pending clear removes the field.
      for (const [field, value] of Object.entries(local ?? {})) {
        if (isUnset(value)) delete candidate[field];
        else candidate[field] = value;
      }
      const parsed = RECORD_KINDS[kind].schema.safeParse(candidate);
      if (!parsed.success) continue;
      await db.recordTable(kind).put(parsed.data as StoredRecord);
      applied++;
      const stamp = String(change.record.updatedAt ?? '');
      if (clock && stamp) {
        try {
          clock = { ...clock, last: encodeHlc(receive(decodeHlc(clock.last), decodeHlc(stamp), Date.now())) };
        } catch {
          // a malformed stamp never stops the rest of the sync
        }
      }
    }
    if (clock) await db.meta.put({ key: CLOCK, value: clock });
    await db.meta.put({ key: CURSOR, value: cursor });
    return { applied, rejected: rejected.length };
  });
}

export async function getSetting(db: AppDb, key: string): Promise<string | undefined> {
  const v = (await db.meta.get(`setting:${key}`))?.value;
  return typeof v === 'string' ? v : undefined;
}

export async function setSetting(db: AppDb, key: string, value: string | undefined): Promise<void> {
  if (value === undefined) await db.meta.delete(`setting:${key}`);
  else await db.meta.put({ key: `setting:${key}`, value });
}
