import { encodeHlc, decodeHlc, isHlcStamp } from '../../../shared/hlc.ts';
import { toBase64url } from '../../../shared/identity/base64url.ts';
import { DEVICE_ID_PATTERN, DEVICE_KEY_ALGORITHM, deviceIdForKeyAsync } from '../../../shared/identity/device-proof.ts';
import type { Mutation } from '../../../shared/schemas/mutation.ts';
import type { AppDb } from '../db/db.ts';
import { writeTransaction } from '../db/write.ts';

/** This device's signing key: the private half never leaves it (a non-extractable CryptoKey in IndexedDB). */
export interface DeviceKey {
  deviceId: string;
  /** The public key, uncompressed, in base64url: its SHA-256 gives `deviceId`. */
  publicKey: string;
  privateKey: CryptoKey;
}

const KEY = 'device-key';
const CLOCK = 'clock';
const REJECTED = 'sync:rejected';

function isDeviceKey(v: unknown): v is DeviceKey {
  const k = v as Partial<DeviceKey> | undefined;
  return typeof k?.deviceId === 'string' && DEVICE_ID_PATTERN.test(k.deviceId) && typeof k.publicKey === 'string' && typeof k.privateKey === 'object' && k.privateKey !== null;
}

export async function readDeviceKey(db: AppDb): Promise<DeviceKey | undefined> {
  const v = (await db.meta.get(KEY))?.value;
  return isDeviceKey(v) ? v : undefined;
}

/**
 * This device's key pair, made on first start. Browsers give WebCrypto only to secure origins
 * (https, localhost): elsewhere there is none and the device cannot prove who it is, so it cannot
 * sync (the app says so). A device that had an id before keys existed takes its key's id, and its
 * changes not yet sent are restamped with it, so the server can tell they are its own.
 */
export async function ensureDeviceKey(db: AppDb): Promise<DeviceKey | undefined> {
  const existing = await readDeviceKey(db);
  if (existing || !globalThis.crypto?.subtle) return existing;
  const pair = await crypto.subtle.generateKey(DEVICE_KEY_ALGORITHM, false, ['sign', 'verify']);
  const publicKey = toBase64url(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  const made: DeviceKey = { deviceId: (await deviceIdForKeyAsync(publicKey))!, publicKey, privateKey: pair.privateKey };
  return writeTransaction(db, [db.meta, db.outbox], async () => {
    // Another tab may have made one meanwhile: the first one stored is the device's.
    const raced = await readDeviceKey(db);
    if (raced) return raced;
    await db.meta.put({ key: KEY, value: made });
    await adoptDeviceId(db, made.deviceId);
    return made;
  });
}

const restamp = (stamp: string, node: string): string => (isHlcStamp(stamp) ? encodeHlc({ ...decodeHlc(stamp), node }) : stamp);

/** Move the clock and the unsent changes of this device's former id to `deviceId`. Runs inside a transaction on meta and outbox. */
async function adoptDeviceId(db: AppDb, deviceId: string): Promise<void> {
  const clock = (await db.meta.get(CLOCK))?.value as { deviceId?: unknown; last?: unknown; seq?: unknown } | undefined;
  const former = typeof clock?.deviceId === 'string' ? clock.deviceId : undefined;
  const last = typeof clock?.last === 'string' ? restamp(clock.last, deviceId) : encodeHlc({ wall: 0, count: 0, node: deviceId });
  await db.meta.put({ key: CLOCK, value: { deviceId, last, seq: typeof clock?.seq === 'number' ? clock.seq : 0 } });
  if (former === undefined || former === deviceId) return;
  const mine = (m: Mutation): Mutation => (m.deviceId === former ? { ...m, deviceId, hlc: restamp(m.hlc, deviceId) } : m);
  await db.outbox.toCollection().modify((m) => {
    if (m.deviceId !== former) return;
    m.deviceId = deviceId;
    m.hlc = restamp(m.hlc, deviceId);
  });
  const rejected = (await db.meta.get(REJECTED))?.value;
  if (Array.isArray(rejected)) await db.meta.put({ key: REJECTED, value: (rejected as Mutation[]).map(mine) });
}
