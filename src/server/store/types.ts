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
}

/** Schema migrations, oldest first. Each is plain SQL that both databases accept. Never edit a shipped one. */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `CREATE TABLE IF NOT EXISTS server_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  },
];
