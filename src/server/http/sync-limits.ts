import { limiterFor, type Budget } from './rate-limit.ts';

/** Facilitator and coordinator keys, or participants' join tokens (one shared by a whole room). */
export type CredentialKind = 'key' | 'join';

/** What one credential may send: requests, records (mutations) and request bytes (uncompressed). */
export interface CredentialBudgets {
  requests: Budget;
  records: Budget;
  bytes: Budget;
}
export type Measure = keyof CredentialBudgets;

export interface SyncLimits {
  key: CredentialBudgets;
  join: CredentialBudgets;
  /** Failed authentications per client address: guessing stays slow, valid credentials are untouched. */
  authFailures: Budget;
}

const MiB = 1024 * 1024;

/**
 * Sized for a two-day workshop with a margin, and to stop abuse within seconds:
 * - A join token is shared by a room (about 30 phones). Each phone syncs about every 15 s (the
 *   app's timer) and within a second of each saved change (a burst of taps is one request): 30
 *   phones scoring at a tap every five seconds make about 6 requests a second, against a refill of
 *   about 17 and a burst of 3,000 (ten minutes of such scoring). A phone makes about 40 scores, an assessment and 15 notes in two
 *   days; at the end of a scoring session all 30 push their 41 records within seconds (1,230),
 *   against a burst of 4,000 (three such sessions a quarter of an hour apart still pass). Requests of a room are small (a 5,000-character note is about 5 KB);
 *   a burst of 4 MiB stops one token from putting in 1,500 such notes (7.5 MB) at once.
 * - A key belongs to a facilitator's tablets or a coordinator: they pull within a second or so of
 *   each change in their workshops (at most about one request a second each), relay phones' changes, pull
 *   every device's records and make the first big syncs (a framework, hundreds of participants),
 *   so they get several times the room's allowance.
 * - Failed authentications are counted per client address, and only credentials not seen valid
 *   lately are held back by them: a revoked phone retrying in the venue's network, or someone
 *   guessing there, never stops the working devices.
 * Bytes bursts are at least the largest body (BODY_LIMIT_BYTES) and records bursts at least the
 * largest push, or a single request could never pass; readConfig checks it.
 */
export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  key: { requests: { burst: 3000, perHour: 36_000 }, records: { burst: 20_000, perHour: 40_000 }, bytes: { burst: 32 * MiB, perHour: 64 * MiB } },
  join: { requests: { burst: 3000, perHour: 60_000 }, records: { burst: 4000, perHour: 8000 }, bytes: { burst: 4 * MiB, perHour: 16 * MiB } },
  authFailures: { burst: 60, perHour: 600 },
};

/** Client addresses tracked for failed authentications; the least recently seen are forgotten first. */
const MAX_ADDRESSES = 10_000;

/**
 * Token buckets per credential (the hash of a valid key or join token) and per client address for
 * failed authentications. Buckets exist only for credentials that authenticated, so unauthenticated
 * noise can neither fill the map nor reset a credential's budget.
 */
export function createSyncLimiter(limits: SyncLimits, now?: () => number) {
  const per = (b: CredentialBudgets) => ({ requests: limiterFor(b.requests, { now }), records: limiterFor(b.records, { now }), bytes: limiterFor(b.bytes, { now }) });
  const credentials = { key: per(limits.key), join: per(limits.join) };
  const failures = limiterFor(limits.authFailures, { now, maxEntries: MAX_ADDRESSES });
  return {
    /** A credential that authenticated lately (it has a bucket): the failed-authentication gate does not apply to it. */
    isKnown(kind: CredentialKind, id: string): boolean {
      return credentials[kind].requests.tracks(id);
    },
    /** Seconds to wait before this address may try an unknown credential again, or undefined when it may now. */
    authWait(address: string): number | undefined {
      return failures.has(address) ? undefined : failures.waitSeconds(address);
    },
    authFailed(address: string, credential?: { kind: CredentialKind; id: string }): void {
      failures.take(address);
      // A revoked credential loses its buckets, and with them its way past the gate.
      if (credential) for (const limiter of Object.values(credentials[credential.kind])) limiter.forget(credential.id);
    },
    /** Take `n` of a measure from a credential's budget: undefined when taken, else the seconds to wait. */
    take(kind: CredentialKind, id: string, measure: Measure, n = 1): number | undefined {
      const limiter = credentials[kind][measure];
      return limiter.take(id, n) ? undefined : limiter.waitSeconds(id, n);
    },
    /** Whether `n` of a measure is there now, without taking it. */
    has(kind: CredentialKind, id: string, measure: Measure, n: number): boolean {
      return credentials[kind][measure].has(id, n);
    },
    /** Seconds until `n` of a measure will be there. */
    wait(kind: CredentialKind, id: string, measure: Measure, n: number): number {
      return credentials[kind][measure].waitSeconds(id, n);
    },
  };
}
export type SyncLimiter = ReturnType<typeof createSyncLimiter>;
