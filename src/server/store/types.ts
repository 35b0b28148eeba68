import type { Mutation } from '../../shared/schemas/mutation.ts';
import type { Claimant } from './push-batch.ts';
import type { Allowed } from '../../shared/rights/batch-view.ts';
import type { PullPage, PushResult } from './sync-core.ts';
import type { Photo } from '../../shared/schemas/photo-records.ts';
import type { Redeemed } from './workshop-members.ts';

export type Role = 'facilitator' | 'coordinator';

/**
 * Narrows a pull: in the given scopes, records of these kinds or first written by this device;
 * plus records of `alsoKinds` in `alsoScopes` (a participant reads the facilitator's frameworks).
 */
export interface PullFilter {
  kinds: readonly string[];
  creator: string;
  alsoScopes?: readonly string[];
  alsoKinds?: readonly string[];
}
/** Where a store tells of trouble it outlives (a lost connection): the server's log, else standard error. */
export type Warn = (message: string) => void;

export interface StoreOptions {
  /** The server's clock, in milliseconds since the epoch (Date.now unless a test fixes it). */
  now?: () => number;
  /** Trouble the store outlives; console.warn unless the server gives its log. */
  warn?: Warn;
}

export interface KeyInfo {
  hash: string;
  role: Role;
  name: string;
}

/** A key as the administrator lists it, revoked ones included. Times are ISO 8601. */
export interface KeyRecord extends KeyInfo {
  createdAt: string;
  /** When a device last synced with it (written at most about once a minute); null if never. */
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A photo's file as a workshop holds it: its type and size (the bytes are read apart). */
export interface HeldPhoto {
  type: string;
  bytes: number;
}

/** A photo's file sent for a workshop by a facilitator's key, its bytes checked already. */
export interface PhotoUpload {
  hash: string;
  type: string;
  bytes: number;
  data: Uint8Array;
  scope: string;
  /** The key that sent it: its photos count against its quota. */
  keyHash: string;
  /** Most bytes of photos the key may hold, this one included (no limit when absent). */
  quotaBytes?: number;
}

/**
 * The storage contract the endpoint relies on. SQLite (embedded, the default) and PostgreSQL (when
 * DATABASE_URL is set) both satisfy it, and one contract test suite runs against both.
 */
export interface ServerStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Apply pending schema migrations; safe to call on every start and from several processes. */
  migrate(): Promise<void>;
  /** The applied schema migration version. */
  schemaVersion(): Promise<number>;
  /** Cheap round trip to the database, for health checks. */
  ping(): Promise<void>;
  close(): Promise<void>;

  /**
   * Apply pushed mutations in one transaction; `allowed` says why a mutation may not be written,
   * knowing the device that first wrote the record (undefined for a new record, null for one stored
   * before creators were kept) and, through a view, the record it would leave and the records it
   * refers to. `pusher` is the device sending the batch: the result names the positions whose
   * record it already holds.
   * `claimFor` names, per mutation, the key that owns the scopes it writes first (its author's
   * facilitator key): mutations to a scope another key owns are `forbidden`, and the scopes of what
   * is stored are claimed in the same transaction.
   */
  push(mutations: readonly Mutation[], allowed: Allowed, pusher?: string, claimFor?: Claimant): Promise<PushResult>;
  /**
   * Changes after `cursor`, in feed order, for the given scopes (null: every scope); positions in
   * `skip` are passed over (the cursor still moves past them). `asStored`: each record is parsed
   * only if read, and an answer writes it as the text it was stored as (see `recordJson`).
   */
  pull(cursor: number, scopes: readonly string[] | null, limit: number, filter?: PullFilter, skip?: ReadonlySet<number>, asStored?: boolean): Promise<PullPage>;
  /** The last position handed out in the change feed. */
  feedPosition(): Promise<number>;
  /** The key that owns a scope (a workshop's facilitator). */
  scopeOwner(scope: string): Promise<string | undefined>;
  /** The workshop a participants' join token opens, by the token's hash. */
  workshopForJoinToken(hash: string): Promise<string | undefined>;

  addKey(key: KeyInfo): Promise<void>;
  revokeKey(hash: string): Promise<boolean>;
  findKey(hash: string): Promise<KeyInfo | undefined>;
  /** An active key by its public id (`keyIdOf` its hash), for the credential a relayed change's author names. */
  findKeyById(keyId: string): Promise<KeyInfo | undefined>;
  /** The hashes of the join tokens that open a workshop now. */
  joinTokenHashes(workshopId: string): Promise<string[]>;
  /** Scopes (workshops, owners) a key owns. */
  ownedScopes(hash: string): Promise<string[]>;
  /** Claim unowned scopes for a key (as an administrator would); returns the scopes owned by someone else. */
  claimScopes(hash: string, scopes: readonly string[]): Promise<string[]>;
  /** Every key, revoked ones included, oldest first. */
  listKeys(): Promise<KeyRecord[]>;
  /** A key whether revoked or not, to say why it no longer opens anything. */
  keyRecord(hash: string): Promise<KeyRecord | undefined>;
  /** Note that a key synced now, unless a use within `withinMs` is noted already. */
  recordKeyUse(hash: string, withinMs: number): Promise<void>;
  /**
   * Give every scope one key owns to another (a new key for the same person, or after a
   * revocation): its workshops, their join links and its devices' owner scopes follow. Returns
   * how many scopes moved.
   */
  moveScopes(fromHash: string, toHash: string): Promise<number>;

  /**
   * The workshops a key co-facilitates now, each with the feed position from which it reads it
   * (where it was added): a device whose cursor lies before that has not read the workshop's past.
   */
  memberships(hash: string): Promise<{ scope: string; since: number }[]>;
  /**
   * Add a facilitator key to the workshop whose owner registered this code (its hash), once: the
   * code must be unused, not replaced and not expired, and the key not the owner's. The workshop
   * record's `team` is rewritten in the feed.
   */
  redeemCofacilitatorCode(codeHash: string, keyHash: string): Promise<Redeemed>;
  /** The owner (`ownerHash`) removes a co-facilitator, named by its key's public id. */
  removeCofacilitator(scope: string, ownerHash: string, keyId: string): Promise<'removed' | 'not_owner' | 'not_member'>;

  /** A photo record by id, as stored (a deleted one too), with its scope; undefined if there is none. */
  photoRecord(id: string): Promise<{ scope: string; photo: Photo } | undefined>;
  /** The file of this hash, if a workshop (`scope`) holds it: someone who may write the workshop sent its bytes. */
  photoHeld(hash: string, scope: string): Promise<HeldPhoto | undefined>;
  /**
   * Store a file for a workshop in one transaction: its bytes once (whoever sent them before), and
   * that the workshop holds it. 'held' when it already did (nothing changes); 'quota_exceeded' when
   * the key's photos would pass `quotaBytes`.
   */
  storePhoto(upload: PhotoUpload): Promise<'stored' | 'held' | 'quota_exceeded'>;
  /** A stored file's bytes and type. */
  photoData(hash: string): Promise<{ type: string; data: Uint8Array<ArrayBuffer> } | undefined>;
  /** Bytes of photos a key has sent, counted once per workshop that holds each file. */
  photoBytesOf(keyHash: string): Promise<number>;
}

/** Schema migrations, oldest first. Each is plain SQL that both databases accept. Never edit a shipped one. */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `CREATE TABLE IF NOT EXISTS server_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  },
  {
    version: 2,
    sql: `
CREATE TABLE IF NOT EXISTS sync_records (kind TEXT NOT NULL, id TEXT NOT NULL, scope TEXT NOT NULL, state TEXT NOT NULL, record TEXT NOT NULL, seq BIGINT NOT NULL, PRIMARY KEY (kind, id));
CREATE INDEX IF NOT EXISTS sync_records_seq ON sync_records (seq);
CREATE INDEX IF NOT EXISTS sync_records_scope_seq ON sync_records (scope, seq);
CREATE TABLE IF NOT EXISTS sync_mutations (mutation_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, device_seq BIGINT NOT NULL, status TEXT NOT NULL, code TEXT, received_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sync_lost_values (id TEXT PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL, scope TEXT NOT NULL, field TEXT NOT NULL, value TEXT, stamp TEXT NOT NULL, device_id TEXT NOT NULL, winner_stamp TEXT NOT NULL, winner_device_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS sync_lost_values_scope ON sync_lost_values (scope);
CREATE TABLE IF NOT EXISTS sync_counter (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO sync_counter (name, value) VALUES ('changes', 0) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS access_keys (hash TEXT PRIMARY KEY, role TEXT NOT NULL, name TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT);
CREATE TABLE IF NOT EXISTS scope_owners (scope TEXT PRIMARY KEY, key_hash TEXT NOT NULL, claimed_at TEXT NOT NULL);
`,
  },
  {
    version: 3,
    sql: `
ALTER TABLE sync_records ADD COLUMN creator TEXT;
CREATE TABLE IF NOT EXISTS join_tokens (token_hash TEXT PRIMARY KEY, workshop_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS join_tokens_workshop ON join_tokens (workshop_id);
`,
  },
  {
    // Lost values became records of their own (kind lostValue), synced like the rest.
    version: 4,
    sql: `DROP TABLE IF EXISTS sync_lost_values;`,
  },
  {
    // When each key last synced, for the administrator's list of keys.
    version: 5,
    sql: `ALTER TABLE access_keys ADD COLUMN last_used_at TEXT;`,
  },
  {
    // Photos' files, stored once by content; a workshop holds a file once a key that may write it sent the bytes.
    version: 6,
    sql: `
CREATE TABLE IF NOT EXISTS photo_blobs (hash TEXT PRIMARY KEY, type TEXT NOT NULL, bytes BIGINT NOT NULL, data BYTEA NOT NULL, stored_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS photo_holders (hash TEXT NOT NULL, scope TEXT NOT NULL, key_hash TEXT NOT NULL, bytes BIGINT NOT NULL, stored_at TEXT NOT NULL, PRIMARY KEY (hash, scope));
CREATE INDEX IF NOT EXISTS photo_holders_key ON photo_holders (key_hash);
`,
  },
  {
    // Co-facilitators: other facilitator keys a workshop's owner let in, and the one-time codes that let them in.
    version: 7,
    sql: `
CREATE TABLE IF NOT EXISTS workshop_members (scope TEXT NOT NULL, key_hash TEXT NOT NULL, added_at TEXT NOT NULL, added_seq BIGINT NOT NULL, removed_at TEXT, PRIMARY KEY (scope, key_hash));
CREATE INDEX IF NOT EXISTS workshop_members_key ON workshop_members (key_hash);
CREATE TABLE IF NOT EXISTS cofacilitator_codes (code_hash TEXT PRIMARY KEY, scope TEXT NOT NULL, expires_at TEXT NOT NULL, registered_at TEXT NOT NULL, revoked_at TEXT, used_by TEXT, used_at TEXT);
CREATE INDEX IF NOT EXISTS cofacilitator_codes_scope ON cofacilitator_codes (scope);
`,
  },
  {
    // A participant's pull reads a few kinds of its workshop and its own records: found through these
    // instead of reading every record of the room since its cursor (on PostgreSQL about 1 ms against
    // 11–24 ms a phone once a room has pushed its answers).
    version: 8,
    sql: `
CREATE INDEX IF NOT EXISTS sync_records_scope_kind_seq ON sync_records (scope, kind, seq);
CREATE INDEX IF NOT EXISTS sync_records_scope_creator_seq ON sync_records (scope, creator, seq);
`,
  },
];
