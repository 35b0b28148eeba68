import type { RecordKind } from '../../shared/schemas/kinds.ts';
import type { Mutation } from '../../shared/schemas/mutation.ts';
import type { RecordState } from '../../shared/sync/merge.ts';
import type { Db } from './db.ts';
import { claimUnowned, scopeOwners } from './scope-claims.ts';
import { inList, insertRows, listParam, pairsTable } from './sql-many.ts';
import { planBatch, recordKey, type Allowed, type BatchPlan, type BatchSnapshot, type PushResult, type StoredRecord } from './sync-core.ts';

/**
 * Apply a pushed batch inside a write transaction that already serialises pushes, in a handful of
 * statements whatever its size: read what the batch names, decide every mutation in memory, take
 * the batch's feed positions at once, then write records, join tokens and outcomes many rows at a
 * time. On PostgreSQL each statement is a round trip while every other push waits.
 */
export async function pushBatch(t: Db, mutations: readonly Mutation[], allowed: Allowed, pusher: string | undefined, now: number, claimFor?: string): Promise<PushResult> {
  // A key that claims scopes may write only those nobody else owns; it claims the ones it stores.
  const owners = claimFor ? await scopeOwners(t, mutations.map((m) => m.scope)) : undefined;
  const mayWrite: Allowed = owners ? (m, creator) => (owners.has(m.scope) && owners.get(m.scope) !== claimFor ? 'forbidden' : allowed(m, creator)) : allowed;
  const plan = planBatch(mutations, await readSnapshot(t, mutations), mayWrite, pusher, now);
  const base = plan.positions > 0 ? await takePositions(t, plan.positions) : 0;
  await writeRecords(t, plan, base);
  if (claimFor) await claimUnowned(t, claimFor, plan.records.map((r) => r.scope).filter((scope) => !owners!.has(scope)), new Date(now).toISOString());
  await writeJoinTokens(t, plan);
  await insertRows(
    t,
    'INSERT INTO sync_mutations (mutation_id, device_id, device_seq, status, code, received_at)',
    plan.outcomes.map((o) => [o.mutation.mutationId, o.mutation.deviceId, o.mutation.seq, o.status, o.code, new Date(now).toISOString()]),
    'ON CONFLICT (mutation_id) DO UPDATE SET status = excluded.status, code = excluded.code, received_at = excluded.received_at',
  );
  return { acks: plan.acks, known: plan.known.map((p) => base + p) };
}

/** The batch's mutations applied before, and the current state and creator of its records. */
async function readSnapshot(t: Db, mutations: readonly Mutation[]): Promise<BatchSnapshot> {
  const ids = [...new Set(mutations.map((m) => m.mutationId))];
  const applied = await t.all<{ mutation_id: string }>(`SELECT mutation_id FROM sync_mutations WHERE ${inList(t, 'mutation_id')} AND status = 'applied'`, [listParam(t, ids)]);
  const pairs = new Map(mutations.map((m) => [recordKey(m.kind, m.recordId), [m.kind, m.recordId] as const]));
  const wanted = pairsTable(t, 'wanted', ['kind', 'id'], [...pairs.values()]);
  const rows = await t.all<{ kind: RecordKind; id: string; state: string; creator: string | null }>(
    `SELECT r.kind, r.id, r.state, r.creator FROM ${wanted.sql} JOIN sync_records AS r ON r.kind = wanted.kind AND r.id = wanted.id`,
    wanted.params,
  );
  const records = new Map<string, StoredRecord>(rows.map((r) => [recordKey(r.kind, r.id), { state: JSON.parse(r.state) as RecordState, creator: r.creator ?? undefined }]));
  return { applied: new Set(applied.map((r) => r.mutation_id)), records };
}

/**
 * Take `n` consecutive feed positions and return the one before them. The counter row stays locked
 * until commit, so positions are handed out in commit order: a reader that sees position N has
 * already seen every position below N.
 */
async function takePositions(t: Db, n: number): Promise<number> {
  const row = (await t.all<{ value: number }>("UPDATE sync_counter SET value = value + ? WHERE name = 'changes' RETURNING value", [n]))[0];
  return Number(row!.value) - n;
}

/** Each record once, in its final state, at the position of its last write; the creator is kept from the first write. */
async function writeRecords(t: Db, plan: BatchPlan, base: number): Promise<void> {
  await insertRows(
    t,
    'INSERT INTO sync_records (kind, id, scope, state, record, seq, creator)',
    plan.records.map((r) => [r.kind, r.id, r.scope, JSON.stringify(r.state), JSON.stringify(r.record), base + r.position, r.creator]),
    'ON CONFLICT (kind, id) DO UPDATE SET state = excluded.state, record = excluded.record, seq = excluded.seq',
  );
}

/**
 * The participants' join token follows the workshop record: a new token replaces the old. A token
 * names one workshop; one that another workshop holds already stays with it.
 */
async function writeJoinTokens(t: Db, plan: BatchPlan): Promise<void> {
  const workshops = plan.records.filter((r) => r.kind === 'workshop');
  if (workshops.length === 0) return;
  await t.run(`DELETE FROM join_tokens WHERE ${inList(t, 'workshop_id')}`, [listParam(t, workshops.map((w) => w.id))]);
  const tokens = new Map<string, string>();
  for (const w of workshops) {
    const hash = w.record.joinTokenHash;
    if (typeof hash === 'string' && !tokens.has(hash)) tokens.set(hash, w.id);
  }
  await insertRows(t, 'INSERT INTO join_tokens (token_hash, workshop_id)', [...tokens], 'ON CONFLICT (token_hash) DO NOTHING');
}
