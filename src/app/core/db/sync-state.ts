import type { Table } from 'dexie';
import { writeTransaction } from './write.ts';
import { webSha256Hex } from '../../../shared/identity/bytes.ts';
import { RECORD_KINDS, RECORD_KIND_NAMES, type RecordKind } from '../../../shared/schemas/kinds.ts';
import type { Mutation } from '../../../shared/schemas/mutation.ts';
import type { Ack, Change } from '../../../shared/sync/protocol.ts';
import { isUnset } from '../../../shared/sync/unset.ts';
import type { RejectionCode } from '../../../shared/sync/rejections.ts';
import type { AppDb, StoredRecord } from './db.ts';
import { receiveStamp } from './clock.ts';
import { removedRecordIds } from './removed.ts';

/**
 * The pull cursor of builds that kept one for whatever credential the device had: a new key or a
 * second workshop then started from the old credential's position and never received what only the
 * new one may read. No longer read: each credential pulls from its own cursor (one full pull after
 * the update, which also heals devices that missed records).
 */
const LEGACY_CURSOR = 'sync:cursor';
const CURSOR_PREFIX = 'sync:cursor:';
const REJECTED = 'sync:rejected';
const UNREADABLE = 'sync:unreadable';

/**
 * Where a credential's pull cursor is kept: named by a hash of the credential, so the secret is not
 * written into a key name, and a changed credential starts from the beginning of what it may read.
 */
async function cursorKeyOf(credential: string): Promise<string> {
  // WebCrypto's digest, outside any transaction (its await would end one).
  return `${CURSOR_PREFIX}${(await webSha256Hex(credential)).slice(0, 32)}`;
}

/** The pull position of one credential; null when it has never pulled (from the start). */
export async function syncCursor(db: AppDb, credential: string): Promise<string | null> {
  const v = (await db.meta.get(await cursorKeyOf(credential)))?.value;
  return typeof v === 'string' ? v : null;
}

/**
 * A change the server refused, kept aside on the device with the server's reason: a RejectionCode
 * (src/shared/sync/rejections.ts), kept as the string it arrived as, since a newer server may send
 * one this build does not know (`isRejectionCode` tells).
 */
export interface RejectedChange {
  mutation: Mutation;
  code?: RejectionCode | (string & {}) | undefined;
}

/** Entries written before codes were kept are bare mutations: their reason is unknown. */
function rejectedOf(value: unknown): RejectedChange[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown): RejectedChange[] => {
    if (!v || typeof v !== 'object') return [];
    if ('mutation' in v) return [v as RejectedChange];
    return 'mutationId' in v ? [{ mutation: v as Mutation }] : [];
  });
}

export async function rejectedChanges(db: AppDb): Promise<RejectedChange[]> {
  return rejectedOf((await db.meta.get(REJECTED))?.value);
}

export async function rejectedMutations(db: AppDb): Promise<Mutation[]> {
  return (await rejectedChanges(db)).map((r) => r.mutation);
}

/** Drop refused changes from the list (they were sent again in another form, or removed with their records). */
export async function forgetRejected(db: AppDb, keep: (r: RejectedChange) => boolean): Promise<number> {
  return writeTransaction(db, [db.meta], async () => {
    const all = await rejectedChanges(db);
    const kept = all.filter(keep);
    if (kept.length !== all.length) await db.meta.put({ key: REJECTED, value: kept });
    return all.length - kept.length;
  });
}

/**
 * Apply one sync answer in one transaction: acknowledged mutations leave the outbox (rejected ones
 * are kept aside, never lost), pulled records are stored without entering the outbox (no echo),
 * and fields this device changed but has not yet pushed keep their local value until they are.
 * The device clock moves past every stamp it receives, so its next edits sort after them.
 * `credential` is the one that pulled: its cursor moves to `cursor`.
 */
export async function applySyncResult(
  db: AppDb,
  answer: { acks: readonly Ack[]; changes: readonly Change[]; cursor: string },
  opts: { now?: number; credential?: string; sent?: readonly Mutation[] } = {},
): Promise<{ applied: number; rejected: number }> {
  const { acks, changes, cursor } = answer;
  const { now = Date.now(), credential, sent = [] } = opts;
  const tables = RECORD_KIND_NAMES.map((k) => db.recordTable(k));
  const cursorKey = credential === undefined ? undefined : await cursorKeyOf(credential);
  return writeTransaction(db, [...tables, db.outbox, db.meta], async () => {
    const byId = new Map(acks.map((a) => [a.mutationId, a]));
    const done = await acknowledged(db, byId, sent);
    const rejected = done.filter((m) => byId.get(m.mutationId)?.status === 'rejected');
    if (rejected.length) {
      // Each with the server's reason, so the person reads why; a change refused again replaces its entry.
      const again = new Set(rejected.map((m) => m.mutationId));
      const before = (await rejectedChanges(db)).filter((r) => !again.has(r.mutation.mutationId));
      await db.meta.put({ key: REJECTED, value: [...before, ...rejected.map((m) => ({ mutation: m, code: byId.get(m.mutationId)?.code }) satisfies RejectedChange)] });
    }
    await removeFromOutbox(
      db,
      done.map((m) => m.seq),
    );

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
    // Records a person removed from this device stay away, even when a credential pulls them again.
    const removed = await removedRecordIds(db);
    for (const change of [...waiting, ...changes]) {
      const kind = change.kind;
      const id = String(change.record.id);
      if (removed.has(id)) continue;
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
      if (!before || String(before.updatedAt) <= String(change.record.updatedAt)) ofKind.set(id, parsed.data);
    }
    let applied = 0;
    let latest = '';
    for (const [kind, byId] of incoming) {
      const table = db.recordTable(kind);
      const ids = [...byId.keys()];
      const here = await storedCopies(table, ids);
      // A newer copy already here (an edit made while the page was on its way) stays.
      const newer = ids.filter((id, i) => !here[i] || String(here[i].updatedAt) <= String(byId.get(id)!.updatedAt)).map((id) => byId.get(id)!);
      await table.bulkPut(newer);
      applied += newer.length;
      for (const r of newer) {
        // Stored records passed their schema: the stamp is a string.
        const stamp = typeof r.updatedAt === 'string' ? r.updatedAt : '';
        if (stamp > latest) latest = stamp;
      }
    }
    if (latest) await receiveStamp(db, latest, now);
    if (unreadable.size || waiting.length) await db.meta.put({ key: UNREADABLE, value: [...unreadable.values()] });
    if (cursorKey !== undefined) {
      await db.meta.put({ key: cursorKey, value: cursor });
      await db.meta.delete(LEGACY_CURSOR);
    }
    return { applied, rejected: rejected.length };
  });
}

/**
 * The stored copies of these records, undefined where the device has none. Which of them it holds
 * is asked first, keys only, over the span of the ids: a page of records new to the device (a
 * first pull, a room's new answers) reads no record at all. A span holding many more records than
 * the page (a device pulling again what it has) reads the page's records as they are.
 */
async function storedCopies(table: Table<StoredRecord, string>, ids: readonly string[]): Promise<(StoredRecord | undefined)[]> {
  const sorted = [...ids].sort();
  const most = 4 * ids.length;
  const keys = await table.where(':id').between(sorted[0], sorted.at(-1), true, true).limit(most).primaryKeys();
  if (keys.length === most) return table.bulkGet([...ids]);
  const held = new Set(keys);
  const present = ids.filter((id) => held.has(id));
  const copies = new Map(present.length ? (await table.bulkGet(present)).map((r, i) => [present[i]!, r] as const) : []);
  return ids.map((id) => copies.get(id));
}

/**
 * The outbox entries of the acknowledged changes. An answer acknowledges the push it answers
 * (`sent`; outbox entries never change): one request for the positions of that run tells which are
 * still there. Otherwise, or when some are gone, one lookup each on the unique index, all in flight.
 */
async function acknowledged(db: AppDb, acked: ReadonlyMap<string, Ack>, sent: readonly Mutation[]): Promise<Mutation[]> {
  if (acked.size === 0) return [];
  const seqs = sent.map((m) => m.seq);
  const from = Math.min(...seqs);
  const to = Math.max(...seqs);
  if (seqs.length > 0 && to - from < 2 * seqs.length) {
    const here = new Set(await db.outbox.where('seq').between(from, to, true, true).primaryKeys());
    const found = sent.filter((m) => here.has(m.seq) && acked.has(m.mutationId));
    if (found.length === acked.size) return found;
  }
  const found = await Promise.all([...acked.keys()].map((mutationId) => db.outbox.get({ mutationId })));
  return found.filter((m) => m !== undefined);
}

/**
 * Take acknowledged changes out of the outbox: a run of consecutive positions (a push's batch,
 * usually) in one range delete, others one by one.
 */
async function removeFromOutbox(db: AppDb, seqs: number[]): Promise<void> {
  if (seqs.length === 0) return;
  const sorted = [...seqs].sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  if (last - first + 1 === new Set(sorted).size) await db.outbox.where('seq').between(first, last, true, true).delete();
  else await db.outbox.bulkDelete(sorted);
}

const waitingOf = (row: { value: unknown } | undefined): Change[] => (row?.value as Change[] | undefined) ?? [];

/** Drop unreadable pulled copies of these records. Call inside a read-write transaction that includes `meta`. */
export async function forgetWaiting(db: AppDb, ids: ReadonlySet<string>): Promise<void> {
  const waiting = waitingOf(await db.meta.get(UNREADABLE));
  const kept = waiting.filter((c) => !ids.has(String(c.record.id)));
  if (kept.length !== waiting.length) await db.meta.put({ key: UNREADABLE, value: kept });
}
