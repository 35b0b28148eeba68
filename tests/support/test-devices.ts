import { createECDH, createHash, createHmac, createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { bindingText, deviceIdForKey, DEVICE_SIGNATURE_HEADER, mutationSigningText, requestSigningText } from '../../src/shared/identity/device-proof.ts';
import { credentialHash, credentialRef } from '../../src/shared/identity/credential.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol.ts';
import type { Mutation } from '../../src/shared/schemas/mutation.ts';
import type { Author } from '../../src/shared/sync/protocol.ts';

/**
 * Devices for tests, named like people name them ("ownerDevice"): each name gets a fixed P-256 key
 * pair (its private scalar is a hash of the name), so a test's device has a real, provable id and
 * signs synchronously, as the server will verify it.
 */
export interface TestDevice {
  name: string;
  id: string;
  /** The public key, uncompressed, in base64url. */
  key: string;
  sign(text: string): string;
}

const devices = new Map<string, TestDevice>();
const byId = new Map<string, TestDevice>();

export function testDevice(name: string): TestDevice {
  const known = devices.get(name) ?? byId.get(name);
  if (known) return known;
  const d = createHash('sha256').update(`test-device:${name}`).digest();
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const pub = ecdh.getPublicKey();
  const jwk = { kty: 'EC', crv: 'P-256', d: d.toString('base64url'), x: pub.subarray(1, 33).toString('base64url'), y: pub.subarray(33).toString('base64url') };
  const privateKey: KeyObject = createPrivateKey({ key: jwk, format: 'jwk' });
  const key = pub.toString('base64url');
  const device: TestDevice = {
    name,
    id: deviceIdForKey(key)!,
    key,
    sign: (text) => sign('sha256', Buffer.from(text, 'utf8'), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url'),
  };
  devices.set(name, device);
  byId.set(device.id, device);
  return device;
}

/** The proven id of a named test device (an id already proven stays as it is). */
export const deviceIdOf = (nameOrId: string): string => testDevice(nameOrId).id;

/** A relayed change as its author hands it on: signed by the author. */
export function signedBy(m: Mutation): Mutation {
  return { ...m, sig: testDevice(m.deviceId).sign(mutationSigningText(m)) };
}

/** The author entry a relayed change's author gives, bound to the credential it works under. */
export function authorEntry(deviceName: string, credential: string): Author {
  const device = testDevice(deviceName);
  const ref = credentialRef(credential);
  if (!ref) throw new Error('a credential of the older form cannot bind a device');
  const mac = createHmac('sha256', credentialHash(credential)).update(bindingText(device.id)).digest('base64url');
  return { key: device.key, credential: ref, mac };
}

export interface SyncBody {
  cursor?: string | null;
  mutations?: readonly Mutation[];
  authors?: Record<string, Author>;
  protocolVersion?: number;
}

/** The JSON text of a sync request from a named device, and its headers (signature and key). */
export function syncRequest(credential: string | undefined, deviceName: string, body: SyncBody = {}, headers: Record<string, string> = {}): { headers: Record<string, string>; body: string } {
  const device = testDevice(deviceName);
  const text = JSON.stringify({
    protocolVersion: body.protocolVersion ?? PROTOCOL_VERSION,
    deviceId: device.id,
    deviceKey: device.key,
    cursor: body.cursor ?? null,
    mutations: body.mutations ?? [],
    ...(body.authors ? { authors: body.authors } : {}),
  });
  return {
    headers: {
      'content-type': 'application/json',
      ...(credential ? { authorization: `Bearer ${credential}` } : {}),
      [DEVICE_SIGNATURE_HEADER]: device.sign(requestSigningText(text)),
      ...headers,
    },
    body: text,
  };
}

/** A RequestInit for POST /api/sync. */
export const syncInit = (credential: string | undefined, deviceName: string, body: SyncBody = {}, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  ...syncRequest(credential, deviceName, body, headers),
});
