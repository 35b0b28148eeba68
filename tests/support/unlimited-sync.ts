import type { SyncLimits } from '../../src/server/http/sync-limits.ts';

// For tests and benchmarks that measure or fuzz something else than the budgets per credential:
// budgets no run here reaches, so every request is judged on what it is, never on how many came.

const lots = { burst: 1e9, perHour: 1e9 };

export const UNLIMITED_SYNC_LIMITS: SyncLimits = {
  key: { requests: lots, records: lots, bytes: lots },
  join: { requests: lots, records: lots, bytes: lots },
  authFailures: lots,
};

/**
 * The same for a server process started with `startServer` (tests/e2e/support/server.ts), with
 * as many bodies at once for one credential as for the whole server (many devices of one key).
 */
export const UNLIMITED_SYNC_ENV: Record<string, string> = {
  ...Object.fromEntries(
    ['SYNC_KEY_REQUESTS', 'SYNC_KEY_RECORDS', 'SYNC_KEY_BYTES', 'SYNC_JOIN_REQUESTS', 'SYNC_JOIN_RECORDS', 'SYNC_JOIN_BYTES', 'SYNC_AUTH_FAILURES'].map((name) => [name, '1000000000/1000000000']),
  ),
  SYNC_UPLOADS_PER_CREDENTIAL: '1000000',
};
