import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/server/config.ts';
import { DEFAULT_SYNC_LIMITS } from '../../../src/server/http/sync-limits.ts';
import { DEFAULT_UPLOAD_LIMITS } from '../../../src/server/http/upload-limits.ts';

describe('settings from the environment', () => {
  it('default to the shipped limits', () => {
    const config = readConfig({});
    expect(config.bodyLimit).toBe(2 * 1024 * 1024);
    expect(config.limits).toEqual(DEFAULT_SYNC_LIMITS);
    expect(config.uploads).toEqual(DEFAULT_UPLOAD_LIMITS);
    expect(config.trustProxy).toBe(0);
    expect(config.port).toBe(8080);
  });

  it('take whole numbers and BURST/PER_HOUR budgets', () => {
    const config = readConfig({
      PORT: '0',
      BODY_LIMIT_BYTES: '4194304',
      SYNC_JOIN_REQUESTS: '100/3600',
      SYNC_JOIN_BYTES: '4194304/8388608',
      SYNC_KEY_RECORDS: '500/1000',
      SYNC_AUTH_FAILURES: '10/60',
      SYNC_BODY_GRACE_SECONDS: '5',
      SYNC_BODY_MIN_BYTES_PER_SECOND: '2000',
      SYNC_BODY_MAX_SECONDS: '60',
      SYNC_MAX_UPLOADS: '10',
      SYNC_UPLOADS_PER_CREDENTIAL: '4',
      TRUST_PROXY: '1',
    });
    expect(config.port).toBe(0);
    expect(config.bodyLimit).toBe(4 * 1024 * 1024);
    expect(config.limits.join.requests).toEqual({ burst: 100, perHour: 3600 });
    expect(config.limits.join.bytes).toEqual({ burst: 4 * 1024 * 1024, perHour: 8 * 1024 * 1024 });
    expect(config.limits.key.records).toEqual({ burst: 500, perHour: 1000 });
    expect(config.limits.authFailures).toEqual({ burst: 10, perHour: 60 });
    expect(config.uploads).toEqual({ graceMs: 5000, minBytesPerSecond: 2000, maxMs: 60_000, maxUploads: 10, uploadsPerCredential: 4 });
    expect(config.trustProxy).toBe(1);
  });

  it.each([
    // Number("2MB") is NaN, and every comparison with NaN is false: the limit was lifted.
    ['BODY_LIMIT_BYTES', '2MB', /BODY_LIMIT_BYTES must be a whole number/],
    ['BODY_LIMIT_BYTES', '1e6', /BODY_LIMIT_BYTES must be a whole number/],
    ['BODY_LIMIT_BYTES', '100', /at least 1024/],
    // A setting that is no longer read says what replaced it, instead of doing nothing.
    ['SYNC_RATE_BURST', 'sixty', /SYNC_RATE_BURST is no longer read; use SYNC_KEY_REQUESTS/],
    ['SYNC_RATE_PER_SECOND', '2', /SYNC_RATE_PER_SECOND is no longer read/],
    ['SYNC_JOIN_REQUESTS', 'sixty/3600', /SYNC_JOIN_REQUESTS must be BURST\/PER_HOUR/],
    ['SYNC_JOIN_REQUESTS', '60', /SYNC_JOIN_REQUESTS must be BURST\/PER_HOUR/],
    ['SYNC_JOIN_REQUESTS', '60/0', /at least 1 an hour/],
    ['SYNC_KEY_RECORDS', '100/1000', /burst of at least 500/],
    ['SYNC_JOIN_BYTES', '1048576/100000000', /burst of at least 2097152/],
    ['SYNC_BODY_GRACE_SECONDS', '0', /SYNC_BODY_GRACE_SECONDS must be a whole number of at least 1/],
    ['SYNC_BODY_MIN_BYTES_PER_SECOND', '0.5', /SYNC_BODY_MIN_BYTES_PER_SECOND/],
    ['SYNC_MAX_UPLOADS', ' 8', /SYNC_MAX_UPLOADS/],
    ['TRUST_PROXY', 'yes', /TRUST_PROXY/],
    ['PORT', '80a', /PORT must be a whole number/],
    ['PORT', '70000', /at most 65535/],
  ])('stop the server on %s=%s, with a message that says why', (name, value, message) => {
    expect(() => readConfig({ [name]: value })).toThrow(message);
  });

  it('a larger body limit needs byte budgets that hold one body', () => {
    expect(() => readConfig({ BODY_LIMIT_BYTES: String(8 * 1024 * 1024) })).toThrow(/SYNC_KEY_BYTES|SYNC_JOIN_BYTES/);
    expect(readConfig({ BODY_LIMIT_BYTES: String(8 * 1024 * 1024), SYNC_JOIN_BYTES: '8388608/16777216', SYNC_KEY_BYTES: '33554432/67108864' }).bodyLimit).toBe(8 * 1024 * 1024);
  });
});
