import { uuidv7 } from '../../shared/ids.ts';
import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/kinds.ts';
import type { Mutation } from '../../shared/schemas/mutation.ts';
import { applyMutation, isIgnoredField, materialise, type LostValue, type RecordState } from '../../shared/sync/merge.ts';
import { isUnset } from '../../shared/sync/unset.ts';
import type { Ack, Change } from '../../shared/sync/protocol.ts';

/** What the merge needs from a database inside one write transaction. */
export interface SyncTx {
  seenMutation(mutationId: string): Promise<boolean>;
  getRecord(kind: RecordKind, id: string): Promise<RecordState | undefined>;
  /** The device that first wrote the record. */
  getCreator(kind: RecordKind, id: string): Promise<string | undefined>;
  /** The next position in the change feed; positions are handed out in commit order. */
  nextSeq(): Promise<number>;
  putRecord(kind: RecordKind, id: string, scope: string, state: RecordState, record: Record<string, unknown>, seq: number, creator: string): Promise<void>;
  rememberMutation(m: Mutation, status: Ack['status'], code: string | undefined): Promise<void>;

}

export interface PushResult {
  acks: Ack[];
  /**
   * Change-feed positions written by this push whose record the pushing device already holds
   * exactly: records it created in this push (and edited again in it), which nobody else touched
   * and where no value lost. The answer's pull leaves them out instead of echoing them back.
   */
  known: number[];
}

/**
 * Apply a pushed batch: each mutation is acknowledged on its own (applied, duplicate, or rejected
 * with a code), so one bad mutation never sinks the batch. A merged record must still satisfy its
 * kind's schema, or the mutation is rejected and nothing of it is stored.
 * `pusher` is the device sending the batch (a batch may relay other devices' mutations).
 */
export async function applyBatch(
  tx: SyncTx,
  mutations: readonly Mutation[],
  allowed: (m: Mutation, creator: string | undefined) => string | undefined,
  pusher?: string,
): Promise<PushResult> {
  const acks: Ack[] = [];
  // Records whose stored state is exactly the pusher's copy, with the feed position of that state.
  const known = new Map<string, number>();
  const refuse = async (m: Mutation, code: string) => {
    await tx.rememberMutation(m, 'rejected', code);
    acks.push({ mutationId: m.mutationId, status: 'rejected', code });
    // The device keeps its refused edit aside; its copy no longer matches, so the record is sent.
    known.delete(`${m.kind}:${m.recordId}`);
  };
  for (const m of mutations) {
    if (await tx.seenMutation(m.mutationId)) {
      acks.push({ mutationId: m.mutationId, status: 'duplicate' });
      continue;
    }
    const denied = allowed(m, await tx.getCreator(m.kind, m.recordId));
    if (denied) {
      await refuse(m, denied);
      continue;
    }
    const def = RECORD_KINDS[m.kind];
    const current = await tx.getRecord(m.kind, m.recordId);
    // A record never moves to another workshop (or owner): its scope is fixed by its first write.
    if (current && current.fields[def.scope] !== undefined && current.fields[def.scope] !== m.scope) {
      await refuse(m, 'scope_mismatch');
      continue;
    }
    if (!patchFits(m.kind, m.patch)) {
      await refuse(m, 'invalid_record');
      continue;
    }
    const { next, lost } = applyMutation(current, m);
    const record = materialise(m.recordId, next);
    const parsed = def.schema.safeParse(record);
    if (!parsed.success || record[def.scope] !== m.scope) {
      await refuse(m, parsed.success ? 'scope_mismatch' : 'invalid_record');
      continue;
    }
    const seq = await tx.nextSeq();
    await tx.putRecord(m.kind, m.recordId, m.scope, next, parsed.data as Record<string, unknown>, seq, m.deviceId);
    for (const l of lost) await keepLostValue(tx, m, l);
    await tx.rememberMutation(m, 'applied', undefined);
    acks.push({ mutationId: m.mutationId, status: 'applied' });
    const key = `${m.kind}:${m.recordId}`;
    const mine = m.deviceId === pusher && lost.length === 0 && (current === undefined || known.has(key));
    if (mine) known.set(key, seq);
    else known.delete(key);
  }
  return { acks, known: [...known.values()] };
}

/**
 * Every value a patch sets must fit its field, whether it wins the merge or loses: a value that
 * loses is kept as a lost value, so a malformed one would be stored and shown although the merged
 * record is valid. An emptied field (`$unset`) and the fields the merge ignores are left to the merge.
 */
function patchFits(kind: RecordKind, patch: Record<string, unknown>): boolean {
  const shape: Record<string, { safeParse(v: unknown): { success: boolean } }> = RECORD_KINDS[kind].schema.shape;
  return Object.entries(patch).every(([field, value]) => isIgnoredField(field) || isUnset(value) || (Object.hasOwn(shape, field) && shape[field]!.safeParse(value).success));
}

/** A value that lost becomes a record of its own, so it syncs to the facilitator like any other. */
async function keepLostValue(tx: SyncTx, m: Mutation, l: LostValue): Promise<void> {
  const id = uuidv7();
  const { next } = applyMutation(undefined, {
    op: 'upsert',
    hlc: l.winnerStamp,
    deviceId: 'server',
    patch: {
      workshopId: m.scope,
      recordKind: m.kind,
      recordId: m.recordId,
      field: l.field,
      // An emptied field that lost is kept as null: `{"$unset": true}` would leave the record without a value.
      value: isUnset(l.value) ? null : (l.value ?? null),
      stamp: l.stamp,
      lostDeviceId: l.deviceId,
      winnerStamp: l.winnerStamp,
      winnerDeviceId: l.winnerDeviceId,
    },
  });
  const record = RECORD_KINDS.lostValue.schema.parse(materialise(id, next)) as Record<string, unknown>;
  // '~' never appears in a device id, so no device can pass for the server as a record's creator.
  await tx.putRecord('lostValue', id, m.scope, next, record, await tx.nextSeq(), '~server');
}

export interface PullPage {
  changes: Change[];
  cursor: string;
  hasMore: boolean;
}
