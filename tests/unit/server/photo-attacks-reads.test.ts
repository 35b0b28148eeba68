import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { apiErrorSchema } from '../../../src/shared/protocol.ts';
import { jpegWithSegment, segment } from '../../support/hostile-images.ts';
import { concat, tinyJpeg, tinyWebp } from '../../support/image-bytes.ts';
import { attackBackends, attackWorld } from './photo-attack-world.ts';
import { photoPatch, photoPath, putInit, readInit, sha256 } from './photo-fixtures.ts';

const codeOf = async (res: Response) => apiErrorSchema().safeParse(await res.json().catch(() => undefined)).data?.error.code;
const sqlite = attackBackends.find((b) => b.name === 'sqlite')!;

describe('photo files read by clients that do not read them', () => {
  it('one key holds at most 32 files in the server memory at once; a body read or dropped frees its place', async () => {
    const x = await attackWorld(sqlite.open);
    // Some 180 KB, as a shrunk photo is: served in pieces.
    const pad = segment(0xe0, new Uint8Array(60_000).fill(0x20));
    const big = new Uint8Array(concat(tinyJpeg().subarray(0, 2), pad, pad, pad, tinyJpeg().subarray(2)));
    const id = await x.photoRecord(x.owner, x.w, photoPatch(x.w, big, tinyWebp()));
    expect((await x.app.request(photoPath(sha256(big), id), putInit(x.owner, big))).status).toBe(201);
    const path = photoPath(sha256(big), id);

    // Forty GETs whose bodies nobody reads, as a client that stopped reading its sockets.
    const held: Response[] = [];
    for (let i = 0; i < 40; i++) held.push(await x.app.request(path, readInit(x.owner)));
    const ok = held.filter((r) => r.status === 200);
    const refused = held.filter((r) => r.status !== 200);
    expect([ok.length, refused.length]).toEqual([32, 8]);
    expect([refused[0]!.status, await codeOf(refused[0]!), Number(refused[0]!.headers.get('retry-after')) > 0]).toEqual([429, 'rate_limited', true]);
    // Another key still reads.
    expect((await x.app.request(path, readInit(x.coordinator))).status).toBe(200);

    // A body read to its end frees its place, and is the whole file; a body dropped frees its place too.
    expect(Buffer.from(await ok[0]!.arrayBuffer()).equals(Buffer.from(big))).toBe(true);
    await ok[1]!.body!.cancel();
    const after = [await x.app.request(path, readInit(x.owner)), await x.app.request(path, readInit(x.owner)), await x.app.request(path, readInit(x.owner))];
    expect(after.map((r) => r.status)).toEqual([200, 200, 429]);
    for (const r of [...ok.slice(2), ...after.slice(0, 2)]) await r.body!.cancel();
    expect((await x.app.request(path, readInit(x.owner))).status).toBe(200);
    // HEAD and 304 hold no file in memory.
    for (let i = 0; i < 40; i++) expect((await x.app.request(path, readInit(x.owner, 'HEAD'))).status).toBe(200);
  });

  it('a body not read within the deadline is cut, and its place freed', async () => {
    const x = await attackWorld(sqlite.open, { photos: { quotaBytes: 1e9, keyBytes: { burst: 1e9, perHour: 1e9 }, maxMs: 200 } });
    const file = new Uint8Array(jpegWithSegment(0xe0, new TextEncoder().encode(`JFXX ${uuidv7()}`)));
    const id = await x.photoRecord(x.owner, x.w, photoPatch(x.w, file, tinyWebp()));
    expect((await x.app.request(photoPath(sha256(file), id), putInit(x.owner, file))).status).toBe(201);
    const stalled: Response[] = [];
    for (let i = 0; i < 32; i++) stalled.push(await x.app.request(photoPath(sha256(file), id), readInit(x.owner)));
    expect((await x.app.request(photoPath(sha256(file), id), readInit(x.owner))).status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(stalled[0]!.arrayBuffer()).rejects.toThrow();
    expect((await x.app.request(photoPath(sha256(file), id), readInit(x.owner))).status).toBe(200);
  });
});
