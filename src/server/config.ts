import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { DEFAULT_ADMISSION, type AdmissionLimits } from './http/admission.ts';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  staticDir: string;
  /** Largest request body accepted on /api, in bytes. */
  bodyLimit: number;
  /** Sync requests per device of a key: a burst, then a steady rate per second. */
  rateLimit: { burst: number; perSecond: number };
  /** Sync requests served at once and waiting; beyond them a request is refused with 503 at once. */
  admission: AdmissionLimits;
}

/** A whole number from the environment, at least `min`; a typo stops the server rather than lifting a limit. */
function count(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  return n;
}

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    staticDir: resolve(env.STATIC_DIR ?? resolve(root, 'dist')),
    bodyLimit: Number(env.BODY_LIMIT_BYTES ?? 2 * 1024 * 1024),
    rateLimit: { burst: Number(env.SYNC_RATE_BURST ?? 60), perSecond: Number(env.SYNC_RATE_PER_SECOND ?? 2) },
    // A large SYNC_MAX_ACTIVE (say 1000000) lifts admission control.
    admission: {
      maxActive: count(env, 'SYNC_MAX_ACTIVE', DEFAULT_ADMISSION.maxActive, 1),
      maxQueued: count(env, 'SYNC_MAX_QUEUED', DEFAULT_ADMISSION.maxQueued, 0),
    },
  };
}
