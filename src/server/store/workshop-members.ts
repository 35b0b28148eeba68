import { keyIdOf } from '../../shared/identity/credential.ts';
import { COFACILITATOR_CODE_MS } from '../../shared/identity/cofacilitator-code.ts';
import { decodeHlc, encodeHlc, receive, zeroHlc } from '../../shared/hlc.ts';
import { RECORD_KINDS } from '../../shared/schemas/kinds.ts';
import type { Mutation } from '../../shared/schemas/mutation.ts';
import { MAX_TEAM, type TeamMember } from '../../shared/schemas/team.ts';
import { applyMutation, materialise } from '../../shared/sync/merge.ts';
import type { Db } from './db.ts';
import { inList, listParam } from './sql-many.ts';
import { parseState, stateText } from './state-text.ts';
import type { Ack } from '../../shared/sync/protocol.ts';
import type { ServerStore } from './types.ts';

// Co-facilitators: a workshop's owner key (scope_owners) lets other facilitator keys read and write
// the workshop as it does. Each is a row of workshop_members, added by redeeming a one-time code
// whose hash the owner's device put on the workshop record (cofacilitator_codes), and removed by
// the owner; a removed row is kept (removed_at) so the device learns why its changes are refused.

/** Of each scope, the keys that are or were its co-facilitators: true while they are. */
export async function membersOf(t: Db, scopes: Iterable<string>): Promise<Map<string, Map<string, boolean>>> {
  const rows = await t.all<{ scope: string; key_hash: string; removed_at: string | null }>(`SELECT scope, key_hash, removed_at FROM workshop_members WHERE ${inList(t, 'scope')}`, [
    listParam(t, [...new Set(scopes)]),
  ]);
  const out = new Map<string, Map<string, boolean>>();
  for (const r of rows) out.set(r.scope, (out.get(r.scope) ?? new Map<string, boolean>()).set(r.key_hash, r.removed_at === null));
  return out;
}

/**
 * Register the codes a push set on workshop records (only their owner's key may: see push-batch):
 * the code a record names works until it expires, at most COFACILITATOR_CODE_MS after the server
 * learns of it whatever the device's clock said; every earlier unused code of the workshop stops.
 */
export async function registerCodes(
  t: Db,
  mutations: readonly Mutation[],
  acks: readonly Ack[],
  records: readonly { kind: string; id: string; record: Record<string, unknown> }[],
  now: number,
): Promise<void> {
  const applied = new Set(acks.filter((a) => a.status === 'applied').map((a) => a.mutationId));
  const touched = new Set(mutations.filter((m) => m.kind === 'workshop' && applied.has(m.mutationId) && 'cofacilitatorCode' in m.patch).map((m) => m.recordId));
  const at = new Date(now).toISOString();
  for (const r of records) {
    if (r.kind !== 'workshop' || !touched.has(r.id)) continue;
    const code = r.record.cofacilitatorCode as { hash: string; expiresAt: string } | undefined;
    await t.run('UPDATE cofacilitator_codes SET revoked_at = ? WHERE scope = ? AND code_hash <> ? AND revoked_at IS NULL AND used_at IS NULL', [at, r.id, code?.hash ?? '']);
    if (!code) continue;
    // A time that is no instant (a record stored before its schema checked) makes a code that has already expired.
    const asked = Date.parse(code.expiresAt);
    const expires = new Date(Math.min(Number.isFinite(asked) ? asked : now, now + COFACILITATOR_CODE_MS)).toISOString();
    // A hash another workshop registered too (its record was read by someone, who put it on theirs)
    // is revoked for both: a colleague must never be let into a workshop other than the one whose
    // owner gave the code, and whoever came first cannot be told apart from whoever copied.
    await t.run(
      'INSERT INTO cofacilitator_codes (code_hash, scope, expires_at, registered_at) VALUES (?, ?, ?, ?) ON CONFLICT (code_hash) DO UPDATE SET revoked_at = CASE WHEN cofacilitator_codes.scope <> excluded.scope AND cofacilitator_codes.revoked_at IS NULL THEN excluded.registered_at ELSE cofacilitator_codes.revoked_at END',
      [code.hash, r.id, expires, at],
    );
  }
}

/** What redeeming a code did: the workshop it opens, or why it opens none. */
export type Redeemed = { status: 'added'; workshopId: string } | { status: 'unknown' | 'used' | 'expired' | 'revoked' | 'owner' | 'full' };

/** Hands out feed positions and writes a record in the change feed, inside the caller's transaction. */
type FeedWriter = (t: Db, n: number) => Promise<number>;

type MemberMethods = Pick<ServerStore, 'memberships' | 'redeemCofacilitatorCode' | 'removeCofacilitator'>;

/**
 * `locked` runs a write transaction serialised with pushes (they read and rewrite the same
 * workshop records); `take` takes feed positions in it.
 */
export function memberMethods(db: Db, locked: <T>(fn: (t: Db) => Promise<T>) => Promise<T>, take: FeedWriter, clock: () => number): MemberMethods {
  return {
    async memberships(hash) {
      const rows = await db.all<{ scope: string; added_seq: number }>('SELECT scope, added_seq FROM workshop_members WHERE key_hash = ? AND removed_at IS NULL', [hash]);
      return rows.map((r) => ({ scope: r.scope, since: Number(r.added_seq) }));
    },
    redeemCofacilitatorCode: (codeHash, keyHash) =>
      locked(async (t): Promise<Redeemed> => {
        const now = clock();
        const code = (
          await t.all<{ scope: string; expires_at: string; revoked_at: string | null; used_by: string | null }>(
            'SELECT scope, expires_at, revoked_at, used_by FROM cofacilitator_codes WHERE code_hash = ?',
            [codeHash],
          )
        )[0];
        if (!code) return { status: 'unknown' };
        const members = (await membersOf(t, [code.scope])).get(code.scope) ?? new Map<string, boolean>();
        // The same key again (its answer was lost on the way): it is in, whatever the code says now.
        if (code.used_by === keyHash && members.get(keyHash) === true) return { status: 'added', workshopId: code.scope };
        if (code.used_by !== null) return { status: 'used' };
        if (code.revoked_at !== null) return { status: 'revoked' };
        if (!(Date.parse(code.expires_at) > now)) return { status: 'expired' };
        const owner = (await t.all<{ key_hash: string }>('SELECT key_hash FROM scope_owners WHERE scope = ?', [code.scope]))[0]?.key_hash;
        if (owner === keyHash) return { status: 'owner' };
        // A code whose owner's key was revoked opens nothing, as its join links do not.
        if (!owner || !(await activeName(t, owner))) return { status: 'revoked' };
        if ([...members.values()].filter(Boolean).length + 1 >= MAX_TEAM && members.get(keyHash) !== true) return { status: 'full' };
        const at = new Date(now).toISOString();
        await t.run('UPDATE cofacilitator_codes SET used_by = ?, used_at = ? WHERE code_hash = ?', [keyHash, at, codeHash]);
        // The workshop's team is rewritten in the feed: its position is where this key starts reading the workshop.
        const seq = await writeTeam(t, code.scope, owner, [...[...members].filter(([k, active]) => active && k !== keyHash).map(([k]) => k), keyHash], take, now);
        await t.run(
          'INSERT INTO workshop_members (scope, key_hash, added_at, added_seq, removed_at) VALUES (?, ?, ?, ?, NULL) ON CONFLICT (scope, key_hash) DO UPDATE SET added_at = excluded.added_at, added_seq = excluded.added_seq, removed_at = NULL',
          [code.scope, keyHash, at, seq],
        );
        return { status: 'added', workshopId: code.scope };
      }),
    removeCofacilitator: (scope, ownerHash, keyId) =>
      locked(async (t) => {
        const owner = (await t.all<{ key_hash: string }>('SELECT key_hash FROM scope_owners WHERE scope = ?', [scope]))[0]?.key_hash;
        if (owner !== ownerHash) return 'not_owner';
        const members = (await membersOf(t, [scope])).get(scope) ?? new Map<string, boolean>();
        const active = [...members].filter(([, a]) => a).map(([k]) => k);
        const gone = active.find((k) => keyIdOf(k) === keyId);
        if (!gone) return 'not_member';
        await t.run('UPDATE workshop_members SET removed_at = ? WHERE scope = ? AND key_hash = ?', [new Date(clock()).toISOString(), scope, gone]);
        await writeTeam(
          t,
          scope,
          owner,
          active.filter((k) => k !== gone),
          take,
          clock(),
        );
        return 'removed';
      }),
  };
}

async function activeName(t: Db, hash: string): Promise<string | undefined> {
  return (await t.all<{ name: string }>('SELECT name FROM access_keys WHERE hash = ? AND revoked_at IS NULL', [hash]))[0]?.name;
}

/**
 * Write the workshop record's `team` (owner first, then co-facilitators by their keys' names) as
 * the server, stamped after every stamp the record holds so every device takes it; returns the
 * feed position of the write.
 */
async function writeTeam(t: Db, scope: string, owner: string, members: readonly string[], take: FeedWriter, now: number): Promise<number> {
  const row = (await t.all<{ state: string }>("SELECT state FROM sync_records WHERE kind = 'workshop' AND id = ?", [scope]))[0];
  const team: TeamMember[] = [];
  for (const [hash, role] of [[owner, 'owner'] as const, ...members.map((m) => [m, 'cofacilitator'] as const)]) {
    const name = (await t.all<{ name: string }>('SELECT name FROM access_keys WHERE hash = ?', [hash]))[0]?.name.trim() || keyIdOf(hash);
    team.push({ keyId: keyIdOf(hash), name, role });
  }
  const seq = (await take(t, 1)) + 1;
  // A code is registered only from a stored workshop record, so the record is there.
  if (!row) return seq;
  const state = parseState(row.state);
  const latest = Object.values(state.stamps).sort().at(-1);
  const stamp = encodeHlc(receive(zeroHlc('server'), latest ? decodeHlc(latest) : zeroHlc('server'), now));
  const { next } = applyMutation(state, { op: 'upsert', hlc: stamp, deviceId: 'server', patch: { team } });
  const record = RECORD_KINDS.workshop.schema().parse(materialise(scope, next));
  await t.run('UPDATE sync_records SET state = ?, record = ?, seq = ? WHERE kind = ? AND id = ?', [stateText(next), JSON.stringify(record), seq, 'workshop', scope]);
  return seq;
}
