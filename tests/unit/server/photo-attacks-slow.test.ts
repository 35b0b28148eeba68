import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { apiErrorSchema } from '../../../src/shared/protocol.ts';
import { PHOTO_MAX_BYTES } from '../../../src/shared/photos/photo-limits.ts';
import { jpegWithSegment } from '../../support/hostile-images.ts';
import { tinyWebp } from '../../support/image-bytes.ts';
import { attackBackends, attackWorld } from './photo-attack-world.ts';
import { photoPatch, photoPath, putInit, sha256 } from './photo-fixtures.ts';

const codeOf = async (res: Response) => apiErrorSchema().safeParse(await res.json().catch(() => undefined)).data?.error.code;
const jpeg = (n: number) => new Uint8Array(jpegWithSegment(0xe0, new TextEncoder().encode(`JFXX ${n} ${uuidv7()}`)));
const sqlite = attackBackends.find((b) => b.name === 'sqlite')!;

/** A PUT whose body brings `first` bytes and then waits, until `end` cuts it. */
function trickle(key: string, first: Uint8Array) {
  let cut: (() => void) | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array(first));
      cut = () => controller.error(new Error('the client went away'));
    },
  });
  const init = { method: 'PUT', headers: { authorization: `Bearer ${key}`, 'content-type': 'image/jpeg' }, body, duplex: 'half' } as RequestInit;
  return { init, end: () => cut?.() };
}

/** What a request came to within `ms`, or 'waiting'. */
const within = (answer: Response | Promise<Response>, ms: number) =>
  Promise.race([Promise.resolve(answer).then((r) => r.status), new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), ms))]);

describe('slow and oversized photo bodies', () => {
  it('one key trickling bodies holds a few photo upload places, not half of them', async () => {
    const x = await attackWorld(sqlite.open);
    const files = Array.from({ length: 6 }, (_, i) => jpeg(i));
    const ids: string[] = [];
    for (const f of files) ids.push(await x.photoRecord(x.owner, x.w, photoPatch(x.w, f, tinyWebp())));
    const slow = files.slice(0, 4).map((f) => trickle(x.owner, f.subarray(0, 10)));
    const waiting = slow.map(async (s, i) => (await x.app.request(photoPath(sha256(files[i]!), ids[i]!), s.init)).status);
    const fifth = await within(x.app.request(photoPath(sha256(files[4]!), ids[4]!), putInit(x.owner, files[4]!)), 2000);
    expect(fifth).toBe(429);
    // Another key still sends its photos.
    const theirs = jpeg(9);
    const p = await x.photoRecord(x.other, x.otherW, photoPatch(x.otherW, theirs, tinyWebp()));
    expect(await within(x.app.request(photoPath(sha256(theirs), p), putInit(x.other, theirs)), 2000)).toBe(201);
    for (const s of slow) s.end();
    expect(await Promise.all(waiting)).toEqual([400, 400, 400, 400]);
    expect((await x.app.request(photoPath(sha256(files[4]!), ids[4]!), putInit(x.owner, files[4]!))).status).toBe(201);
  });

  it('a refused photo body longer than any photo is not read to its end: the answer closes the connection', async () => {
    const x = await attackWorld(sqlite.open);
    const huge = new Uint8Array(PHOTO_MAX_BYTES + 64 * 1024);
    const path = photoPath(sha256(huge), uuidv7());
    for (const key of [undefined, 'wcf_thisIsNotAKeyThisIsNotAKey00', x.owner]) {
      const res = await x.app.request(path, { ...putInit(key, huge), headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), 'content-type': 'image/jpeg' } });
      expect([res.status, await codeOf(res), res.headers.get('connection')]).toEqual([key === x.owner ? 404 : 401, key === x.owner ? 'photo_unknown' : 'unauthorized', 'close']);
    }
    // A refused body of a photo's size is still read to its end, so the client sees the answer.
    const small = await x.app.request(path, putInit(undefined, new Uint8Array(PHOTO_MAX_BYTES)));
    expect([small.status, small.headers.get('connection')]).toEqual([401, null]);
  });
});
