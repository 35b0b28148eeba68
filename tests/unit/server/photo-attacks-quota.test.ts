import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { apiErrorSchema } from '../../../src/shared/protocol.ts';
import { jpegWithSegment } from '../../support/hostile-images.ts';
import { tinyWebp } from '../../support/image-bytes.ts';
import { attackBackends, attackWorld } from './photo-attack-world.ts';
import { fileOf, photoPatch, photoPath, putInit, readInit, sha256 } from './photo-fixtures.ts';

const codeOf = async (res: Response) => apiErrorSchema().safeParse(await res.json().catch(() => undefined)).data?.error.code;
const ascii = (text: string) => new TextEncoder().encode(text);
/** A valid JPEG of its own, all of one size. */
const jpeg = (n: number) => new Uint8Array(jpegWithSegment(0xe0, ascii(`JFXX ${String(n).padStart(4, '0')} ${uuidv7()}`)));
const thumb = tinyWebp();
const SIZE = jpeg(0).byteLength;
const lots = { burst: 1e9, perHour: 1e9 };

/** A PUT whose body streams, without a declared length, and ends as `end` says: whole, or cut by the client. */
function streamedPut(key: string, bytes: Uint8Array, end: 'whole' | 'cut' = 'whole'): RequestInit {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      if (end === 'whole') controller.close();
    },
    // Asked for more once the bytes are read: a client that went away.
    pull(controller) {
      controller.error(new Error('the client went away'));
    },
  });
  return { method: 'PUT', headers: { authorization: `Bearer ${key}`, 'content-type': 'image/jpeg' }, body, duplex: 'half' } as RequestInit;
}

for (const backend of attackBackends) {
  describe.skipIf(backend.skip)(`attacks on photo quotas and budgets: ${backend.name}`, () => {
    const stores: ServerStore[] = [];
    const world = (photos: { quotaBytes: number; keyBytes: { burst: number; perHour: number } }) =>
      attackWorld(
        () => {
          const s = backend.open();
          stores.push(s);
          return s;
        },
        { photos: { ...photos, maxMs: 60_000 } },
      );
    afterAll(async () => {
      await Promise.all(stores.map((s) => s.close()));
    });

    it('many records naming one file in a workshop hold it once; each further workshop counts it again', async () => {
      const x = await world({ quotaBytes: 2 * SIZE, keyBytes: lots });
      const big = jpeg(1);
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push(await x.photoRecord(x.owner, x.w, photoPatch(x.w, big, thumb)));
      const statuses = [];
      for (const p of ids) statuses.push((await x.app.request(photoPath(sha256(big), p), putInit(x.owner, big))).status);
      expect(statuses).toEqual([201, 200, 200, 200, 200]);
      const second = await x.photoRecord(x.owner, x.w2, photoPatch(x.w2, big, thumb));
      expect((await x.app.request(photoPath(sha256(big), second), putInit(x.owner, big))).status).toBe(201);
      const other = jpeg(2);
      const full = await x.photoRecord(x.owner, x.w, photoPatch(x.w, other, thumb));
      const over = await x.app.request(photoPath(sha256(other), full), putInit(x.owner, other));
      expect([over.status, await codeOf(over)]).toEqual([413, 'photo_quota_exceeded']);
    });

    it('a record whose declared size lies, a gzipped body, or a body longer than it says store nothing and spend no quota', async () => {
      const x = await world({ quotaBytes: SIZE + 1, keyBytes: lots });
      const f = jpeg(3);
      const longer = await x.photoRecord(x.owner, x.w, photoPatch(x.w, f, thumb));
      await x.change(x.owner, x.w, longer, { file: { ...fileOf(f), bytes: SIZE + 1 } });
      const shorter = await x.photoRecord(x.owner, x.w, { ...photoPatch(x.w, f, thumb), file: { ...fileOf(f), bytes: SIZE - 1 } });
      const gz = new Uint8Array(gzipSync(f));
      const attempts: [string, RequestInit][] = [
        [longer, putInit(x.owner, f)],
        [shorter, putInit(x.owner, f)],
        [shorter, streamedPut(x.owner, f)],
        [longer, { ...putInit(x.owner, gz), headers: { authorization: `Bearer ${x.owner}`, 'content-type': 'image/jpeg', 'content-encoding': 'gzip' } }],
        [longer, { ...putInit(x.owner, new Uint8Array([...f, 0])), headers: { authorization: `Bearer ${x.owner}`, 'content-type': 'image/jpeg', 'content-length': '10' } }],
      ];
      const answers = [];
      for (const [p, init] of attempts) {
        const res = await x.app.request(photoPath(sha256(f), p), init);
        answers.push([res.status, await codeOf(res)]);
      }
      expect(answers).toEqual([
        [415, 'photo_refused'],
        [413, 'payload_too_large'],
        [413, 'payload_too_large'],
        [400, 'photo_hash_mismatch'],
        [400, 'photo_hash_mismatch'],
      ]);
      for (const p of [longer, shorter]) expect((await x.app.request(photoPath(sha256(f), p), readInit(x.owner))).status).toBe(404);
      // The quota is whole: an honest file of the same size still fits.
      const honest = await x.photoRecord(x.owner, x.w, photoPatch(x.w, f, thumb));
      expect((await x.app.request(photoPath(sha256(f), honest), putInit(x.owner, f))).status).toBe(201);
    });

    it('a record whose declared width and height are not those of its image gets no file', async () => {
      const x = await world({ quotaBytes: 1e9, keyBytes: lots });
      const f = jpeg(30);
      const lying = await x.photoRecord(x.owner, x.w, { ...photoPatch(x.w, f, thumb), file: { ...fileOf(f), width: 1600, height: 1200 } });
      const res = await x.app.request(photoPath(sha256(f), lying), putInit(x.owner, f));
      expect([res.status, await codeOf(res)]).toEqual([415, 'photo_refused']);
      expect((await x.app.request(photoPath(sha256(f), lying), readInit(x.owner))).status).toBe(404);
      const honest = await x.photoRecord(x.owner, x.w, photoPatch(x.w, f, thumb));
      expect((await x.app.request(photoPath(sha256(f), honest), putInit(x.owner, f))).status).toBe(201);
    });

    it('uploads racing in parallel never pass the quota together', async () => {
      const x = await world({ quotaBytes: 2 * SIZE, keyBytes: lots });
      const files = Array.from({ length: 4 }, (_, i) => jpeg(10 + i));
      const ids: string[] = [];
      for (const f of files) ids.push(await x.photoRecord(x.owner, x.w, photoPatch(x.w, f, thumb)));
      const answers = await Promise.all(files.map(async (f, i) => (await x.app.request(photoPath(sha256(f), ids[i]!), putInit(x.owner, f))).status));
      expect(answers.filter((s) => s === 201)).toHaveLength(2);
      expect(answers.filter((s) => s === 413)).toHaveLength(2);
      let readable = 0;
      for (const [i, f] of files.entries()) if ((await x.app.request(photoPath(sha256(f), ids[i]!), readInit(x.owner))).status === 200) readable++;
      expect(readable).toBe(2);
    });

    it('bodies cut short or sent too long spend the bytes per hour they made the server read', async () => {
      const x = await world({ quotaBytes: 1e9, keyBytes: { burst: 3 * SIZE, perHour: 1 } });
      const f = jpeg(20);
      const p = await x.photoRecord(x.owner, x.w, photoPatch(x.w, f, thumb));
      const path = photoPath(sha256(f), p);
      const refused = [];
      for (const init of [streamedPut(x.owner, new Uint8Array([...f, ...f])), streamedPut(x.owner, f.subarray(0, SIZE - 1), 'cut'), streamedPut(x.owner, f.subarray(0, SIZE - 1), 'cut')]) {
        refused.push((await x.app.request(path, init)).status);
      }
      expect(refused).toEqual([413, 400, 400]);
      const honest = await x.app.request(path, putInit(x.owner, f));
      expect([honest.status, await codeOf(honest), Number(honest.headers.get('retry-after')) > 0]).toEqual([429, 'rate_limited', true]);
    });
  });
}
