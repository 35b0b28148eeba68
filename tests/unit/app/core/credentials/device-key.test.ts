import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AppDb } from '../../../../../src/app/core/db/db.ts';
import { ensureDeviceKey, readDeviceKey } from '../../../../../src/app/core/credentials/device-key.ts';
import { openLocalStore } from '../../../../../src/app/core/db/store.ts';
import { decodeHlc } from '../../../../../src/shared/hlc.ts';
import { DEVICE_ID_PATTERN, deviceIdForKey } from '../../../../../src/shared/identity/device-proof.ts';
import { uuidv7 } from '../../../../../src/shared/ids.ts';

describe('the device key', () => {
  it('is made once; the device id is its hash; the private key cannot be read out', async () => {
    const store = await openLocalStore('device-key-new');
    const key = store.deviceKey!;
    expect(key.deviceId).toMatch(DEVICE_ID_PATTERN);
    expect(deviceIdForKey(key.publicKey)).toBe(key.deviceId);
    expect(store.deviceId).toBe(key.deviceId);
    expect(key.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', key.privateKey)).rejects.toThrow();
    // Opened again (a reload): the same key and id.
    store.close();
    const again = await openLocalStore('device-key-new');
    expect(again.deviceId).toBe(key.deviceId);
    expect(again.deviceKey!.publicKey).toBe(key.publicKey);
    again.close();
  });

  it('a device that had an id before keys existed takes its key’s id, and its unsent changes follow', async () => {
    const db = new AppDb('device-key-upgrade');
    await db.open();
    const old = 'k3x9q2m7a1b5c8d4';
    const w = uuidv7();
    await db.meta.put({ key: 'clock', value: { deviceId: old, last: `001773100800000-000004-${old}`, seq: 2 } });
    const m = {
      mutationId: uuidv7(),
      deviceId: old,
      seq: 2,
      kind: 'note' as const,
      recordId: uuidv7(),
      scope: w,
      op: 'upsert' as const,
      hlc: `001773100800000-000003-${old}`,
      patch: { text: 'kept' },
    };
    await db.outbox.add(m);
    await db.meta.put({ key: 'sync:rejected', value: [{ ...m, seq: 1, mutationId: uuidv7() }] });
    const relayed = { ...m, mutationId: uuidv7(), seq: 3, deviceId: 'aphoneofsomeoneelse', hlc: '001773100800000-000001-aphoneofsomeoneelse' };
    await db.outbox.add(relayed);

    const key = (await ensureDeviceKey(db))!;
    expect(await readDeviceKey(db)).toMatchObject({ deviceId: key.deviceId });
    const [mine, theirs] = await db.outbox.orderBy('seq').toArray();
    expect(mine).toMatchObject({ deviceId: key.deviceId, mutationId: m.mutationId, patch: { text: 'kept' } });
    expect(decodeHlc(mine!.hlc)).toEqual({ wall: 1773100800000, count: 3, node: key.deviceId });
    // Another device's change it carries keeps its author.
    expect(theirs).toMatchObject({ deviceId: 'aphoneofsomeoneelse', hlc: relayed.hlc });
    const rejected = (await db.meta.get('sync:rejected'))!.value as { deviceId: string }[];
    expect(rejected[0]!.deviceId).toBe(key.deviceId);
    const clock = (await db.meta.get('clock'))!.value as { deviceId: string; last: string; seq: number };
    expect(clock).toEqual({ deviceId: key.deviceId, last: `001773100800000-000004-${key.deviceId}`, seq: 2 });
    // A second call (another tab) keeps the first key.
    expect((await ensureDeviceKey(db))!.deviceId).toBe(key.deviceId);
    db.close();
  });
});
