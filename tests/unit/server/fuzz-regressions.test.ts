// Regression tests for the weaknesses the API fuzzing (fuzz-sync.test.ts) found, one case each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../src/server/http/app.ts';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../../src/server/http/json-depth.ts';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { openPostgresStore } from '../../../src/server/store/postgres.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { DEVICE_SIGNATURE_HEADER, requestSigningText } from '../../../src/shared/identity/device-proof.ts';
import { apiErrorSchema, PROTOCOL_VERSION } from '../../../src/shared/protocol.ts';
import { applyMutation } from '../../../src/shared/sync/merge.ts';
import { syncResponseSchema } from '../../../src/shared/sync/protocol.ts';
import { UNSET } from '../../../src/shared/sync/unset.ts';
import type { Mutation } from '../../../src/shared/schemas/mutation.ts';
import { deviceIdOf, mutation, testDevice, workshopPatch } from './sync-fixtures.ts';
import { UNLIMITED_SYNC_LIMITS } from '../../support/unlimited-sync.ts';

const pgUrl = process.env.TEST_DATABASE_URL;
const T = Date.UTC(2026, 2, 10);

for (const backend of [
  { name: 'sqlite', url: undefined },
  { name: 'postgres', url: pgUrl },
]) {
  describe.skipIf(backend.name === 'postgres' && !pgUrl)(`hostile input found by fuzzing: ${backend.name}`, () => {
    let store: ServerStore;
    let app: ReturnType<typeof createApp>;
    const key = newKey('facilitator');
    const w = uuidv7();
    beforeAll(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'wc-fuzz-regressions-'));
      store = backend.url ? openPostgresStore(backend.url) : openSqliteStore(dir);
      await store.migrate();
      await store.addKey({ hash: hashKey(key), role: 'facilitator', name: 'Awa' });
      app = createApp({ store, staticDir: dir, version: 'test', bodyLimit: 2 * 1024 * 1024, limits: UNLIMITED_SYNC_LIMITS });
      expect((await push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }, T, 'tablet')])).acks[0]?.status).toBe('applied');
    });
    afterAll(() => store?.close());

    // A text body is signed by the test device it names (the tablet unless `device` says otherwise).
    const post = (body: string | Uint8Array, headers: Record<string, string> = {}, device = 'tablet') =>
      app.request('/api/sync', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${key}`,
          ...(typeof body === 'string' ? { [DEVICE_SIGNATURE_HEADER]: testDevice(device).sign(requestSigningText(body)) } : {}),
          ...headers,
        },
        body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]),
      });
    const envelope = (mutations: unknown[] | string, cursor: string | null = null, device = 'tablet') =>
      `{"protocolVersion":${PROTOCOL_VERSION},"deviceId":"${testDevice(device).id}","deviceKey":"${testDevice(device).key}","cursor":${JSON.stringify(cursor)},"mutations":${typeof mutations === 'string' ? mutations : JSON.stringify(mutations)}}`;
    /** Pushed by the device that wrote them (each test's pushes have one writer). */
    const push = async (mutations: Mutation[]) => {
      const device = mutations[0]?.deviceId ?? 'tablet';
      const res = await post(envelope(mutations, null, device), {}, device);
      expect(res.status).toBe(200);
      return syncResponseSchema().parse(await res.json());
    };
    const lostValues = async () => {
      const res = await post(envelope([]));
      return syncResponseSchema()
        .parse(await res.json())
        .changes.filter((c) => c.kind === 'lostValue')
        .map((c) => c.record);
    };
    const code = async (res: Response) => apiErrorSchema().parse(await res.json()).error.code;

    it('a patch field named like an Object.prototype member is refused or emptied, never a 500', async () => {
      // was: the merge read Object.prototype.toString as the field's stamp, and the lost value it made failed its schema (500)
      const named = await push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: { toString: 'x' } }, T + 1, 'phone')]);
      expect(named.acks[0]).toMatchObject({ status: 'rejected', code: 'invalid_record' });
      const emptied = await push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: { valueOf: UNSET, hasOwnProperty: UNSET } }, T + 2, 'phone')]);
      expect(emptied.acks[0]).toMatchObject({ status: 'applied' });
      expect(applyMutation(undefined, { op: 'upsert', hlc: '001773100800000-000000-a', deviceId: 'a', patch: { toString: 1 } }).lost).toEqual([]);
    });

    it('a malformed value is refused even when an older stamp makes it lose', async () => {
      // was: acknowledged `applied`, and the malformed values stored as lost-value records
      const before = (await lostValues()).length;
      const stale = await push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: { title: { evil: ['x'] }, venue: 12345 } }, 1, 'intruder')]);
      expect(stale.acks[0]).toMatchObject({ status: 'rejected', code: 'invalid_record' });
      expect(await lostValues()).toHaveLength(before);
    });

    it('an emptied field that loses a concurrent edit is kept as a null lost value', async () => {
      // was: the lost value had no `value` ({"$unset": true} is dropped) and failed its schema: a 500 that sank the batch
      const p = uuidv7();
      await push([mutation({ kind: 'participant', recordId: p, scope: w, patch: { workshopId: w, name: 'Aminata', organisationId: uuidv7(), role: '', gender: '', consent: true } }, T, 'tablet')]);
      await push([mutation({ kind: 'participant', recordId: p, scope: w, patch: { organisationId: UNSET } }, T + 10, 'phone')]);
      const org = uuidv7();
      const res = await push([mutation({ kind: 'participant', recordId: p, scope: w, patch: { organisationId: org } }, T + 20, 'tablet')]);
      expect(res.acks[0]?.status).toBe('applied');
      expect(await lostValues()).toContainEqual(
        expect.objectContaining({ recordId: p, field: 'organisationId', value: null, lostDeviceId: deviceIdOf('phone'), winnerDeviceId: deviceIdOf('tablet') }),
      );
    });

    it('a body nesting deeper than the limit gets a 400 before it is parsed', async () => {
      // was: a deep framework document overflowed JSON.stringify when stored (500); a 29 KB gzip body
      // of nested brackets held the event loop for seconds and took close to 1 GB of memory
      const o = uuidv7();
      const framework = (doc: string) =>
        envelope(
          JSON.stringify([mutation({ kind: 'framework', recordId: uuidv7(), scope: o, patch: { ownerId: o, name: 'F', version: 1, document: { groups: '@' } } }, T, 'tablet')]).replace('"@"', doc),
        );
      const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
      const tooDeep = await post(framework(deep(6_000)));
      expect(tooDeep.status).toBe(400);
      expect(await code(tooDeep)).toBe('invalid_request');
      // the deepest a body may be: envelope, mutations, mutation, patch, document = 5 levels, then the rest
      expect((await post(framework(deep(MAX_JSON_DEPTH - 5)))).status).toBe(200);
      expect((await post(framework(deep(MAX_JSON_DEPTH - 4)))).status).toBe(400);
      const started = performance.now();
      // Inflated as it streams: past the body limit it is refused at once, never parsed…
      const bomb = await post(gzipSync('['.repeat(30 * 1024 * 1024), { level: 9 }), { 'content-encoding': 'gzip' });
      expect(bomb.status).toBe(413);
      expect(await code(bomb)).toBe('payload_too_large');
      // …and within the limit its nesting is found before it is parsed.
      const deepWithin = await post(gzipSync('['.repeat(1024 * 1024), { level: 9 }), { 'content-encoding': 'gzip' });
      expect(deepWithin.status).toBe(400);
      expect(performance.now() - started).toBeLessThan(2_000);
    });

    it('a key that owns more scopes than a statement takes parameters still syncs', async () => {
      // was: a 500 on every sync of that key ("too many SQL variables"), its participants' too; a
      // facilitator then claimed the scopes of the mutations it sent even when every one was
      // refused, so 66 requests of 500 refused mutations were enough (now only stored writes claim)
      const many = newKey('facilitator');
      await store.addKey({ hash: hashKey(many), role: 'facilitator', name: 'Many' });
      if (backend.url) {
        const pool = new pg.Pool({ connectionString: backend.url, max: 1 });
        await pool.query("INSERT INTO scope_owners (scope, key_hash, claimed_at) SELECT 'bulk-' || $2 || '-' || g, $1, 'now' FROM generate_series(1, 70000) g", [hashKey(many), uuidv7()]);
        await pool.end();
      } else {
        await store.claimScopes(
          hashKey(many),
          Array.from({ length: 33_000 }, (_, i) => `bulk-${i}`),
        );
      }
      const res = await post(envelope([mutation({ kind: 'workshop', recordId: w, scope: w, patch: { title: 'x' } }, T + 30, 'tablet')]), { authorization: `Bearer ${many}` });
      expect(res.status).toBe(200);
      expect(syncResponseSchema().parse(await res.json()).acks[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    }, 30_000);

    it('a cursor past what the feed can hold is refused', async () => {
      // was: a 500 on PostgreSQL (out of range for BIGINT); SQLite answered with a cursor no request may carry
      for (const cursor of ['9999999999999999999', '9223372036854775807', '9007199254740993']) {
        const res = await post(envelope([], cursor));
        expect(res.status, cursor).toBe(400);
        expect(await code(res)).toBe('invalid_request');
      }
      expect((await post(envelope([], '9007199254740991'))).status).toBe(200);
    });

    it('a reference or join token hash a database cannot hold is refused as invalid, not a 500', async () => {
      // was: a 500 on PostgreSQL ("invalid byte sequence for encoding UTF8: 0x00"): the records a
      // change refers to were looked up before the change was validated
      const acks = (
        await push([
          mutation({ kind: 'score', recordId: uuidv7(), scope: w, patch: { workshopId: w, assessmentId: 'a\u0000b', itemId: 'autonomy', value: 3, comment: '' } }, T + 1, 'tablet'),
          mutation({ kind: 'workshop', recordId: w, scope: w, patch: { joinTokenHash: `${'0'.repeat(63)}\u0000` } }, T + 2, 'tablet'),
        ])
      ).acks;
      expect(acks.map((a) => a.code)).toEqual(['invalid_record', 'invalid_record']);
    });
  });
}

describe('nestsDeeperThan', () => {
  it('counts arrays and objects, and ignores brackets inside strings', () => {
    expect(nestsDeeperThan('[[1]]', 2)).toBe(false);
    expect(nestsDeeperThan('[[1]]', 1)).toBe(true);
    expect(nestsDeeperThan('{"a":{"b":[]}}', 2)).toBe(true);
    expect(nestsDeeperThan('[[],[],[]]', 2)).toBe(false);
    expect(nestsDeeperThan('["[[[[", "\\"[[[[", "\\\\"]', 1)).toBe(false);
    expect(nestsDeeperThan('"no nesting"', 0)).toBe(false);
  });
});

describe('pages', () => {
  it('a path with malformed percent-encoding is not found, not a 500', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wc-fuzz-pages-'));
    const store = openSqliteStore(dir);
    await store.migrate();
    const app = createApp({ store, staticDir: dir, version: 'test', bodyLimit: 1024 });
    for (const path of ['/%', '/%E0%A4%A', '/%zz/x']) expect((await app.request(path)).status, path).toBe(404);
    await store.close();
  });
});
