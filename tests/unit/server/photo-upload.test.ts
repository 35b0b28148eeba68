import { serve, type ServerType } from '@hono/node-server';
import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../src/shared/protocol.ts';
import { tinyJpeg, tinyWebp } from '../../support/image-bytes.ts';
import { photoPatch, photoPath, putInit, readInit, sha256 } from './photo-fixtures.ts';
import { photoWorld } from './photo-world.ts';

const codeOf = async (res: Response) => apiErrorSchema().safeParse(await res.json()).data?.error.code;
const [file, thumb] = [tinyJpeg(), tinyWebp()];
const lots = { burst: 1e9, perHour: 1e9 };

describe('photo uploads: quotas, budgets and cut transfers', () => {
  it("refuses a file past the key's quota with 413 photo_quota_exceeded, and stores nothing of it", async () => {
    const world = await photoWorld({ photos: { quotaBytes: file.byteLength + thumb.byteLength - 1, keyBytes: lots, maxMs: 60_000 } });
    const id = await world.photoRecord(world.owner, world.w, photoPatch(world.w, file, thumb));
    expect((await world.app.request(photoPath(sha256(file), id), putInit(world.owner, file))).status).toBe(201);
    const over = await world.app.request(photoPath(sha256(thumb), id), putInit(world.owner, thumb, 'image/webp'));
    expect([over.status, await codeOf(over)]).toEqual([413, 'photo_quota_exceeded']);
    expect(await world.count('photo_blobs')).toBe(1);
    // The quota is per key: another facilitator's is untouched.
    const theirs = await world.photoRecord(world.other, world.otherW, photoPatch(world.otherW, file, thumb));
    expect((await world.app.request(photoPath(sha256(thumb), theirs), putInit(world.other, thumb, 'image/webp'))).status).toBe(201);
  });

  it('refuses photo bytes past the hourly budget of a key with 429 and Retry-After', async () => {
    const world = await photoWorld({ photos: { quotaBytes: 1e9, keyBytes: { burst: file.byteLength, perHour: 3600 }, maxMs: 60_000 } });
    const id = await world.photoRecord(world.owner, world.w, photoPatch(world.w, file, thumb));
    expect((await world.app.request(photoPath(sha256(file), id), putInit(world.owner, file))).status).toBe(201);
    const res = await world.app.request(photoPath(sha256(thumb), id), putInit(world.owner, thumb, 'image/webp'));
    expect([res.status, await codeOf(res), Number(res.headers.get('retry-after')) > 0]).toEqual([429, 'rate_limited', true]);
  });

  describe('over a real socket', () => {
    let server: ServerType | undefined;
    afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

    it('a body cut in the middle stores nothing, and the retry stores exactly one copy', async () => {
      const world = await photoWorld();
      const id = await world.photoRecord(world.owner, world.w, photoPatch(world.w, file, thumb));
      const port = await new Promise<number>((resolve) => {
        server = serve({ fetch: world.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
      });
      const path = photoPath(sha256(file), id);
      const socket = connect(port, '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', resolve));
      socket.write(`PUT ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer ${world.owner}\r\ncontent-type: image/jpeg\r\ncontent-length: ${file.byteLength}\r\n\r\n`);
      socket.write(file.subarray(0, file.byteLength >> 1));
      await new Promise((resolve) => setTimeout(resolve, 100));
      socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect([await world.count('photo_blobs'), await world.count('photo_holders')]).toEqual([0, 0]);
      expect((await fetch(`http://127.0.0.1:${port}${path}`, readInit(world.owner))).status).toBe(404);

      const retry = await fetch(`http://127.0.0.1:${port}${path}`, putInit(world.owner, file));
      expect(retry.status).toBe(201);
      const again = await fetch(`http://127.0.0.1:${port}${path}`, putInit(world.owner, file));
      expect(again.status).toBe(200);
      expect([await world.count('photo_blobs'), await world.count('photo_holders')]).toEqual([1, 1]);
      const got = await fetch(`http://127.0.0.1:${port}${path}`, readInit(world.owner));
      expect(Buffer.from(await got.arrayBuffer()).equals(Buffer.from(file))).toBe(true);
      const head = await fetch(`http://127.0.0.1:${port}${path}`, readInit(world.owner, 'HEAD'));
      expect([head.status, head.headers.get('content-length')]).toEqual([200, String(file.byteLength)]);
    });
  });
});
