import { base32, BASE32_CHAR } from './base32.ts';
import { webSha256 } from './bytes.ts';
import { fromBase64url, toBase64url } from './base64url.ts';
import { canonicalJson } from './canonical-json.ts';
import { sha256, utf8 } from './sha256.ts';

/**
 * How a device proves who it is. Each device makes an ECDSA P-256 key pair once; the private key
 * never leaves it (stored as a non-extractable CryptoKey). Its id is a hash of its public key, so
 * an id cannot be borrowed: sending an id proves nothing, signing with its key does. Ids are not
 * secrets (they end every clock stamp the device writes); keys are.
 */
export const DEVICE_KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNATURE_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** A proven device id: 32 base-32 characters (160 bits of the public key's SHA-256). */
const DEVICE_ID_LENGTH = 32;
export const DEVICE_ID_PATTERN = new RegExp(`^${BASE32_CHAR}{${DEVICE_ID_LENGTH}}$`);
/** An uncompressed P-256 public key (65 bytes) in base64url. */
export const PUBLIC_KEY_PATTERN = /^[A-Za-z0-9_-]{87}$/;
/** A P-256 signature (64 bytes, r then s) in base64url. */
export const SIGNATURE_PATTERN = /^[A-Za-z0-9_-]{86}$/;
/** An HMAC-SHA-256 tag (32 bytes) in base64url. */
export const MAC_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Header of /api/sync that carries the sending device's signature of the request body. */
export const DEVICE_SIGNATURE_HEADER = 'device-signature';

export function deviceIdForKey(publicKey: string): string | undefined {
  const raw = fromBase64url(publicKey);
  return raw && raw.length === 65 && raw[0] === 4 ? base32(sha256(raw)).slice(0, DEVICE_ID_LENGTH) : undefined;
}

/** The same, hashed with WebCrypto (devices: keeps the synchronous hash off the first screen). */
export async function deviceIdForKeyAsync(publicKey: string): Promise<string | undefined> {
  const raw = fromBase64url(publicKey);
  if (!raw || raw.length !== 65 || raw[0] !== 4) return undefined;
  return base32(await webSha256(raw)).slice(0, DEVICE_ID_LENGTH);
}

/** What a device signs for a sync request: the exact JSON text of the body (before compression). */
export const requestSigningText = (body: string): string => `wc-sync-2\n${body}`;

/**
 * What an author signs for one change, so any device can relay it and none can alter it. All of it
 * but `seq`, which is the position in the outbox of whichever device holds it at the time.
 */
export function mutationSigningText(m: Readonly<Record<string, unknown>>): string {
  const { sig: _sig, seq: _seq, ...signed } = m;
  return `wc-mutation-1\n${canonicalJson(signed)}`;
}

/**
 * What binds a device to the credential it works under (an access key, or a workshop's join
 * link): an HMAC keyed by the credential's SHA-256, which the server stores and a device holding
 * the credential can compute, over the device id. A relayed change is judged by the rights of the
 * credential its author proves this way, whoever delivers it.
 */
export const bindingText = (deviceId: string): string => `wc-device-binding-1\n${deviceId}`;

const subtle = () => globalThis.crypto.subtle;

export async function signText(privateKey: CryptoKey, text: string): Promise<string> {
  return toBase64url(new Uint8Array(await subtle().sign(SIGNATURE_ALGORITHM, privateKey, utf8(text))));
}

export async function importPublicKey(publicKey: string): Promise<CryptoKey | undefined> {
  const raw = fromBase64url(publicKey);
  if (!raw || raw.length !== 65) return undefined;
  return subtle()
    .importKey('raw', raw, DEVICE_KEY_ALGORITHM, false, ['verify'])
    .catch(() => undefined);
}

export async function verifyText(publicKey: CryptoKey, signature: string, text: string): Promise<boolean> {
  const sig = fromBase64url(signature);
  if (!sig || sig.length !== 64) return false;
  return subtle()
    .verify(SIGNATURE_ALGORITHM, publicKey, sig, utf8(text))
    .catch(() => false);
}

/** HMAC-SHA-256 of `text` keyed by the UTF-8 of `secretHash` (a credential's hex SHA-256), in base64url. */
export async function macText(secretHash: string, text: string): Promise<string> {
  const key = await subtle().importKey('raw', utf8(secretHash), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toBase64url(new Uint8Array(await subtle().sign('HMAC', key, utf8(text))));
}
