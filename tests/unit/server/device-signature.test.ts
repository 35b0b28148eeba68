import { describe, expect, it } from 'vitest';
import { deviceKey, signatureVerifies } from '../../../src/server/auth/device-signature.ts';
import { fromBase64url, toBase64url } from '../../../src/shared/identity/base64url.ts';
import { DEVICE_KEY_ALGORITHM, deviceIdForKey, importPublicKey, signText, verifyText } from '../../../src/shared/identity/device-proof.ts';

/**
 * The server checks signatures with Node's crypto, devices make them with WebCrypto: both must
 * accept exactly the same keys and signatures, valid, tampered or malformed.
 */
const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

const pair = await crypto.subtle.generateKey(DEVICE_KEY_ALGORITHM, false, ['sign', 'verify']);
const publicKey = toBase64url(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
const other = await crypto.subtle.generateKey(DEVICE_KEY_ALGORITHM, false, ['sign', 'verify']);

const text = `wc-sync-2\n${JSON.stringify({ note: 'Café — ثقة', emoji: '🙂' })}`;
const signature = await signText(pair.privateKey, text);

const bytesOf = (b64: string) => fromBase64url(b64)!;
const hexOf = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const bigOf = (bytes: Uint8Array) => BigInt(`0x${hexOf(bytes)}`);
const bytes32 = (n: bigint) => Uint8Array.from(n.toString(16).padStart(64, '0').match(/../g)!, (h) => parseInt(h, 16));
const withByte = (b64: string, at: number, xor: number) => {
  const bytes = bytesOf(b64);
  bytes[at]! ^= xor;
  return toBase64url(bytes);
};

/** What WebCrypto says of a key and a signature over a text. */
async function webSays(key: string, sig: string, signed: string): Promise<boolean> {
  const imported = await importPublicKey(key);
  return imported !== undefined && deviceIdForKey(key) !== undefined && verifyText(imported, sig, signed);
}

/** What the server says of them. */
function serverSays(key: string, sig: string, signed: string): boolean {
  const known = deviceKey(key);
  return known !== undefined && signatureVerifies(known.key, sig, signed);
}

describe("the server's signature check agrees with WebCrypto's", () => {
  const sHigh = toBase64url(new Uint8Array([...bytesOf(signature).subarray(0, 32), ...bytes32(P256_ORDER - bigOf(bytesOf(signature).subarray(32)))]));
  const cases: [string, string, string, string][] = [
    ['a valid signature', publicKey, signature, text],
    ['the same signature with s replaced by n − s', publicKey, sHigh, text],
    ['a tampered text', publicKey, signature, `${text} `],
    ['a text that differs only in an unpaired surrogate', publicKey, signature, text.replace('🙂', '\ud83d')],
    ['a tampered signature', publicKey, withByte(signature, 10, 1), text],
    ['a signature one byte short', publicKey, toBase64url(bytesOf(signature).subarray(0, 63)), text],
    ['a signature with a character outside base64url', publicKey, `${signature.slice(0, -1)}=`, text],
    ['an empty signature', publicKey, '', text],
    ['a signature of zeros', publicKey, toBase64url(new Uint8Array(64)), text],
    ['a signature whose r is the group order', publicKey, toBase64url(new Uint8Array([...bytes32(P256_ORDER), ...bytesOf(signature).subarray(32)])), text],
    ['the signature in DER', publicKey, toBase64url(new Uint8Array(70)), text],
    ['another key', 'OTHER', signature, text],
    ['a key off the curve', withByte(publicKey, 64, 1), signature, text],
    ['a key of zeros', toBase64url(new Uint8Array([4, ...new Uint8Array(64)])), signature, text],
    ['a compressed key', toBase64url(new Uint8Array([2, ...bytesOf(publicKey).subarray(1, 33)])), signature, text],
    ['a key without its prefix byte', toBase64url(bytesOf(publicKey).subarray(1)), signature, text],
    ['a key with a character outside base64url', `${publicKey.slice(0, -1)}+`, signature, text],
  ];

  it.each(cases)('%s', async (_, key, sig, signed) => {
    const k = key === 'OTHER' ? toBase64url(new Uint8Array(await crypto.subtle.exportKey('raw', other.publicKey))) : key;
    expect(serverSays(k, sig, signed)).toBe(await webSays(k, sig, signed));
  });

  it('accepts what a device signs and refuses the rest (the cases are not all refused)', async () => {
    expect(serverSays(publicKey, signature, text)).toBe(true);
    expect(await webSays(publicKey, sHigh, text)).toBe(serverSays(publicKey, sHigh, text));
    expect(serverSays(publicKey, signature, `${text} `)).toBe(false);
  });

  it("gives a key's device id as devices compute it, and the same key object each time", () => {
    expect(deviceKey(publicKey)?.id).toBe(deviceIdForKey(publicKey));
    expect(deviceKey(publicKey)).toBe(deviceKey(publicKey));
  });

  it('refuses a point off the curve as a key, as WebCrypto does', async () => {
    const offCurve = withByte(publicKey, 64, 1);
    expect(deviceKey(offCurve)).toBeUndefined();
    expect(await importPublicKey(offCurve)).toBeUndefined();
  });
});
