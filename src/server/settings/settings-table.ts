import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { PHOTO_MAX_BYTES } from '../../shared/photos/photo-limits.ts';
import { MAX_MUTATIONS_PER_PUSH } from '../../shared/sync/protocol.ts';
import { DEFAULT_ADMISSION } from '../http/admission.ts';
import { DEFAULT_PHOTO_BUDGETS } from '../http/photo-budgets.ts';
import { DEFAULT_SYNC_LIMITS } from '../http/sync-limits.ts';
import { DEFAULT_UPLOAD_LIMITS } from '../http/upload-limits.ts';
import { budget, folder, host, logLevel, postgresUrl, publicUrl, wholeNumber, type Field } from './setting-fields.ts';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** A setting: how it is read, and what it means (README.md's settings table says the same, in this order). */
interface Setting<T> extends Field<T> {
  meaning: string;
}
const setting = <T>(f: Field<T>, meaning: string): Setting<T> => ({ ...f, meaning });

/** Byte budgets are also checked against BODY_LIMIT_BYTES once it is known (config.ts). */
const join = DEFAULT_SYNC_LIMITS.join;
const key = DEFAULT_SYNC_LIMITS.key;
/** Deadlines in seconds stop at a day: a timer of more than about 24.8 days would fire at once. */
const A_DAY = 86_400;

/**
 * Every setting the server reads from the environment. readConfig parses the environment with these
 * fields, and a test checks that README.md's table lists exactly these, with these defaults.
 */
export const SETTINGS = {
  PORT: setting(wholeNumber(8080, 0, 65535), 'HTTP port'),
  HOST: setting(host('0.0.0.0'), 'interface to listen on: an IP address (IPv6 without brackets) or a host name'),
  DATA_DIR: setting(
    folder('`./data`', () => 'data'),
    'folder of the embedded SQLite database',
  ),
  STATIC_DIR: setting(
    folder('`dist` of the installation', () => resolve(root, 'dist')),
    'folder of the built app (`npm run build`)',
  ),
  DATABASE_URL: setting(postgresUrl(), 'a `postgres://` or `postgresql://` URL: use PostgreSQL instead of SQLite'),
  PUBLIC_URL: setting(publicUrl('`http://localhost:$PORT`'), 'the `http(s)://` address devices use, for the links the admin command prints'),
  LOG_LEVEL: setting(logLevel('info'), 'what the server logs, as JSON lines on its output: `fatal`, `error`, `warn`, `info` (one line per request), `debug`, `trace` or `silent`'),
  TRUST_PROXY: setting(wholeNumber(0, 0, 16), "reverse proxies in front whose `X-Forwarded-For` gives the client's address (for counting failed sign-ins)"),
  SHUTDOWN_DELAY_SECONDS: setting(
    wholeNumber(0, 0, 60),
    'after SIGTERM, keep serving this long while `GET /api/ready` answers `503` (draining), so a load balancer stops sending requests; then stop taking connections and finish those open within 10 s',
  ),
  SYNC_MAX_ACTIVE: setting(wholeNumber(DEFAULT_ADMISSION.maxActive, 1), 'sync requests served at once'),
  SYNC_MAX_QUEUED: setting(wholeNumber(DEFAULT_ADMISSION.maxQueued, 0), 'sync requests waiting for those; one more gets `503 server_busy` with `Retry-After`'),
  SYNC_MAX_QUEUED_BYTES: setting(wholeNumber(DEFAULT_ADMISSION.maxQueuedBytes, 0), 'bytes of request bodies those waiting requests hold in memory; a body past this gets `503 server_busy`'),
  BODY_LIMIT_BYTES: setting(wholeNumber(2 * 1024 * 1024, 1024), 'largest request body, on the wire and, for a gzip body, once inflated (`413 payload_too_large`)'),
  SYNC_KEY_REQUESTS: setting(budget(key.requests, 1), 'requests per facilitator or coordinator key: a burst, then so many an hour (`429 rate_limited`)'),
  SYNC_KEY_RECORDS: setting(budget(key.records, MAX_MUTATIONS_PER_PUSH), 'changes per key: burst/per hour (the burst at least 500, one full push)'),
  SYNC_KEY_BYTES: setting(budget(key.bytes, 1), 'request bytes per key, uncompressed: burst/per hour (the burst at least `BODY_LIMIT_BYTES`)'),
  SYNC_JOIN_REQUESTS: setting(budget(join.requests, 1), "requests per participants' join link, which a whole room shares: burst/per hour"),
  SYNC_JOIN_RECORDS: setting(budget(join.records, MAX_MUTATIONS_PER_PUSH), 'changes per join link: burst/per hour'),
  SYNC_JOIN_BYTES: setting(budget(join.bytes, 1), 'request bytes per join link: burst/per hour (the burst at least `BODY_LIMIT_BYTES`)'),
  SYNC_AUTH_FAILURES: setting(budget(DEFAULT_SYNC_LIMITS.authFailures, 1), 'failed sign-ins per client address: burst/per hour'),
  SYNC_BODY_GRACE_SECONDS: setting(wholeNumber(DEFAULT_UPLOAD_LIMITS.graceMs / 1000, 1, A_DAY), 'a request body may start slowly for this long…'),
  SYNC_BODY_MIN_BYTES_PER_SECOND: setting(wholeNumber(DEFAULT_UPLOAD_LIMITS.minBytesPerSecond, 1), '…then must average this rate, or it is cut off with `408 request_timeout`'),
  SYNC_BODY_MAX_SECONDS: setting(wholeNumber(DEFAULT_UPLOAD_LIMITS.maxMs / 1000, 1, A_DAY), 'no body takes longer'),
  SYNC_MAX_UPLOADS: setting(wholeNumber(DEFAULT_UPLOAD_LIMITS.maxUploads, 1), 'request bodies being received at once; one more gets `503 server_busy`'),
  SYNC_UPLOADS_PER_CREDENTIAL: setting(wholeNumber(DEFAULT_UPLOAD_LIMITS.uploadsPerCredential, 1), 'of those, for one key or join link; one more gets `429 rate_limited`'),
  PHOTO_QUOTA_BYTES: setting(
    wholeNumber(DEFAULT_PHOTO_BUDGETS.quotaBytes, PHOTO_MAX_BYTES),
    'bytes of photos one facilitator key may hold on the server, all its workshops together (`413 photo_quota_exceeded`; at least 2 MiB)',
  ),
  PHOTO_KEY_BYTES: setting(budget(DEFAULT_PHOTO_BUDGETS.keyBytes, PHOTO_MAX_BYTES), 'photo bytes one key may send: burst/per hour (`429 rate_limited`; the burst at least 2 MiB)'),
  PHOTO_BODY_MAX_SECONDS: setting(wholeNumber(DEFAULT_PHOTO_BUDGETS.maxMs / 1000, 1, A_DAY), "no photo's body takes longer to arrive (after the grace and average rate of `SYNC_BODY_*`)"),
};

/** Settings that are no longer read: set, they would silently do nothing, so they stop the server. */
export const RETIRED_SETTINGS: Record<string, string> = {
  SYNC_RATE_BURST: 'SYNC_KEY_REQUESTS and SYNC_JOIN_REQUESTS (BURST/PER_HOUR, per key or join link)',
  SYNC_RATE_PER_SECOND: 'SYNC_KEY_REQUESTS and SYNC_JOIN_REQUESTS (BURST/PER_HOUR, per key or join link)',
};
