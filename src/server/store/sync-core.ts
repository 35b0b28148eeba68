import { decodeHlc, isBeyondDrift } from '../../shared/hlc.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/kinds.ts';
import type { Mutation } from '../../shared/schemas/mutation.ts';
import { applyMutation, isIgnoredField, materialise, type LostValue, type RecordState } from '../../shared/sync/merge.ts';
import { isUnset } from '../../shared/sync/unset.ts';
import type { Ack, Change } from '../../shared/sync/protocol.ts';

/** A stored record as the merge needs it. */
export interface StoredRecord {
  state: RecordState;
  /** The device that first wrote the record (unknown for records stored before creators were kept). */
  creator: string | undefined;
}

/** What the database holds, before a batch, of the mutations and records the batch names. */
export interface BatchSnapshot {
  /** Mutation ids of the batch applied before. */
  applied: ReadonlySet<string>;
  /** The batch's records that exist, by `recordKey`. */
  records: ReadonlyMap<string, StoredRecord>;
}

/** A record to write: its final state after the batch, at the feed position of its last write. */
export interface RecordWrite {
  kind: RecordKind;
  id: string;
  scope: string;
  state: RecordState;
  record: Record<string, unknown>;
  /** Kept only when the record is new: the creator never changes. */
  creator: string | null;
  /** Position within the batch's positions, from 1. */
  position: number;
}

/** The latest outcome of a mutation, to remember (a duplicate changes nothing). */
export interface MutationOutcome {
  mutation: Mutation;
  status: 'applied' | 'rejected';
  code: string | null;
}

/** Everything a batch writes, decided in memory before anything is written. */
export interface BatchPlan {
  acks: Ack[];
  /** How many feed positions the batch takes: one per applied mutation, then one per value it made lose. */
  positions: number;
  records: RecordWrite[];
  outcomes: MutationOutcome[];
  /** Positions within the batch (from 1) of records the pusher holds exactly; see `PushResult.known`. */
  known: number[];
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

export type Allowed = (m: Mutation, creator: string | undefined) => string | undefined;

export const recordKey = (kind: string, id: string): string => `${kind}:${id}`;

/**
 * Decide a pushed batch, in order, over what the database held before it: each mutation is
 * acknowledged on its own (applied, duplicate, or rejected with a code), so one bad mutation never
 * sinks the batch, and a mutation sees every earlier one of its batch. A merged record must still
 * satisfy its kind's schema, or the mutation is rejected and nothing of it is stored. A stamp more
 * than MAX_DRIFT_MS ahead of the server's clock `now` is refused (`clock_ahead`): it would win
 * every later merge of its fields. `pusher` is the device sending the batch (a batch may relay
 * other devices' mutations).
 */
export function planBatch(mutations: readonly Mutation[], before: BatchSnapshot, allowed: Allowed, pusher: string | undefined, now: number): BatchPlan {
  const acks: Ack[] = [];
  const applied = new Set(before.applied);
  const records = new Map(before.records);
  const writes = new Map<string, RecordWrite>();
  const outcomes = new Map<string, MutationOutcome>();
  // Records whose state is exactly the pusher's copy, with the position of that state.
  const known = new Map<string, number>();
  let positions = 0;
  // A mutation refused once may come again (carried by another device): its latest outcome counts.
  const remember = (m: Mutation, status: MutationOutcome['status'], code: string | null) =>
    outcomes.set(m.mutationId, { mutation: outcomes.get(m.mutationId)?.mutation ?? m, status, code });
  const refuse = (m: Mutation, code: string) => {
    remember(m, 'rejected', code);
    acks.push({ mutationId: m.mutationId, status: 'rejected', code });
    // The device keeps its refused edit aside; its copy no longer matches, so the record is sent.
    known.delete(recordKey(m.kind, m.recordId));
  };
  for (const m of mutations) {
    if (applied.has(m.mutationId)) {
      acks.push({ mutationId: m.mutationId, status: 'duplicate' });
      continue;
    }
    const key = recordKey(m.kind, m.recordId);
    const current = records.get(key);
    const denied = allowed(m, current?.creator);
    if (denied) {
      refuse(m, denied);
      continue;
    }
    if (stampedAhead(m, now)) {
      refuse(m, 'clock_ahead');
      continue;
    }
    const def = RECORD_KINDS[m.kind];
    // A record never moves to another workshop (or owner): its scope is fixed by its first write.
    if (current && current.state.fields[def.scope] !== undefined && current.state.fields[def.scope] !== m.scope) {
      refuse(m, 'scope_mismatch');
      continue;
    }
    if (!patchFits(m.kind, m.patch)) {
      refuse(m, 'invalid_record');
      continue;
    }
    const { next, lost } = applyMutation(current?.state, m);
    const record = materialise(m.recordId, next);
    const parsed = def.schema().safeParse(record);
    if (!parsed.success || record[def.scope] !== m.scope) {
      refuse(m, parsed.success ? 'scope_mismatch' : 'invalid_record');
      continue;
    }
    const creator = current ? current.creator : m.deviceId;
    records.set(key, { state: next, creator });
    const position = ++positions;
    writes.set(key, { kind: m.kind, id: m.recordId, scope: m.scope, state: next, record: parsed.data as Record<string, unknown>, creator: creator ?? null, position });
    for (const l of lost) {
      const write = lostValueWrite(m, l, ++positions);
      writes.set(recordKey(write.kind, write.id), write);
    }
    remember(m, 'applied', null);
    applied.add(m.mutationId);
    acks.push({ mutationId: m.mutationId, status: 'applied' });
    const mine = m.deviceId === pusher && lost.length === 0 && (current === undefined || known.has(key));
    if (mine) known.set(key, position);
    else known.delete(key);
  }
  return { acks, positions, records: [...writes.values()], outcomes: [...outcomes.values()], known: [...known.values()] };
}

/** Whether a mutation's stamp, or the stamp its writer had seen, lies beyond the allowed drift ahead of `now`. */
function stampedAhead(m: Mutation, now: number): boolean {
  return [m.hlc, m.base].some((stamp) => stamp !== undefined && isBeyondDrift(decodeHlc(stamp).wall, now));
}

/**
 * Every value a patch sets must fit its field, whether it wins the merge or loses: a value that
 * loses is kept as a lost value, so a malformed one would be stored and shown although the merged
 * record is valid. An emptied field (`$unset`) and the fields the merge ignores are left to the merge.
 */
function patchFits(kind: RecordKind, patch: Record<string, unknown>): boolean {
  const shape: Record<string, { safeParse(v: unknown): { success: boolean } }> = RECORD_KINDS[kind].schema().shape;
  return Object.entries(patch).every(([field, value]) => isIgnoredField(field) || isUnset(value) || (Object.hasOwn(shape, field) && shape[field]!.safeParse(value).success));
}

/** A value that lost becomes a record of its own, so it syncs to the facilitator like any other. */
function lostValueWrite(m: Mutation, l: LostValue, position: number): RecordWrite {
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
  const record = RECORD_KINDS.lostValue.schema().parse(materialise(id, next)) as Record<string, unknown>;
  // '~' never appears in a device id, so no device can pass for the server as a record's creator.
  return { kind: 'lostValue', id, scope: m.scope, state: next, record, creator: '~server', position };
}

export interface PullPage {
  changes: Change[];
  cursor: string;
  hasMore: boolean;
}
