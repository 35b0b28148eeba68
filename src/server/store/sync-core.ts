import { decodeHlc, isBeyondDrift } from '../../shared/hlc.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/kinds.ts';
import type { Mutation } from '../../shared/schemas/mutation.ts';
import type { RejectionCode } from '../../shared/sync/rejections.ts';
import { recordKey, type Allowed, type BatchView } from '../../shared/rights/batch-view.ts';
import { applyMutation, isIgnoredField, materialise, type LostValue, type RecordState } from '../../shared/sync/merge.ts';
import { isUnset } from '../../shared/sync/unset.ts';
import type { Ack, Change } from '../../shared/sync/protocol.ts';

/** A stored record as the merge needs it. */
export interface StoredRecord {
  state: RecordState;
  /** The device that first wrote the record; null for records stored before creators were kept. */
  creator: string | null;
}

/** What the database holds, before a batch, of the mutations and records the batch names. */
export interface BatchSnapshot {
  /** Mutation ids of the batch applied before, each with the device that wrote it (its proven author). */
  applied: ReadonlyMap<string, string>;
  /** The batch's records that exist, and those they refer to (see `referencedRecords`), by `recordKey`. */
  records: ReadonlyMap<string, StoredRecord>;
  /** The workshop that holds each join token hash the batch's workshop patches set, when one does. */
  joinTokens: ReadonlyMap<string, string>;
}

/**
 * A record to write: its final state after the batch, at the feed position of its last write. Its
 * creator is kept only when the record is new: the creator never changes.
 */
export interface RecordWrite extends StoredRecord {
  kind: RecordKind;
  id: string;
  scope: string;
  record: Record<string, unknown>;
  /** The record's JSON text, as stored and as pulls send it (made once, when its size was checked). */
  text: string;
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
  /** The last feed position this push wrote (0: it wrote nothing). */
  last: number;
}

/**
 * What a rule may look at, at one mutation of a batch, besides the mutation: the record it would
 * leave, and the records around it as the batch has left them so far.
 */

/**
 * Decide a pushed batch, in order, over what the database held before it: each mutation is
 * acknowledged on its own (applied, duplicate, or rejected with a code), so one bad mutation never
 * sinks the batch, and a mutation sees every earlier one of its batch. A merged record must still
 * satisfy its kind's schema and size, or the mutation is rejected and nothing of it is stored. A
 * stamp more than MAX_DRIFT_MS ahead of the server's clock `now` is refused (`clock_ahead`): it
 * would win every later merge of its fields. A workshop may not take a join token another one
 * holds (`join_token_taken`). `pusher` is the device sending the batch (a batch may relay other
 * devices' mutations).
 */
export function planBatch(mutations: readonly Mutation[], before: BatchSnapshot, allowed: Allowed, pusher: string | undefined, now: number): BatchPlan {
  const acks: Ack[] = [];
  const applied = new Map(before.applied);
  const records = new Map(before.records);
  const joinTokens = new Map(before.joinTokens);
  const writes = new Map<string, RecordWrite>();
  const outcomes = new Map<string, MutationOutcome>();
  // Records whose state is exactly the pusher's copy, with the position of that state.
  const known = new Map<string, number>();
  let positions = 0;
  // A mutation refused once may come again (carried by another device): its latest outcome counts,
  // stored with the mutation it is the outcome of (an applied one's author is what a later copy is judged against).
  const remember = (m: Mutation, status: MutationOutcome['status'], code: string | null) => outcomes.set(m.mutationId, { mutation: m, status, code });
  // `remembered`: false when the id's outcome is another device's, which this refusal leaves as it is.
  const refuse = (m: Mutation, code: RejectionCode, remembered = true) => {
    if (remembered) remember(m, 'rejected', code);
    acks.push({ mutationId: m.mutationId, status: 'rejected', code });
    // The device keeps its refused edit aside; its copy no longer matches, so the record is sent.
    known.delete(recordKey(m.kind, m.recordId));
  };
  for (const m of mutations) {
    const author = applied.get(m.mutationId);
    if (author === m.deviceId) {
      acks.push({ mutationId: m.mutationId, status: 'duplicate' });
      continue;
    }
    if (author !== undefined) {
      // Another device wrote a change under this id first (ids travel in hand-in codes): this one is
      // not a copy of it, and is refused in words, so its device keeps it. The first keeps its outcome.
      refuse(m, 'change_id_taken', false);
      continue;
    }
    const key = recordKey(m.kind, m.recordId);
    const current = records.get(key);
    let outcome: Merged | undefined;
    const merge = () => (outcome ??= mergeOne(m, current));
    const view: BatchView = {
      merged: () => {
        const o = merge();
        return 'code' in o ? undefined : o.record;
      },
      record: (kind, id) => {
        const r = records.get(recordKey(kind, id));
        // Who laid (or lifted) the tombstone: a phone may lift only one it laid.
        return r && { record: materialise(id, r.state), creator: r.creator, deletedBy: r.state.devices.deleted };
      },
    };
    const denied = allowed(m, current ? current.creator : undefined, view);
    if (denied) {
      refuse(m, denied);
      continue;
    }
    if (stampedAhead(m, now)) {
      refuse(m, 'clock_ahead');
      continue;
    }
    const merged = merge();
    if ('code' in merged) {
      refuse(m, merged.code);
      continue;
    }
    const { next, lost, record, text } = merged;
    if (m.kind === 'workshop' && joinTokenTaken(m, record, joinTokens)) {
      refuse(m, 'join_token_taken');
      continue;
    }
    if (m.kind === 'workshop') holdJoinToken(m.recordId, current?.state.fields.joinTokenHash, record.joinTokenHash, joinTokens);
    const creator = current ? current.creator : m.deviceId;
    records.set(key, { state: next, creator });
    const position = ++positions;
    writes.set(key, { kind: m.kind, id: m.recordId, scope: m.scope, state: next, record, text, creator, position });
    for (const l of lost) {
      const write = lostValueWrite(m, l, ++positions);
      writes.set(recordKey(write.kind, write.id), write);
    }
    remember(m, 'applied', null);
    applied.set(m.mutationId, m.deviceId);
    acks.push({ mutationId: m.mutationId, status: 'applied' });
    const mine = m.deviceId === pusher && lost.length === 0 && (current === undefined || known.has(key));
    if (mine) known.set(key, position);
    else known.delete(key);
  }
  return { acks, positions, records: [...writes.values()], outcomes: [...outcomes.values()], known: [...known.values()] };
}

/** A mutation merged into its record, or why it may not be. */
type Merged = { next: RecordState; lost: LostValue[]; record: Record<string, unknown>; text: string } | { code: RejectionCode };

/**
 * The record a mutation leaves, if it is one to store: it keeps its scope, every value the patch
 * sets fits its field, and the merged record satisfies its kind's schema and size. A patch alone
 * past the size is refused too: a value that lost the merge would be kept, whole, as a lost value.
 * Each value is validated once: the merged record is checked whole first (the merge only moves
 * values), and a patch's value is checked alone only when the record does not hold it. The codes
 * come in the same order as if each check ran in turn.
 */
function mergeOne(m: Mutation, current: StoredRecord | undefined): Merged {
  const def = RECORD_KINDS[m.kind];
  // A record never moves to another workshop (or owner): its scope is fixed by its first write.
  if (current && current.state.fields[def.scope] !== undefined && current.state.fields[def.scope] !== m.scope) return { code: 'scope_mismatch' };
  const { next, lost } = applyMutation(current?.state, m);
  const record = materialise(m.recordId, next);
  const parsed = def.schema().safeParse(record);
  if (!patchFits(m.kind, m.patch, parsed.success ? record : undefined)) return { code: 'invalid_record' };
  if (weighsTooMuch(m.kind, JSON.stringify(m.patch))) return { code: 'record_too_large' };
  if (!parsed.success) return { code: 'invalid_record' };
  if (record[def.scope] !== m.scope) return { code: 'scope_mismatch' };
  const data = parsed.data as Record<string, unknown>;
  // The size the record's kind allows is of this very text: it is what is stored and sent.
  const text = JSON.stringify(data);
  if (weighsTooMuch(m.kind, text)) return { code: 'record_too_large' };
  return { next, lost, record: data, text };
}

/** Whether JSON text weighs more than its kind allows: `isTooLarge`'s count, by the native UTF-8 length. */
const weighsTooMuch = (kind: RecordKind, json: string): boolean => Buffer.byteLength(json, 'utf8') > RECORD_KINDS[kind].maxBytes;

/**
 * A join token names one workshop: a workshop's change that sets a token another workshop holds
 * is refused, so the facilitator learns of it and makes a new invitation, instead of its
 * participants silently reaching the workshop that registered the token first.
 */
function joinTokenTaken(m: Mutation, record: Record<string, unknown>, holders: ReadonlyMap<string, string>): boolean {
  if (typeof m.patch.joinTokenHash !== 'string' || typeof record.joinTokenHash !== 'string') return false;
  const holder = holders.get(record.joinTokenHash);
  return holder !== undefined && holder !== m.recordId;
}

/** Later mutations of the batch see a workshop's new token as held, and its old one as free. */
function holdJoinToken(workshopId: string, before: unknown, after: unknown, holders: Map<string, string>): void {
  if (typeof before === 'string' && before !== after && holders.get(before) === workshopId) holders.delete(before);
  if (typeof after === 'string' && !holders.has(after)) holders.set(after, workshopId);
}

/** Whether a mutation's stamp, or the stamp its writer had seen, lies beyond the allowed drift ahead of `now`. */
function stampedAhead(m: Mutation, now: number): boolean {
  return [m.hlc, m.base].some((stamp) => stamp !== undefined && isBeyondDrift(decodeHlc(stamp).wall, now));
}

/**
 * Every value a patch sets must fit its field, whether it wins the merge or loses: a value that
 * loses is kept as a lost value, so a malformed one would be stored and shown although the merged
 * record is valid. An emptied field (`$unset`) and the fields the merge ignores are left to the merge.
 * `valid` is the merged record when its kind's schema accepted it whole: a value it holds (the
 * very value, not a copy) fitted its field there, and is not parsed again.
 */
function patchFits(kind: RecordKind, patch: Record<string, unknown>, valid: Record<string, unknown> | undefined): boolean {
  const shape: Record<string, { safeParse(v: unknown): { success: boolean } }> = RECORD_KINDS[kind].schema().shape;
  for (const field of Object.keys(patch)) {
    const value = patch[field];
    if (isIgnoredField(field) || isUnset(value)) continue;
    if (!Object.hasOwn(shape, field)) return false;
    if (valid !== undefined && Object.hasOwn(valid, field) && valid[field] === value) continue;
    if (!shape[field]!.safeParse(value).success) return false;
  }
  return true;
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
  return { kind: 'lostValue', id, scope: m.scope, state: next, record, text: JSON.stringify(record), creator: '~server', position };
}

export interface PullPage {
  changes: Change[];
  cursor: string;
  hasMore: boolean;
}
