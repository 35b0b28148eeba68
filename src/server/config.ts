import { z } from 'zod';
import type { AdmissionLimits } from './http/admission.ts';
import type { PhotoBudgets } from './http/photo-budgets.ts';
import type { SyncLimits } from './http/sync-limits.ts';
import type { UploadLimits } from './http/upload-limits.ts';
import type { LogLevel } from './settings/setting-fields.ts';
import { RETIRED_SETTINGS, SETTINGS } from './settings/settings-table.ts';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  staticDir: string;
  /** The address devices use (http(s), no trailing slash); links are on localhost:port when absent. */
  publicUrl: string | undefined;
  logLevel: LogLevel;
  /** How long a stopping server keeps serving while /api/ready says it is draining. */
  shutdownDelayMs: number;
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

type Shape = { [K in keyof typeof SETTINGS]: (typeof SETTINGS)[K]['schema'] };
const shape = Object.fromEntries(Object.entries(SETTINGS).map(([name, s]) => [name, s.schema])) as Shape;
const environment = z.object(shape);

/**
 * The settings from the environment. A value that does not parse throws an Error whose message has
 * one sentence per wrong setting, each naming its variable: the server does not start on a typo
 * that would lift a limit or listen somewhere else.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const problems = Object.entries(RETIRED_SETTINGS)
    .filter(([name]) => env[name] !== undefined)
    .map(([name, instead]) => `${name} is no longer read; use ${instead}`);
  const parsed = environment.safeParse(env);
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`));
  if (problems.length > 0 || !parsed.success) throw new Error(problems.join('\n'));
  const s = parsed.data;
  const bodyLimit = s.BODY_LIMIT_BYTES;
  // One request always fits its byte budgets, or a body the server accepts could never be sent.
  for (const name of ['SYNC_KEY_BYTES', 'SYNC_JOIN_BYTES'] as const) {
    if (s[name].burst >= bodyLimit) continue;
    problems.push(
      env[name]
        ? `${name} must be BURST/PER_HOUR, two whole numbers with a burst of at least ${bodyLimit} (BODY_LIMIT_BYTES), got "${env[name]}"`
        : `${name} must be set to a burst of at least ${bodyLimit} (BODY_LIMIT_BYTES; the default ${s[name].burst} is smaller), as BURST/PER_HOUR`,
    );
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return {
    port: s.PORT,
    host: s.HOST,
    dataDir: s.DATA_DIR,
    databaseUrl: s.DATABASE_URL,
    staticDir: s.STATIC_DIR,
    publicUrl: s.PUBLIC_URL,
    logLevel: s.LOG_LEVEL,
    shutdownDelayMs: s.SHUTDOWN_DELAY_SECONDS * 1000,
    bodyLimit,
    limits: {
      key: { requests: s.SYNC_KEY_REQUESTS, records: s.SYNC_KEY_RECORDS, bytes: s.SYNC_KEY_BYTES },
      join: { requests: s.SYNC_JOIN_REQUESTS, records: s.SYNC_JOIN_RECORDS, bytes: s.SYNC_JOIN_BYTES },
      authFailures: s.SYNC_AUTH_FAILURES,
    },
    uploads: {
      graceMs: s.SYNC_BODY_GRACE_SECONDS * 1000,
      minBytesPerSecond: s.SYNC_BODY_MIN_BYTES_PER_SECOND,
      maxMs: s.SYNC_BODY_MAX_SECONDS * 1000,
      maxUploads: s.SYNC_MAX_UPLOADS,
      uploadsPerCredential: s.SYNC_UPLOADS_PER_CREDENTIAL,
    },
    // At least one photo fits in the quota and in the burst, or no photo could ever be sent.
    photos: { quotaBytes: s.PHOTO_QUOTA_BYTES, keyBytes: s.PHOTO_KEY_BYTES, maxMs: s.PHOTO_BODY_MAX_SECONDS * 1000 },
    // A large SYNC_MAX_ACTIVE (say 1000000) lifts admission control.
    admission: { maxActive: s.SYNC_MAX_ACTIVE, maxQueued: s.SYNC_MAX_QUEUED, maxQueuedBytes: s.SYNC_MAX_QUEUED_BYTES },
    trustProxy: s.TRUST_PROXY,
  };
}

/** Prefixes of the server's own settings: a variable with one of them that is no setting is likely a typo. */
const OURS = /^(SYNC|PHOTO|BODY|LOG|TRUST|PUBLIC|STATIC|DATA|DATABASE|SHUTDOWN)_/;

/** Variables that look like settings but are none (`PHOTO_QUOTA_BYTE`): worth a warning, not a stop. */
export function unknownSettings(env: NodeJS.ProcessEnv = process.env): string[] {
  return Object.keys(env)
    .filter((name) => OURS.test(name) && !(name in SETTINGS) && !(name in RETIRED_SETTINGS))
    .sort();
}
