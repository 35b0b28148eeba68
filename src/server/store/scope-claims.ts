import type { Db } from './db.ts';
import { inList, insertRows, listParam } from './sql-many.ts';

// A facilitator key owns the scopes (workshops, its devices' owner ids) it writes first. A scope is
// claimed in the write transaction that stores its first record, so a refused write claims nothing.

/** The keys that own these scopes, by scope (unowned scopes are absent). */
export async function scopeOwners(t: Db, scopes: Iterable<string>): Promise<Map<string, string>> {
  const rows = await t.all<{ scope: string; key_hash: string }>(`SELECT scope, key_hash FROM scope_owners WHERE ${inList(t, 'scope')}`, [listParam(t, [...new Set(scopes)])]);
  return new Map(rows.map((r) => [r.scope, r.key_hash]));
}

/** Claim for `hash` those of `scopes` nobody owns yet; a scope someone else claimed first stays theirs. */
export async function claimUnowned(t: Db, hash: string, scopes: Iterable<string>, at: string): Promise<void> {
  await insertRows(
    t,
    'INSERT INTO scope_owners (scope, key_hash, claimed_at)',
    [...new Set(scopes)].map((s) => [s, hash, at]),
    'ON CONFLICT (scope) DO NOTHING',
  );
}
