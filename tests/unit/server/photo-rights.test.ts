import { beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../src/shared/protocol.ts';
import { tinyJpeg, tinyWebp } from '../../support/image-bytes.ts';
import { photoPatch, photoPath, putInit, readInit, sha256 } from './photo-fixtures.ts';
import { photoWorld, type PhotoWorld } from './photo-world.ts';

const codeOf = async (res: Response) => apiErrorSchema().safeParse(await res.json()).data?.error.code;

let world: PhotoWorld;
let photoId: string;
const [file, thumb] = [tinyJpeg(), tinyWebp()];
beforeAll(async () => {
  world = await photoWorld();
  photoId = await world.photoRecord(world.owner, world.w, photoPatch(world.w, file, thumb));
  expect((await world.app.request(photoPath(sha256(file), photoId), putInit(world.owner, file))).status).toBe(201);
});

describe("who sends and reads a workshop's photos", () => {
  it('only the facilitator key that owns the workshop sends its files', async () => {
    const { app, other, coordinator, participant } = world;
    for (const [who, key] of [
      ['other facilitator', other],
      ['coordinator', coordinator],
      ['participant', participant],
    ] as const) {
      const res = await app.request(photoPath(sha256(thumb), photoId), putInit(key, thumb, 'image/webp'));
      expect([who, res.status, await codeOf(res)]).toEqual([who, 403, 'forbidden']);
    }
    expect(await world.count('photo_holders')).toBe(1);
  });

  it("the owner and coordinators read them; another facilitator and the workshop's participants do not", async () => {
    const { app, owner, other, coordinator, participant } = world;
    for (const method of ['GET', 'HEAD'] as const) {
      const answers = [];
      for (const key of [owner, coordinator, other, participant, undefined]) answers.push((await app.request(photoPath(sha256(file), photoId), readInit(key, method))).status);
      expect([method, ...answers]).toEqual([method, 200, 200, 403, 403, 401]);
    }
    const coordinatorGot = await app.request(photoPath(sha256(file), photoId), readInit(coordinator));
    expect(Buffer.from(await coordinatorGot.arrayBuffer()).equals(Buffer.from(file))).toBe(true);
  });

  it('a key that only knows a hash cannot read the file by naming it in a photo record of its own workshop', async () => {
    const { app, other, otherW } = world;
    const decoy = await world.photoRecord(other, otherW, photoPatch(otherW, file, thumb));
    const res = await app.request(photoPath(sha256(file), decoy), readInit(other));
    expect([res.status, await codeOf(res)]).toEqual([404, 'photo_unknown']);
    const head = await app.request(photoPath(sha256(file), decoy), readInit(other, 'HEAD'));
    expect(head.status).toBe(404);
    // Naming the owner's record from its own workshop's side opens nothing either.
    expect((await app.request(photoPath(sha256(file), photoId), readInit(other))).status).toBe(403);
    // Sending the bytes proves it has them: then its workshop holds the file, stored still once.
    const blobs = await world.count('photo_blobs');
    expect((await app.request(photoPath(sha256(file), decoy), putInit(other, file))).status).toBe(201);
    expect(await world.count('photo_blobs')).toBe(blobs);
    expect((await app.request(photoPath(sha256(file), decoy), readInit(other))).status).toBe(200);
  });
});
