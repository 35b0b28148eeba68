import { keyIdOf } from '../../shared/identity/credential.ts';
import type { Allowed } from '../../shared/rights/batch-view.ts';
import type { Mutation } from '../../shared/schemas/mutation.ts';
import type { Db } from './db.ts';
import { photoMethods } from './photo-store.ts';
import { pageOf, type FeedRow } from './pull-page.ts';
import { pushBatch, takePositions, type Claimant } from './push-batch.ts';
import { pushCombiner } from './push-combiner.ts';
import { claimUnowned, scopeOwners } from './scope-claims.ts';
import { inList, listParam } from './sql-many.ts';
import { memberMethods } from './workshop-members.ts';
import type { PullPage } from './sync-core.ts';
import { MIGRATIONS, type KeyInfo, type KeyRecord, type Role, type ServerStore, type StoreOptions } from './types.ts';

/** A fixed advisory-lock key so that several PostgreSQL server processes never migrate at once. */
const MIGRATION_LOCK = 7_241_001;
const PUSH_LOCK = 7_241_002;

/**
 * SQLite answers `scope IN (list)` through the scope index: a seek per scope, then every row of
 * those scopes past the cursor is sorted to find the first page. When the feed past the cursor is
 * short next to the scopes (the pull in a push's answer, a device that synced a moment ago; a key
 * whose workshops make most of the feed), walking the feed in order from the cursor reads fewer
 * rows and stops at the page's end. This many rows per scope is where the walk stops paying.
 */
const WALK_ROWS_PER_SCOPE = 50;

/** One push's arguments, as `ServerStore.push` takes them. */
interface PushJob {
  mutations: readonly Mutation[];
  allowed: Allowed;
  pusher: string | undefined;
  claimFor: Claimant | undefined;
}

/** The server store, written once over the SQL surface both databases provide. */
export function createStore(db: Db, opts: StoreOptions = {}): ServerStore {
  const clock = opts.now ?? Date.now;
  const now = () => new Date(clock()).toISOString();
  const feedPosition = async () => Number((await db.all<{ value: number }>("SELECT value FROM sync_counter WHERE name = 'changes'"))[0]?.value ?? 0);
  const schemaVersion = async () => (await db.all<{ v: number }>('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations'))[0]?.v ?? 0;

  /**
   * A write transaction serialised with pushes, taken before reading any record, so two writes to
   * one record never merge from the same old state (SQLite already has one writer at a time).
   */
  const locked = <T>(fn: (t: Db) => Promise<T>): Promise<T> =>
    db.transaction(async (t) => {
      if (t.kind === 'postgres') await t.all('SELECT pg_advisory_xact_lock(?)', [PUSH_LOCK]);
      return fn(t);
    });

  const combinedPush = pushCombiner(
    locked,
    (t, p: PushJob) => pushBatch(t, p.mutations, p.allowed, p.pusher, clock(), p.claimFor),
    (p) => p.mutations.length,
  );

  return {
    kind: db.kind,
    async migrate() {
      await db.transaction(async (t) => {
        if (t.kind === 'postgres') await t.all('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
        await t.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
        const at = (await t.all<{ v: number }>('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations'))[0]?.v ?? 0;
        for (const m of MIGRATIONS) {
          if (m.version <= at) continue;
          await t.exec(m.sql);
          await t.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [m.version, now()]);
        }
      });
    },
    schemaVersion,
    async ping() {
      await db.all('SELECT 1');
    },
    close: () => db.close(),

    push: (mutations, allowed, pusher, claimFor) => combinedPush({ mutations, allowed, pusher, claimFor }),

    async pull(cursor, scopes, limit, filter, skip, asStored): Promise<PullPage> {
      if (scopes !== null && scopes.length === 0) return { changes: [], cursor: String(cursor), hasMore: false };
      // Only the plan changes: `+scope` is the same value, through no index (SQLite's own hint).
      const walk = db.kind === 'sqlite' && scopes !== null && (await feedPosition()) - cursor <= WALK_ROWS_PER_SCOPE * (scopes.length + (filter?.alsoScopes?.length ?? 0));
      const isIn = (column: string) => inList(db, walk && column === 'scope' ? '+scope' : column);
      const list = (xs: readonly string[]) => listParam(db, xs);
      const params: unknown[] = [cursor];
      let where = '';
      if (scopes !== null) {
        where = isIn('scope');
        params.push(list(scopes));
        if (filter) {
          where += ` AND (${isIn('kind')} OR creator = ?)`;
          params.push(list(filter.kinds), filter.creator);
        }
        if (filter?.alsoScopes?.length && filter.alsoKinds?.length) {
          where = `(${where}) OR (${isIn('scope')} AND ${isIn('kind')})`;
          params.push(list(filter.alsoScopes), list(filter.alsoKinds));
        }
      }
      const rows = await db.all<FeedRow>(`SELECT kind, record, seq FROM sync_records WHERE seq > ?${where ? ` AND (${where})` : ''} ORDER BY seq LIMIT ?`, [...params, limit + 1]);
      // At most `limit` changes and about a megabyte of them; skipped positions still move the cursor.
      return pageOf(rows, cursor, limit, skip, asStored);
    },

    feedPosition,
    async scopeOwner(scope) {
      return (await db.all<{ key_hash: string }>('SELECT key_hash FROM scope_owners WHERE scope = ?', [scope]))[0]?.key_hash;
    },
    async workshopForJoinToken(hash) {
      return (await db.all<{ workshop_id: string }>('SELECT workshop_id FROM join_tokens WHERE token_hash = ?', [hash]))[0]?.workshop_id;
    },
    async addKey(key: KeyInfo) {
      await db.run('INSERT INTO access_keys (hash, role, name, created_at) VALUES (?, ?, ?, ?)', [key.hash, key.role, key.name, now()]);
    },
    async revokeKey(hash) {
      return (await db.run('UPDATE access_keys SET revoked_at = ? WHERE hash = ? AND revoked_at IS NULL', [now(), hash])) > 0;
    },
    async findKey(hash) {
      const row = (await db.all<{ hash: string; role: Role; name: string }>('SELECT hash, role, name FROM access_keys WHERE hash = ? AND revoked_at IS NULL', [hash]))[0];
      return row ? { hash: row.hash, role: row.role, name: row.name } : undefined;
    },
    async findKeyById(keyId) {
      // Keys are few (one per facilitator and coordinator): a scan beats a column kept in step.
      const rows = await db.all<{ hash: string; role: Role; name: string }>('SELECT hash, role, name FROM access_keys WHERE revoked_at IS NULL');
      const row = rows.find((r) => keyIdOf(r.hash) === keyId);
      return row ? { hash: row.hash, role: row.role, name: row.name } : undefined;
    },
    async joinTokenHashes(workshopId) {
      return (await db.all<{ token_hash: string }>('SELECT token_hash FROM join_tokens WHERE workshop_id = ?', [workshopId])).map((r) => r.token_hash);
    },
    async ownedScopes(hash) {
      return (await db.all<{ scope: string }>('SELECT scope FROM scope_owners WHERE key_hash = ?', [hash])).map((r) => r.scope);
    },
    async claimScopes(hash, scopes) {
      return db.transaction(async (t) => {
        await claimUnowned(t, hash, scopes, now());
        const owners = await scopeOwners(t, scopes);
        return [...new Set(scopes)].filter((scope) => owners.get(scope) !== hash);
      });
    },
    async listKeys() {
      return (await db.all<KeyRow>(`SELECT ${KEY_COLUMNS} FROM access_keys ORDER BY created_at, hash`)).map(keyRecord);
    },
    async keyRecord(hash) {
      const row = (await db.all<KeyRow>(`SELECT ${KEY_COLUMNS} FROM access_keys WHERE hash = ?`, [hash]))[0];
      return row ? keyRecord(row) : undefined;
    },
    async recordKeyUse(hash, withinMs) {
      const at = clock();
      await db.run('UPDATE access_keys SET last_used_at = ? WHERE hash = ? AND (last_used_at IS NULL OR last_used_at < ?)', [new Date(at).toISOString(), hash, new Date(at - withinMs).toISOString()]);
    },
    async moveScopes(fromHash, toHash) {
      // Only to an active facilitator key: a coordinator owns nothing, a revoked key opens nothing.
      return db.run("UPDATE scope_owners SET key_hash = ? WHERE key_hash = ? AND key_hash <> ? AND EXISTS (SELECT 1 FROM access_keys WHERE hash = ? AND role = 'facilitator' AND revoked_at IS NULL)", [
        toHash,
        fromHash,
        toHash,
        toHash,
      ]);
    },
    ...photoMethods(db, now),
    ...memberMethods(db, locked, takePositions, clock),
  };
}

type KeyRow = { hash: string; role: Role; name: string; created_at: string; last_used_at: string | null; revoked_at: string | null };
const KEY_COLUMNS = 'hash, role, name, created_at, last_used_at, revoked_at';
const keyRecord = (r: KeyRow): KeyRecord => ({ hash: r.hash, role: r.role, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at });
