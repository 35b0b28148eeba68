import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { MAX_MUTATIONS_PER_PUSH } from '../shared/sync/protocol.ts';
import { DEFAULT_ADMISSION, type AdmissionLimits } from './http/admission.ts';
import { PHOTO_MAX_BYTES } from '../shared/photos/photo-limits.ts';
import { DEFAULT_PHOTO_BUDGETS, type PhotoBudgets } from './http/photo-budgets.ts';
import type { Budget } from './http/rate-limit.ts';
import { DEFAULT_SYNC_LIMITS, type CredentialBudgets, type SyncLimits } from './http/sync-limits.ts';
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from './http/upload-limits.ts';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  staticDir: string;
  /** Largest request body accepted on /api, in bytes (for a gzip body, also once inflated). */
  bodyLimit: number;
  /** Budgets per credential, and of failed authentications per client address. */
  limits: SyncLimits;
  /** Deadlines of request bodies, and how many are read at once. */
  uploads: UploadLimits;
  /** What one key may send and keep of photos' files. */
  photos: PhotoBudgets;
  /** Sync requests served at once and waiting; beyond them a request is refused with 503 at once. */
  admission: AdmissionLimits;
  /** Reverse proxies in front whose X-Forwarded-For is believed. */
  trustProxy: number;
}

/** A whole number from the environment, at least `min`; a typo stops the server rather than lifting a limit. */
function count(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  // Digits only: Number() would also take "", " 8", "0x10", "1e3" and "2.0".
  const n = /^\d{1,16}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be a whole number of at least ${min}${max < Number.MAX_SAFE_INTEGER ? ` and at most ${max}` : ''}, got "${raw}"`);
  }
  return n;
}

/** A budget from the environment as `BURST/PER_HOUR` (two whole numbers), with the burst at least `minBurst`. */
function budget(env: NodeJS.ProcessEnv, name: string, fallback: Budget, minBurst: number): Budget {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    if (fallback.burst < minBurst) throw new Error(`${name} must be set to a burst of at least ${minBurst} (the default ${fallback.burst} is smaller), as BURST/PER_HOUR`);
    return fallback;
  }
  const m = /^(\d{1,16})\/(\d{1,16})$/.exec(raw);
  const burst = Number(m?.[1]);
  const perHour = Number(m?.[2]);
  if (!m || !Number.isSafeInteger(burst) || !Number.isSafeInteger(perHour) || burst < minBurst || perHour < 1) {
    throw new Error(`${name} must be BURST/PER_HOUR, two whole numbers with a burst of at least ${minBurst} and at least 1 an hour, got "${raw}"`);
  }
  return { burst, perHour };
}

/**
 * Budgets of one kind of credential: its requests, its records (a push may carry
 * MAX_MUTATIONS_PER_PUSH) and its bytes (a body may carry `bodyLimit`), so one request always fits.
 */
function budgets(env: NodeJS.ProcessEnv, prefix: string, fallback: CredentialBudgets, bodyLimit: number): CredentialBudgets {
  return {
    requests: budget(env, `${prefix}_REQUESTS`, fallback.requests, 1),
    records: budget(env, `${prefix}_RECORDS`, fallback.records, MAX_MUTATIONS_PER_PUSH),
    bytes: budget(env, `${prefix}_BYTES`, fallback.bytes, bodyLimit),
  };
}

/** Settings that are no longer read: set, they would silently do nothing, so they stop the server. */
const RETIRED: Record<string, string> = {
  SYNC_RATE_BURST: 'SYNC_KEY_REQUESTS and SYNC_JOIN_REQUESTS (BURST/PER_HOUR, per key or join link)',
  SYNC_RATE_PER_SECOND: 'SYNC_KEY_REQUESTS and SYNC_JOIN_REQUESTS (BURST/PER_HOUR, per key or join link)',
};

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  for (const [name, instead] of Object.entries(RETIRED)) {
    if (env[name] !== undefined) throw new Error(`${name} is no longer read; use ${instead}`);
  }
  const bodyLimit = count(env, 'BODY_LIMIT_BYTES', 2 * 1024 * 1024, 1024);
  return {
    port: count(env, 'PORT', 8080, 0, 65535),
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    staticDir: resolve(env.STATIC_DIR ?? resolve(root, 'dist')),
    bodyLimit,
    limits: {
      key: budgets(env, 'SYNC_KEY', DEFAULT_SYNC_LIMITS.key, bodyLimit),
      join: budgets(env, 'SYNC_JOIN', DEFAULT_SYNC_LIMITS.join, bodyLimit),
      authFailures: budget(env, 'SYNC_AUTH_FAILURES', DEFAULT_SYNC_LIMITS.authFailures, 1),
    },
    uploads: {
      graceMs: count(env, 'SYNC_BODY_GRACE_SECONDS', DEFAULT_UPLOAD_LIMITS.graceMs / 1000, 1) * 1000,
      minBytesPerSecond: count(env, 'SYNC_BODY_MIN_BYTES_PER_SECOND', DEFAULT_UPLOAD_LIMITS.minBytesPerSecond, 1),
      maxMs: count(env, 'SYNC_BODY_MAX_SECONDS', DEFAULT_UPLOAD_LIMITS.maxMs / 1000, 1) * 1000,
      maxUploads: count(env, 'SYNC_MAX_UPLOADS', DEFAULT_UPLOAD_LIMITS.maxUploads, 1),
      uploadsPerCredential: count(env, 'SYNC_UPLOADS_PER_CREDENTIAL', DEFAULT_UPLOAD_LIMITS.uploadsPerCredential, 1),
    },
    // At least one photo fits in the quota and in the burst, or no photo could ever be sent.
    photos: {
      quotaBytes: count(env, 'PHOTO_QUOTA_BYTES', DEFAULT_PHOTO_BUDGETS.quotaBytes, PHOTO_MAX_BYTES),
      keyBytes: budget(env, 'PHOTO_KEY_BYTES', DEFAULT_PHOTO_BUDGETS.keyBytes, PHOTO_MAX_BYTES),
      maxMs: count(env, 'PHOTO_BODY_MAX_SECONDS', DEFAULT_PHOTO_BUDGETS.maxMs / 1000, 1) * 1000,
    },
    // A large SYNC_MAX_ACTIVE (say 1000000) lifts admission control.
    admission: {
      maxActive: count(env, 'SYNC_MAX_ACTIVE', DEFAULT_ADMISSION.maxActive, 1),
      maxQueued: count(env, 'SYNC_MAX_QUEUED', DEFAULT_ADMISSION.maxQueued, 0),
    },
    trustProxy: count(env, 'TRUST_PROXY', 0, 0, 16),
  };
}
