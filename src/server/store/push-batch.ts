import { commitsTo, isCommittedScope } from '../../shared/identity/scope-commitment.ts';
import { UUID_V7 } from '../../shared/ids.ts';
import { JOIN_TOKEN_HASH_PATTERN } from '../../shared/schemas/records.ts';
import type { RecordKind } from '../../shared/schemas/kinds.ts';
import type { RejectionCode } from '../../shared/sync/rejections.ts';
import type { Mutation } from '../../shared/schemas/mutation.ts';
import type { Db } from './db.ts';
import { claimUnowned, scopeOwners } from './scope-claims.ts';
import { parseState, stateText } from './state-text.ts';
import { membersOf, registerCodes } from './workshop-members.ts';
import { inList, insertRows, listParam, pairsTable } from './sql-many.ts';
import { recordKey, referencedRecords, type Allowed } from '../../shared/rights/batch-view.ts';
import { planBatch, type BatchPlan, type BatchSnapshot, type PushResult, type StoredRecord } from './sync-core.ts';

/**
 * Apply a pushed batch inside a write transaction that already serialises pushes, in a handful of
 * statements whatever its size: read what the batch names, decide every mutation in memory, take
 * the batch's feed positions at once, then write records, join tokens and outcomes many rows at a
 * time. On PostgreSQL each statement is a round trip while every other push waits.
 */
export async function pushBatch(t: Db, mutations: readonly Mutation[], allowed: Allowed, pusher: string | undefined, now: number, claimFor?: Claimant): Promise<PushResult> {
  // A key that claims scopes may write only those nobody else owns; it claims the ones it stores.
  const owners = claimFor
    ? await scopeOwners(
        t,
        mutations.map((m) => m.scope),
      )
    : undefined;
  const members = claimFor ? await membersOf(t, owners?.keys() ?? []) : new Map<string, Map<string, boolean>>();
  const claims = new Map<string, string>();
  const mayWrite: Allowed = owners && claimFor ? (m, creator, view) => claimRefusal(m, claimFor(m), owners, claims, members) ?? allowed(m, creator, view) : allowed;
  const plan = planBatch(mutations, await readSnapshot(t, mutations), mayWrite, pusher, now);
  const base = plan.positions > 0 ? await takePositions(t, plan.positions) : 0;
  await writeRecords(t, plan, base);
  await claimStored(t, claims, plan, now);
  await writeJoinTokens(t, plan);
  await registerCodes(t, mutations, plan.acks, plan.records, now);
  const receivedAt = new Date(now).toISOString();
  await insertRows(
    t,
    'INSERT INTO sync_mutations (mutation_id, device_id, device_seq, status, code, received_at)',
    plan.outcomes.map((o) => [o.mutation.mutationId, o.mutation.deviceId, o.mutation.seq, o.status, o.code, receivedAt]),
    // A change refused once may be applied when it comes again, and then it is its author's.
    'ON CONFLICT (mutation_id) DO UPDATE SET device_id = excluded.device_id, device_seq = excluded.device_seq, status = excluded.status, code = excluded.code, received_at = excluded.received_at',
  );
  return { acks: plan.acks, known: plan.known.map((p) => base + p), last: base + plan.positions };
}

/** The key that claims what a mutation writes first (a facilitator's), if any. */
export type Claimant = (m: Mutation) => string | undefined;

/**
 * Why a mutation may not write its scope as far as ownership goes. An owned scope is written only
 * by its owner's key and its co-facilitators' (`members`: true while they are one); only the owner
 * sets the workshop's co-facilitator code, and a key its owner removed is told so
 * (`cofacilitator_removed`), so its device can say why. An unowned one is claimed by the first key that writes it; a scope id that
 * commits to a device (see scope-commitment.ts) only through a change that device signed, so
 * nobody who merely saw a workshop's id can take it. A claim made earlier in the batch holds for
 * the rest of it.
 */
function claimRefusal(
  m: Mutation,
  key: string | undefined,
  owners: ReadonlyMap<string, string>,
  claims: Map<string, string>,
  members: ReadonlyMap<string, ReadonlyMap<string, boolean>>,
): RejectionCode | undefined {
  // Participants and coordinators claim nothing: their own rules bound what they write.
  if (key === undefined) return undefined;
  const owner = owners.get(m.scope) ?? claims.get(m.scope);
  if (owner === key) return undefined;
  if (owner !== undefined) {
    const member = members.get(m.scope)?.get(key);
    if (member === undefined) return 'forbidden';
    if (!member) return 'cofacilitator_removed';
    return m.kind === 'workshop' && 'cofacilitatorCode' in m.patch ? 'forbidden' : undefined;
  }
  if (isCommittedScope(m.scope) && !commitsTo(m.scope, m.deviceId)) return 'scope_not_yours';
  claims.set(m.scope, key);
  return undefined;
}

/** Claim, for their keys, the scopes claimed in the batch that it stored records in: one statement per key (almost always one). */
async function claimStored(t: Db, claims: ReadonlyMap<string, string>, plan: BatchPlan, now: number): Promise<void> {
  const stored = new Set(plan.records.map((r) => r.scope));
  const byKey = new Map<string, string[]>();
  for (const [scope, key] of claims) if (stored.has(scope)) byKey.set(key, [...(byKey.get(key) ?? []), scope]);
  for (const [key, scopes] of byKey) await claimUnowned(t, key, scopes, new Date(now).toISOString());
}

/**
 * The batch's mutations applied before, the current state and creator of its records and of those
 * they refer to (see `referencedRecords`), and who holds the join tokens its workshops set. What a
 * stored record refers to is known once it is read: a second read fetches what the first missed.
 */
async function readSnapshot(t: Db, mutations: readonly Mutation[]): Promise<BatchSnapshot> {
  const ids = [...new Set(mutations.map((m) => m.mutationId))];
  const applied = await t.all<{ mutation_id: string; device_id: string }>(`SELECT mutation_id, device_id FROM sync_mutations WHERE ${inList(t, 'mutation_id')} AND status = 'applied'`, [
    listParam(t, ids),
  ]);
  const wanted = new Map<string, readonly [RecordKind, string]>();
  // Only well-formed ids and hashes reach a query: a patch is not validated yet, and PostgreSQL
  // refuses some strings outright (a NUL byte), which would fail the whole push.
  const want = (kind: RecordKind, id: string) => UUID_V7.test(id) && wanted.set(recordKey(kind, id), [kind, id]);
  for (const m of mutations) {
    want(m.kind, m.recordId);
    for (const [kind, id] of referencedRecords(m)) want(kind, id);
  }
  const records = await readRecords(t, [...wanted.values()]);
  const missed = new Map<string, readonly [RecordKind, string]>();
  for (const m of mutations) {
    for (const [kind, id] of referencedRecords(m, records.get(recordKey(m.kind, m.recordId))?.state.fields)) {
      if (UUID_V7.test(id) && !wanted.has(recordKey(kind, id))) missed.set(recordKey(kind, id), [kind, id]);
    }
  }
  if (missed.size > 0) for (const [k, r] of await readRecords(t, [...missed.values()])) records.set(k, r);
  const hashes = [
    ...new Set(mutations.flatMap((m) => (m.kind === 'workshop' && typeof m.patch.joinTokenHash === 'string' && JOIN_TOKEN_HASH_PATTERN.test(m.patch.joinTokenHash) ? [m.patch.joinTokenHash] : []))),
  ];
  const holders = hashes.length
    ? await t.all<{ token_hash: string; workshop_id: string }>(`SELECT token_hash, workshop_id FROM join_tokens WHERE ${inList(t, 'token_hash')}`, [listParam(t, hashes)])
    : [];
  return { applied: new Map(applied.map((r) => [r.mutation_id, r.device_id])), records, joinTokens: new Map(holders.map((h) => [h.token_hash, h.workshop_id])) };
}

/** Stored records by `recordKey`, with their creator (null when stored before creators were kept). */
async function readRecords(t: Db, pairs: readonly (readonly [RecordKind, string])[]): Promise<Map<string, StoredRecord>> {
  const wanted = pairsTable(t, 'wanted', ['kind', 'id'], pairs);
  const rows = await t.all<{ kind: RecordKind; id: string; state: string; creator: string | null }>(
    `SELECT r.kind, r.id, r.state, r.creator FROM ${wanted.sql} JOIN sync_records AS r ON r.kind = wanted.kind AND r.id = wanted.id`,
    wanted.params,
  );
  return new Map(rows.map((r) => [recordKey(r.kind, r.id), { state: parseState(r.state), creator: r.creator }]));
}

/**
 * Take `n` consecutive feed positions and return the one before them. The counter row stays locked
 * until commit, so positions are handed out in commit order: a reader that sees position N has
 * already seen every position below N.
 */
export async function takePositions(t: Db, n: number): Promise<number> {
  const row = (await t.all<{ value: number }>("UPDATE sync_counter SET value = value + ? WHERE name = 'changes' RETURNING value", [n]))[0];
  return Number(row!.value) - n;
}

/** Each record once, in its final state, at the position of its last write; the creator is kept from the first write. */
async function writeRecords(t: Db, plan: BatchPlan, base: number): Promise<void> {
  await insertRows(
    t,
    'INSERT INTO sync_records (kind, id, scope, state, record, seq, creator)',
    plan.records.map((r) => [r.kind, r.id, r.scope, stateText(r.state), r.text, base + r.position, r.creator]),
    'ON CONFLICT (kind, id) DO UPDATE SET state = excluded.state, record = excluded.record, seq = excluded.seq',
  );
}

/**
 * The participants' join token follows the workshop record: a new token replaces the old. A token
 * names one workshop: a change that sets a token another workshop holds is refused before this
 * (`join_token_taken`); a token two workshops were given before that stays with the first.
 */
async function writeJoinTokens(t: Db, plan: BatchPlan): Promise<void> {
  const workshops = plan.records.filter((r) => r.kind === 'workshop');
  if (workshops.length === 0) return;
  await t.run(`DELETE FROM join_tokens WHERE ${inList(t, 'workshop_id')}`, [
    listParam(
      t,
      workshops.map((w) => w.id),
    ),
  ]);
  const tokens = new Map<string, string>();
  for (const w of workshops) {
    const hash = w.record.joinTokenHash;
    if (typeof hash === 'string' && !tokens.has(hash)) tokens.set(hash, w.id);
  }
  await insertRows(t, 'INSERT INTO join_tokens (token_hash, workshop_id)', [...tokens], 'ON CONFLICT (token_hash) DO NOTHING');
}
