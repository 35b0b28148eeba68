import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base32 } from '../../../src/shared/identity/base32.ts';
import { fromBase64url, toBase64url } from '../../../src/shared/identity/base64url.ts';
import { canonicalJson } from '../../../src/shared/identity/canonical-json.ts';
import { credentialHash, credentialRef, joinCredential, keyIdOf, parseJoinCredential } from '../../../src/shared/identity/credential.ts';
import { DEVICE_ID_PATTERN, DEVICE_KEY_ALGORITHM, deviceIdForKey, importPublicKey, macText, mutationSigningText, signText, verifyText } from '../../../src/shared/identity/device-proof.ts';
import { commitsTo, committedScopeId, isCommittedScope } from '../../../src/shared/identity/scope-commitment.ts';
import { sha256Hex } from '../../../src/shared/identity/sha256.ts';
import { UUID_V7, uuidv7 } from '../../../src/shared/ids.ts';

describe('sha256', () => {
  it('matches node:crypto on lengths around the block boundaries and on non-ASCII text', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(119), 'Ça marche — نعم ✓'.repeat(9)]) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});

describe('encodings', () => {
  it('base64url round-trips every length and refuses foreign characters', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      expect(toBase64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64url(toBase64url(bytes))).toEqual(bytes);
    }
    expect(fromBase64url('ab+c')).toBeUndefined();
  });

  it('base32 gives 8 characters per 5 bytes', () => {
    expect(base32(new Uint8Array([0, 0, 0, 0, 0]))).toBe('aaaaaaaa');
    expect(base32(new Uint8Array([255, 255, 255, 255, 255]))).toBe('77777777');
  });

  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'é' } })).toBe(canonicalJson(JSON.parse('{"a":{"c":"é","d":[1,{"x":1,"y":2}]},"b":1}')));
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });
});

describe('device proofs', () => {
  it('a device id is the hash of its public key; a signature verifies only for its text and key', async () => {
    const pair = await crypto.subtle.generateKey(DEVICE_KEY_ALGORITHM, false, ['sign', 'verify']);
    const other = await crypto.subtle.generateKey(DEVICE_KEY_ALGORITHM, false, ['sign', 'verify']);
    const pub = toBase64url(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
    const id = deviceIdForKey(pub)!;
    expect(id).toMatch(DEVICE_ID_PATTERN);
    const m = { mutationId: uuidv7(), deviceId: id, patch: { b: 2, a: 1 } };
    const sig = await signText(pair.privateKey, mutationSigningText(m));
    const key = (await importPublicKey(pub))!;
    // Relayed through JSON with other key order, and carrying its signature: still verifies.
    const relayed = JSON.parse(JSON.stringify({ sig, patch: { a: 1, b: 2 }, deviceId: id, mutationId: m.mutationId })) as Record<string, unknown>;
    expect(await verifyText(key, sig, mutationSigningText(relayed))).toBe(true);
    expect(await verifyText(key, sig, mutationSigningText({ ...relayed, patch: { a: 1, b: 3 } }))).toBe(false);
    const otherPub = toBase64url(new Uint8Array(await crypto.subtle.exportKey('raw', other.publicKey)));
    expect(await verifyText((await importPublicKey(otherPub))!, sig, mutationSigningText(relayed))).toBe(false);
    expect(deviceIdForKey('A'.repeat(87))).toBeUndefined();
  });

  it('a binding MAC depends on the credential and the device', async () => {
    const a = await macText(credentialHash('wcf_secretkeysecretkey'), 'wc-device-binding-1\ndevice');
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await macText(credentialHash('wcf_secretkeysecretkeX'), 'wc-device-binding-1\ndevice')).not.toBe(a);
  });
});

describe('credentials', () => {
  it('a join credential names its workshop; its hash is the token hash the workshop carries', () => {
    const w = uuidv7();
    const token = 'abcdefghijklmnopqrstuvwxyz234567';
    const cred = joinCredential(w, token);
    expect(cred).toMatch(/^[A-Za-z0-9_]{10,100}$/);
    expect(parseJoinCredential(cred)).toEqual({ workshopId: w, token });
    expect(parseJoinCredential(`wcj_${token}`)).toEqual({ token });
    expect(credentialHash(cred)).toBe(sha256Hex(token));
    expect(credentialRef(cred)).toEqual({ kind: 'join', workshopId: w });
    const key = 'wcf_abcdefghijklmnopqrstuvwxyz234567abcdefg';
    expect(credentialRef(key)).toEqual({ kind: 'key', keyId: keyIdOf(sha256Hex(key)) });
    expect(keyIdOf(sha256Hex(key))).not.toBe(sha256Hex(key).slice(0, 12));
  });
});

describe('scope ids that commit to their device', () => {
  it('are version-7 UUIDs that only their device can claim', () => {
    const id = committedScopeId('aaaabbbbccccddddeeeeffffgggghhhh');
    expect(id).toMatch(UUID_V7);
    expect(isCommittedScope(id)).toBe(true);
    expect(commitsTo(id, 'aaaabbbbccccddddeeeeffffgggghhhh')).toBe(true);
    expect(commitsTo(id, 'aaaabbbbccccddddeeeeffffgggghhhi')).toBe(false);
    // One device making many at once (the same millisecond) never makes one twice.
    expect(new Set(Array.from({ length: 500 }, () => committedScopeId('d', 1000))).size).toBe(500);
  });

  it('a plain random id never carries the mark (one in 256 would, by chance, without the guard)', () => {
    const ids = Array.from({ length: 20_000 }, () => uuidv7());
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    expect(ids.filter(isCommittedScope)).toEqual([]);
  });
});
