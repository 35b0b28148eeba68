import { createPublicKey, createVerify, type KeyObject } from 'node:crypto';
import { fromBase64url } from '../../shared/identity/base64url.ts';
import { deviceIdForKey } from '../../shared/identity/device-proof.ts';

/**
 * The server's side of device-proof.ts: the same ECDSA P-256 signatures over SHA-256, checked with
 * Node's own crypto, synchronously. WebCrypto's verification goes through a job on another thread
 * and copies the text it is given: on a sync request's body it cost the server about half as much
 * again as the check itself. Devices keep WebCrypto (device-proof.ts); both accept the same keys
 * and the same signatures.
 */

/** A device's public key as the server checks with it: the device id it proves, and the key. */
export interface DeviceKey {
  id: string;
  key: KeyObject;
}

/** DER head of a P-256 SubjectPublicKeyInfo, before the 65 bytes of the uncompressed point. */
const P256_SPKI_HEAD = Buffer.from('3059301306072a8648ce3d020106082a8648ce3d030107034200', 'hex');

/** Imported keys, by their base64url text: importing costs a third of a verification. */
const KEYS = new Map<string, DeviceKey>();
const MAX_KEYS = 4096;

/** The id and key of an uncompressed P-256 public key in base64url, or undefined when it is not one (a point off the curve included). */
export function deviceKey(text: string): DeviceKey | undefined {
  const cached = KEYS.get(text);
  if (cached) return cached;
  const id = deviceIdForKey(text);
  if (id === undefined) return undefined;
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.concat([P256_SPKI_HEAD, fromBase64url(text)!]), format: 'der', type: 'spki' });
  } catch {
    return undefined;
  }
  // Oldest first out: a flood of new keys costs the flooder its own verifications, not others' cache.
  if (KEYS.size >= MAX_KEYS) KEYS.delete(KEYS.keys().next().value!);
  const known = { id, key };
  KEYS.set(text, known);
  return known;
}

/** Whether `signature` (64 bytes, r then s, in base64url) is the key's signature of the UTF-8 of `text`. */
export function signatureVerifies(key: KeyObject, signature: string, text: string): boolean {
  const sig = fromBase64url(signature);
  if (!sig || sig.length !== 64) return false;
  try {
    return createVerify('sha256').update(text, 'utf8').verify({ key, dsaEncoding: 'ieee-p1363' }, sig);
  } catch {
    return false;
  }
}
