import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, zstdDecompressSync } from 'node:zlib';
import { createApp } from '../../../src/server/http/app.ts';
import { answerEncoding, answerText, compressed } from '../../../src/server/http/sync-answer.ts';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { pageOf, recordJson, type FeedRow } from '../../../src/server/store/pull-page.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { syncResponseSchema } from '../../../src/shared/sync/protocol.ts';
import { mutation, notePatch, syncRequest, workshopPatch } from './sync-fixtures.ts';

const row = (seq: number, record: string): FeedRow => ({ kind: 'note', seq, record });

describe('a pull page from stored records', () => {
  it('sends a record as it was stored while nothing read it, and as it is once something did', () => {
    // Spacing JSON.stringify would not write: only a text sent untouched keeps it.
    const page = pageOf([row(1, '{"id": "a", "text": "x"}'), row(2, '{"id": "b", "text": "y"}')], 0, 10, undefined, true);
    expect(recordJson(page.changes[0]!)).toBe('{"id": "a", "text": "x"}');
    page.changes[1]!.record.text = 'changed';
    expect(recordJson(page.changes[1]!)).toBe('{"id":"b","text":"changed"}');
    // Read without a change, it is written from the object, which equals the stored text's meaning.
    expect(page.changes[0]!.record).toEqual({ id: 'a', text: 'x' });
    expect(recordJson(page.changes[0]!)).toBe('{"id":"a","text":"x"}');
  });

  it('writes the answer JSON.stringify would write, stored texts spliced in', () => {
    const stored = [
      { id: 'a', text: 'quote " backslash \\ é 😀 \u2028', n: [1, { deep: null }] },
      { id: 'b', deleted: true },
      { id: 'c', text: '' },
    ];
    const page = pageOf(
      stored.map((r, i) => row(i + 1, JSON.stringify(r))),
      0,
      10,
      new Set([3]),
      true,
    );
    const answer = { protocolVersion: 1, acks: [{ mutationId: 'm', status: 'rejected' as const, code: 'forbidden' }], ...page };
    const text = answerText(answer);
    expect(text).toBe(JSON.stringify({ protocolVersion: 1, acks: answer.acks, changes: stored.slice(0, 2).map((record) => ({ kind: 'note', record })), cursor: '3', hasMore: false }));
    page.changes[0]!.record.deviceId = 'hidden';
    expect(syncResponseSchema().parse(JSON.parse(answerText(answer))).changes[0]!.record.deviceId).toBe('hidden');
  });
});

describe('the encoding of an answer', () => {
  it.each([
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'gzip'],
    ['gzip, deflate, br, zstd', 'zstd'],
    ['zstd;q=0.5, gzip', 'gzip'],
    ['zstd, gzip;q=1', 'zstd'],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', 'gzip'],
    ['*', 'zstd'],
    ['GZIP', 'gzip'],
    ['ZSTD', 'zstd'],
    ['gzip;q=0', undefined],
    ['gzip;q=0, *', 'zstd'],
    ['gzip;q=0, zstd;q=0, *', undefined],
    ['gzip;q=abc', undefined],
    ['deflate', undefined],
    ['identity', undefined],
    ['', undefined],
    [undefined, undefined],
  ] as const)('Accept-Encoding %j: %s', (header, encoding) => expect(answerEncoding(header, ['zstd', 'gzip'])).toBe(encoding));

  it('is gzip where this Node has no zstd', () => {
    expect(answerEncoding('gzip, deflate, br, zstd', ['gzip'])).toBe('gzip');
    expect(answerEncoding('zstd', ['gzip'])).toBeUndefined();
  });
});

describe('a compressed answer', () => {
  // Small answers are compressed with small tables: whatever the size, one inflates to the text.
  const note = (i: number) => JSON.stringify({ id: uuidv7(), text: `note ${i}: é 😀 ثقة ${'lorem ipsum '.repeat(i % 7)}`, n: i });
  const inflate = { gzip: gunzipSync, zstd: zstdDecompressSync } as const;
  it.each([0, 1, 20, 200, 2_000].flatMap((n) => (['gzip', 'zstd'] as const).map((encoding) => [n, encoding] as const)))(
    'of %i records in %s inflates to its very text, and compresses it',
    async (n, encoding) => {
      const text = `{"changes":[${Array.from({ length: n }, (_, i) => note(i)).join(',')}]}`;
      const bytes = await compressed(text, encoding);
      expect(inflate[encoding](bytes).toString('utf8')).toBe(text);
      if (n >= 20) expect(bytes.length).toBeLessThan(Buffer.byteLength(text) / 2);
    },
  );
});

describe('POST /api/sync answers, compressed once', () => {
  let store: ServerStore;
  let app: ReturnType<typeof createApp>;
  const key = newKey('facilitator');
  const w = uuidv7();

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wc-answer-'));
    store = openSqliteStore(dir);
    await store.migrate();
    await store.addKey({ hash: hashKey(key), role: 'facilitator', name: 'Awa' });
    app = createApp({ store, staticDir: dir, version: 'test', bodyLimit: 4 * 1024 * 1024 });
    // Past the size that is compressed in the thread pool (64 KB): 300 notes of 500 characters.
    const notes = Array.from({ length: 300 }, (_, i) => mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, `${i} ${'é'.repeat(500)}`) }, undefined, 'answerTablet'));
    const res = await post(syncRequest(key, 'answerTablet', { mutations: [mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }, undefined, 'answerTablet'), ...notes] }));
    expect(res.status).toBe(200);
  });
  afterAll(() => store.close());

  const post = (r: { headers: Record<string, string>; body: string }, headers: Record<string, string> = {}) =>
    app.request('/api/sync', { method: 'POST', headers: { ...r.headers, ...headers }, body: r.body });
  const pullAll = (headers: Record<string, string>) => post(syncRequest(key, 'answerReader'), headers);

  it('a device that accepts gzip gets gzip, and one that accepts zstd (a browser) zstd, each inflating to the same answer', async () => {
    const plain = await pullAll({});
    expect(plain.headers.get('content-encoding')).toBeNull();
    const plainText = await plain.text();
    expect(plainText.length).toBeGreaterThan(64 * 1024);
    const zipped = await pullAll({ 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(zipped.headers.get('content-type')).toBe('application/json');
    const text = gunzipSync(new Uint8Array(await zipped.arrayBuffer())).toString('utf8');
    const answer = syncResponseSchema().parse(JSON.parse(text));
    expect(answer.changes).toHaveLength(301);
    expect(answer.changes[1]!.record.text).toBe(`0 ${'é'.repeat(500)}`);
    expect(text).toBe(plainText);
    const packed = await pullAll({ 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(packed.headers.get('content-encoding')).toBe('zstd');
    expect(packed.headers.get('vary')).toMatch(/accept-encoding/i);
    const packedBytes = new Uint8Array(await packed.arrayBuffer());
    expect(zstdDecompressSync(packedBytes).toString('utf8')).toBe(plainText);
  });

  it('a small answer too, and never one that refuses both', async () => {
    const small = await post(
      syncRequest(key, 'answerTablet', {
        mutations: [mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'short') }, undefined, 'answerTablet')],
        cursor: String(await store.feedPosition()),
      }),
      {
        'accept-encoding': 'gzip, zstd',
      },
    );
    expect(small.headers.get('content-encoding')).toBe('zstd');
    expect(syncResponseSchema().parse(JSON.parse(zstdDecompressSync(new Uint8Array(await small.arrayBuffer())).toString('utf8'))).acks).toMatchObject([{ status: 'applied' }]);
    const refused = await pullAll({ 'accept-encoding': 'gzip;q=0, zstd;q=0' });
    expect(refused.headers.get('content-encoding')).toBeNull();
    expect(syncResponseSchema().parse(await refused.json()).changes.length).toBeGreaterThan(300);
  });
});
