import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashKey } from '../../../src/server/auth/keys.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { apiErrorSchema } from '../../../src/shared/protocol.ts';
import { jpegWithSegment } from '../../support/hostile-images.ts';
import { tinyWebp } from '../../support/image-bytes.ts';
import { attackBackends, attackWorld, type AttackWorld } from './photo-attack-world.ts';
import { fileOf, photoPatch, photoPath, putInit, readInit, sha256 } from './photo-fixtures.ts';

const codeOf = async (res: Response) => apiErrorSchema().safeParse(await res.json().catch(() => undefined)).data?.error.code;
const ascii = (text: string) => new TextEncoder().encode(text);
/** A valid JPEG of its own (a JFIF extension segment makes it distinct), all of one size. */
const jpeg = (n: number) => new Uint8Array(jpegWithSegment(0xe0, ascii(`JFXX ${String(n).padStart(4, '0')} ${uuidv7()}`)));
const thumb = tinyWebp();

for (const backend of attackBackends) {
  describe.skipIf(backend.skip)(`attacks on the photo path: ${backend.name}`, () => {
    const stores: ServerStore[] = [];
    const world = async (opts?: Parameters<typeof attackWorld>[1]) => {
      const made = await attackWorld(() => {
        const s = backend.open();
        stores.push(s);
        return s;
      }, opts);
      return made;
    };
    afterAll(async () => {
      await Promise.all(stores.map((s) => s.close()));
    });

    let x: AttackWorld;
    let file: Uint8Array<ArrayBuffer>;
    let id: string;
    beforeAll(async () => {
      x = await world();
      file = jpeg(1);
      id = await x.photoRecord(x.owner, x.w, photoPatch(x.w, file, thumb));
      expect((await x.app.request(photoPath(sha256(file), id), putInit(x.owner, file))).status).toBe(201);
    });

    it("no one but the workshop's owner sends its files, and only its owner and coordinators read them", async () => {
      const fresh = jpeg(2);
      const p = await x.photoRecord(x.owner, x.w, photoPatch(x.w, fresh, thumb));
      for (const key of [x.other, x.coordinator, x.participant, x.otherParticipant]) {
        const res = await x.app.request(photoPath(sha256(fresh), p), putInit(key, fresh));
        expect([key.slice(0, 4), res.status, await codeOf(res)]).toEqual([key.slice(0, 4), 403, 'forbidden']);
      }
      const reads = [];
      for (const key of [x.owner, x.coordinator, x.other, x.participant, x.otherParticipant]) reads.push((await x.app.request(photoPath(sha256(file), id), readInit(key))).status);
      expect(reads).toEqual([200, 200, 403, 403, 403]);
    });

    it('a caller who may not read the workshop learns nothing of which files its records name', async () => {
      const never = jpeg(3);
      for (const key of [x.other, x.participant, x.otherParticipant]) {
        for (const method of ['GET', 'HEAD', 'PUT'] as const) {
          const init = (bytes: Uint8Array) => (method === 'PUT' ? putInit(key, bytes) : readInit(key, method));
          const named = await x.app.request(photoPath(sha256(file), id), init(file));
          const unnamed = await x.app.request(photoPath(sha256(never), id), init(never));
          expect([method, unnamed.status]).toEqual([method, named.status]);
        }
      }
    });

    it("a key that knows a file's hash but never had its bytes cannot read it, nor learn that the server has it", async () => {
      const never = jpeg(4);
      const answers = async (bytes: Uint8Array) => {
        const decoy = await x.photoRecord(x.other, x.otherW, photoPatch(x.otherW, bytes, thumb));
        const path = photoPath(sha256(bytes), decoy);
        const auth = { authorization: `Bearer ${x.other}` };
        return [
          (await x.app.request(path, readInit(x.other))).status,
          (await x.app.request(path, readInit(x.other, 'HEAD'))).status,
          (await x.app.request(path, { headers: { ...auth, 'if-none-match': '*' } })).status,
          (await x.app.request(path, { headers: { ...auth, 'if-none-match': `"${sha256(bytes)}"` } })).status,
          // Bytes that are not the file: refused alike whether the server has the file or not.
          await codeOf(await x.app.request(path, { ...putInit(x.other, bytes.subarray(0, 100)), headers: { authorization: `Bearer ${x.other}`, 'content-type': 'image/jpeg' } })),
          await codeOf(await x.app.request(path, { method: 'PUT', headers: { ...auth, 'content-type': 'image/jpeg', 'content-length': '0' } })),
        ];
      };
      expect(await answers(file)).toEqual(await answers(never));
      expect(await answers(file)).toEqual([404, 404, 404, 404, 'photo_hash_mismatch', 'photo_hash_mismatch']);
    });

    it("the owner's second workshop reads a file only once its bytes are sent for it", async () => {
      const copy = await x.photoRecord(x.owner, x.w2, photoPatch(x.w2, file, thumb));
      expect((await x.app.request(photoPath(sha256(file), copy), readInit(x.owner))).status).toBe(404);
      expect((await x.app.request(photoPath(sha256(file), copy), putInit(x.owner, file))).status).toBe(201);
      expect((await x.app.request(photoPath(sha256(file), copy), readInit(x.owner))).status).toBe(200);
    });

    it('a deleted photo record opens its files to no one, the owner included, and takes no more bytes', async () => {
      const [gone, kept] = [jpeg(5), jpeg(6)];
      const p = await x.photoRecord(x.owner, x.w, photoPatch(x.w, gone, thumb));
      expect((await x.app.request(photoPath(sha256(gone), p), putInit(x.owner, gone))).status).toBe(201);
      await x.change(x.owner, x.w, p, {}, 'delete');
      for (const key of [x.owner, x.coordinator]) {
        for (const method of ['GET', 'HEAD'] as const) expect((await x.app.request(photoPath(sha256(gone), p), readInit(key, method))).status).toBe(404);
      }
      const late = await x.app.request(photoPath(sha256(kept), p), putInit(x.owner, kept));
      expect([late.status, await codeOf(late)]).toEqual([404, 'photo_unknown']);
    });

    it('a record whose file was changed later names the new file only', async () => {
      const [before, after] = [jpeg(7), jpeg(8)];
      const p = await x.photoRecord(x.owner, x.w, photoPatch(x.w, before, thumb));
      expect((await x.app.request(photoPath(sha256(before), p), putInit(x.owner, before))).status).toBe(201);
      await x.change(x.owner, x.w, p, { file: fileOf(after) });
      expect((await x.app.request(photoPath(sha256(before), p), readInit(x.owner))).status).toBe(404);
      expect((await x.app.request(photoPath(sha256(after), p), readInit(x.owner))).status).toBe(404);
      expect((await x.app.request(photoPath(sha256(before), p), putInit(x.owner, before))).status).toBe(404);
      expect((await x.app.request(photoPath(sha256(after), p), putInit(x.owner, after))).status).toBe(201);
      expect((await x.app.request(photoPath(sha256(after), p), readInit(x.coordinator))).status).toBe(200);
    });

    it("a revoked key reads and sends nothing, and its workshop's join link opens nothing; coordinators still read", async () => {
      const y = await world();
      const mine = jpeg(9);
      const p = await y.photoRecord(y.owner, y.w, photoPatch(y.w, mine, thumb));
      expect((await y.app.request(photoPath(sha256(mine), p), putInit(y.owner, mine))).status).toBe(201);
      await y.store.revokeKey(hashKey(y.owner));
      const read = await y.app.request(photoPath(sha256(mine), p), readInit(y.owner));
      const put = await y.app.request(photoPath(sha256(thumb), p), putInit(y.owner, thumb, 'image/webp'));
      const joined = await y.app.request(photoPath(sha256(mine), p), readInit(y.participant));
      expect([read.status, await codeOf(read), put.status, await codeOf(put), joined.status]).toEqual([401, 'key_revoked', 401, 'key_revoked', 401]);
      expect((await y.app.request(photoPath(sha256(mine), p), readInit(y.coordinator))).status).toBe(200);
    });

    it('answers every odd request with a 4xx and a stable code, never a 5xx', async () => {
      const h = sha256(file);
      const auth = { authorization: `Bearer ${x.owner}` };
      const cases: [string, RequestInit][] = [
        [`/api/photos/%ZZ?photo=${id}`, { headers: auth }],
        [`/api/photos/${h}%00?photo=${id}`, { headers: auth }],
        [`/api/photos/${h}?photo=%00${id}`, { headers: auth }],
        [`/api/photos/${h}?photo=%E0%A4%A`, { headers: auth }],
        [`/api/photos/${h}?photo=${id}%00`, { method: 'PUT', headers: { ...auth, 'content-type': 'image/jpeg' }, body: file }],
        [`/api/photos/${h}?photo=${'9'.repeat(5000)}`, { headers: auth }],
        [`/api/photos/${h}/more?photo=${id}`, { headers: auth }],
        [`/api/photos/?photo=${id}`, { method: 'PUT', headers: auth, body: file }],
        [`/api/photos/${h}?photo=${id}`, { method: 'DELETE', headers: auth }],
        [`/api/photos/${h}?photo=${id}`, { method: 'OPTIONS', headers: auth }],
        [`/api/photos/${h}?photo=${id}`, { method: 'POST', headers: auth, body: file }],
        [`/api/photos/${h}?photo=${id}`, { method: 'PATCH', headers: auth, body: file }],
        [`/api/photos/${h}?photo=${id}`, { method: 'PUT', headers: { ...auth, 'content-type': 'image/jpeg', 'content-length': 'lots' }, body: jpeg(10) }],
        [`/api/photos/${h}?photo=${id}`, { method: 'PUT', headers: { ...auth, 'content-type': 'text/html; image/jpeg' }, body: jpeg(11) }],
        [`/api/photos/${h}?photo=${id}`, { headers: { ...auth, 'if-none-match': `${'W/"x", '.repeat(2000)}*` } }],
        [`/api/photos/${h}?photo=${id}`, { headers: { authorization: `Bearer ${'x'.repeat(50_000)}` } }],
        [`/api/photos/${h}?photo=${id}`, { headers: { authorization: 'Basic b3duZXI6cGFzcw==' } }],
        [`/api/photos/${h}?photo=${id}`, { headers: { authorization: 'Bearer wcj_' } }],
      ];
      for (const [path, init] of cases) {
        const res = await x.app.request(path, init);
        const where = `${init.method ?? 'GET'} ${path.slice(0, 120)}`;
        expect(res.status, where).toBeLessThan(500);
        if (res.status >= 400) expect(await codeOf(res), where).toBeTypeOf('string');
      }
    });

    it('serves a file as an image only, and no answer of the photo path as a page', async () => {
      const path = photoPath(sha256(file), id);
      const answers = [
        await x.app.request(path, readInit(x.owner)),
        await x.app.request(path, readInit(x.owner, 'HEAD')),
        await x.app.request(path, { headers: { authorization: `Bearer ${x.owner}`, 'if-none-match': `"${sha256(file)}"`, 'accept-encoding': 'gzip' } }),
        await x.app.request(path, { headers: { authorization: `Bearer ${x.owner}`, accept: 'text/html', 'accept-encoding': 'gzip, br' } }),
      ];
      expect(answers.map((r) => r.status)).toEqual([200, 200, 304, 200]);
      for (const res of answers) {
        expect([res.headers.get('x-content-type-options'), res.headers.get('content-security-policy'), res.headers.get('content-encoding')]).toEqual(['nosniff', "default-src 'none'; sandbox", null]);
        expect(res.headers.get('content-type')).toBe('image/jpeg');
        // A browser keeps a copy per credential, never hands one key's copy to another.
        expect(res.headers.get('vary')?.toLowerCase()).toContain('authorization');
      }
      const errors = [
        await x.app.request(path, readInit(x.other)),
        await x.app.request(path, readInit(undefined)),
        await x.app.request(photoPath(sha256(jpeg(12)), id), readInit(x.owner)),
        await x.app.request(`/api/photos/${sha256(file)}?photo=<svg onload=alert(1)>`, readInit(x.owner)),
      ];
      for (const res of errors) {
        expect([res.status >= 400, res.headers.get('x-content-type-options'), res.headers.get('content-type'), res.headers.get('cache-control')]).toEqual([
          true,
          'nosniff',
          'application/json',
          'no-store',
        ]);
      }
    });
  });
}
