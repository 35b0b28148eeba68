import { KEY_ID_LENGTH, parseJoinCredential } from './join-credential.ts';
import { sha256Hex } from './sha256.ts';

export { ACCESS_KEY_LENGTH, ACCESS_KEY_PREFIX, CREDENTIAL_PATTERN, JOIN_PREFIX, KEY_ID_PATTERN, joinCredential, parseJoinCredential } from './join-credential.ts';

/**
 * The SHA-256 the server keeps of a credential: of the whole key, or of a join link's token alone
 * (the workshop record carries it as `joinTokenHash`).
 */
export function credentialHash(credential: string): string {
  const join = parseJoinCredential(credential);
  return sha256Hex(join ? join.token : credential);
}

/** A key's public id (in lists and bindings): not the secret, and not a part of its stored hash. */
export const keyIdOf = (hash: string): string => sha256Hex(`key-id:${hash}`).slice(0, KEY_ID_LENGTH);

export type CredentialRef = { kind: 'key'; keyId: string } | { kind: 'join'; workshopId: string };

/** How a binding names its credential without revealing it; undefined for a join link of the older form. */
export function credentialRef(credential: string): CredentialRef | undefined {
  const join = parseJoinCredential(credential);
  if (join) return join.workshopId ? { kind: 'join', workshopId: join.workshopId } : undefined;
  return { kind: 'key', keyId: keyIdOf(credentialHash(credential)) };
}
