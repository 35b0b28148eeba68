import { beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { apiErrorSchema } from '../../../src/shared/protocol.ts';
import { jpegWithExif, pngOfSize, svgWithScript, tinyJpeg, tinyWebp, truncated, withHtmlAppended, withZipAppended } from '../../support/image-bytes.ts';
import { photoPatch, photoPath, putInit, readInit, sha256 } from './photo-fixtures.ts';
import { mutation } from './sync-fixtures.ts';
import { photoWorld, type PhotoWorld } from './photo-world.ts';

const codeOf = async (res: Response) => apiErrorSchema().safeParse(await res.json()).data?.error.code;
const ascii = (text: string) => new TextEncoder().encode(text);

let world: PhotoWorld;
beforeAll(async () => {
  world = await photoWorld();
});

describe('PUT, GET and HEAD /api/photos/:hash', () => {
  it('stores a photo and its thumbnail, and serves them back byte for byte as images only', async () => {
    const { app, owner, w } = world;
    const [file, thumb] = [tinyJpeg(), tinyWebp()];
    const id = await world.photoRecord(owner, w, photoPatch(w, file, thumb));
    const put = await app.request(photoPath(sha256(file), id), putInit(owner, file));
    expect([put.status, await put.json()]).toEqual([201, { stored: true }]);
    expect((await app.request(photoPath(sha256(thumb), id), putInit(owner, thumb, 'image/webp'))).status).toBe(201);

    const got = await app.request(photoPath(sha256(file), id), readInit(owner));
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(Buffer.from(file))).toBe(true);
    expect(
      Object.fromEntries(['content-type', 'content-length', 'x-content-type-options', 'content-security-policy', 'content-disposition', 'etag', 'cache-control'].map((h) => [h, got.headers.get(h)])),
    ).toEqual({
      'content-type': 'image/jpeg',
      'content-length': String(file.byteLength),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'content-disposition': 'inline',
      etag: `"${sha256(file)}"`,
      'cache-control': 'private, max-age=31536000, immutable',
    });
    const thumbGot = await app.request(photoPath(sha256(thumb), id), readInit(owner));
    expect([thumbGot.headers.get('content-type'), Buffer.from(await thumbGot.arrayBuffer()).equals(Buffer.from(thumb))]).toEqual(['image/webp', true]);

    const head = await app.request(photoPath(sha256(file), id), readInit(owner, 'HEAD'));
    expect([head.status, head.headers.get('content-length'), head.headers.get('etag'), (await head.arrayBuffer()).byteLength]).toEqual([200, String(file.byteLength), `"${sha256(file)}"`, 0]);
    const again = await app.request(photoPath(sha256(file), id), { headers: { authorization: `Bearer ${owner}`, 'if-none-match': `"${sha256(file)}"` } });
    expect(again.status).toBe(304);
  });

  it('stores a file sent twice once, and a second workshop of its owner holds it without a second copy', async () => {
    const { app, owner, w } = world;
    const file = distinctJpeg(tinyJpeg());
    const id = await world.photoRecord(owner, w, photoPatch(w, file));
    const [blobs, holders] = [await world.count('photo_blobs'), await world.count('photo_holders')];
    expect((await app.request(photoPath(sha256(file), id), putInit(owner, file))).status).toBe(201);
    const twice = await app.request(photoPath(sha256(file), id), putInit(owner, file));
    expect([twice.status, await twice.json()]).toEqual([200, { stored: true }]);
    expect([await world.count('photo_blobs'), await world.count('photo_holders')]).toEqual([blobs + 1, holders + 1]);
    // A second record naming the same file in the same workshop: held already.
    const copy = await world.photoRecord(owner, w, photoPatch(w, file));
    expect((await app.request(photoPath(sha256(file), copy), putInit(owner, file))).status).toBe(200);
    expect(await world.count('photo_blobs')).toBe(blobs + 1);
  });

  it('answers 404 photo_unknown to a file sent before its record, and stores it once the record has synced', async () => {
    const { app, owner, w } = world;
    const file = distinctJpeg(tinyJpeg(), 2);
    const id = uuidv7();
    const early = await app.request(photoPath(sha256(file), id), putInit(owner, file));
    expect([early.status, await codeOf(early)]).toEqual([404, 'photo_unknown']);
    await world.push(owner, 'ownerTablet', [mutation({ kind: 'photo', recordId: id, scope: w, patch: photoPatch(w, file) }, undefined, 'ownerTablet')]);
    expect((await app.request(photoPath(sha256(file), id), putInit(owner, file))).status).toBe(201);
    // A record naming other files does not open this one.
    const unrelated = await world.photoRecord(owner, w, photoPatch(w, distinctJpeg(tinyJpeg(), 3)));
    const named = await app.request(photoPath(sha256(file), unrelated), readInit(owner));
    expect([named.status, await codeOf(named)]).toEqual([404, 'photo_unknown']);
    // Nor does a deleted record.
    await world.push(owner, 'ownerTablet', [mutation({ kind: 'photo', recordId: id, scope: w, op: 'delete', patch: {} }, Date.UTC(2026, 2, 11), 'ownerTablet')]);
    expect(await codeOf(await app.request(photoPath(sha256(file), id), readInit(owner)))).toBe('photo_unknown');
  });

  it('refuses bytes whose SHA-256 is not the hash named, and stores nothing', async () => {
    const { app, owner, w } = world;
    const file = distinctJpeg(tinyJpeg(), 4);
    const id = await world.photoRecord(owner, w, photoPatch(w, file));
    const other = distinctJpeg(tinyJpeg(), 5);
    const blobs = await world.count('photo_blobs');
    const res = await app.request(photoPath(sha256(file), id), putInit(owner, other));
    expect([res.status, await codeOf(res)]).toEqual([400, 'photo_hash_mismatch']);
    expect(await world.count('photo_blobs')).toBe(blobs);
  });

  const jpeg = tinyJpeg();
  const hostile: Record<string, Uint8Array> = {
    'an SVG with a script': svgWithScript(),
    'an HTML page': ascii('<!doctype html><html><body><script>fetch("/api/sync")</script></body></html>'),
    'a JPEG with a page appended after its end': withHtmlAppended(jpeg),
    'a JPEG with a ZIP appended after its end': withZipAppended(jpeg),
    'a PNG header claiming 20,000 x 20,000': pngOfSize(20_000, 20_000),
    'a truncated JPEG': truncated(jpeg),
    'a JPEG with EXIF metadata': jpegWithExif(),
  };
  for (const [what, bytes] of Object.entries(hostile)) {
    it(`refuses ${what} with 415 photo_refused, and stores nothing`, async () => {
      const { app, owner, w } = world;
      const id = await world.photoRecord(owner, w, photoPatch(w, bytes));
      const blobs = await world.count('photo_blobs');
      const res = await app.request(photoPath(sha256(bytes), id), putInit(owner, bytes));
      expect([res.status, await codeOf(res)]).toEqual([415, 'photo_refused']);
      expect(await world.count('photo_blobs')).toBe(blobs);
      expect((await app.request(photoPath(sha256(bytes), id), readInit(owner))).status).toBe(404);
    });
  }

  it('refuses a type other than the record says, and a body longer than the record says', async () => {
    const { app, owner, w } = world;
    const file = distinctJpeg(tinyJpeg(), 6);
    const id = await world.photoRecord(owner, w, photoPatch(w, file));
    for (const type of ['image/webp', 'image/svg+xml', 'text/html', '']) {
      const res = await app.request(photoPath(sha256(file), id), putInit(owner, file, type));
      expect([type, res.status, await codeOf(res)]).toEqual([type, 415, 'photo_refused']);
    }
    const longer = new Uint8Array([...file, 0]);
    const declared = await app.request(photoPath(sha256(file), id), putInit(owner, longer));
    expect([declared.status, await codeOf(declared)]).toEqual([413, 'payload_too_large']);
    // Without a declared length, the body is cut off at the record's size.
    const streamed = await app.request(photoPath(sha256(file), id), {
      method: 'PUT',
      headers: { authorization: `Bearer ${owner}`, 'content-type': 'image/jpeg' },
      body: new Blob([longer]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect([streamed.status, await codeOf(streamed)]).toEqual([413, 'payload_too_large']);
  });

  it('answers malformed requests with a 4xx and a stable code', async () => {
    const { app, owner } = world;
    const file = tinyJpeg();
    const cases: [string, RequestInit, number, string][] = [
      [`/api/photos/${sha256(file).toUpperCase()}?photo=${uuidv7()}`, putInit(owner, file), 400, 'invalid_request'],
      [`/api/photos/${sha256(file)}`, putInit(owner, file), 400, 'invalid_request'],
      [`/api/photos/${sha256(file)}?photo=..%2F..%2Fetc`, readInit(owner), 400, 'invalid_request'],
      [`/api/photos/${sha256(file).slice(1)}?photo=${uuidv7()}`, readInit(owner), 400, 'invalid_request'],
      [photoPath(sha256(file), uuidv7()), putInit(undefined, file), 401, 'unauthorized'],
      [photoPath(sha256(file), uuidv7()), readInit('wcf_thisIsNotAKeyThisIsNotAKey00'), 401, 'unauthorized'],
      [`/api/photos/${sha256(file)}?photo=${uuidv7()}`, { ...putInit(owner, file), method: 'POST' }, 404, 'not_found'],
    ];
    for (const [path, init, status, code] of cases) {
      const res = await app.request(path, init);
      expect([path, init.method, res.status, await codeOf(res)]).toEqual([path, init.method, status, code]);
    }
  });
});

/** A valid JPEG made distinct by a second JFIF segment (APP0) after its start: a new file, a new hash, no metadata. */
function distinctJpeg(jpeg: Uint8Array, n = 1): Uint8Array {
  const note = ascii(`JFXX file ${n} ${uuidv7()}`);
  const segment = [0xff, 0xe0, (note.length + 2) >> 8, (note.length + 2) & 0xff, ...note];
  return new Uint8Array([...jpeg.subarray(0, 2), ...segment, ...jpeg.subarray(2)]);
}
