import { sha256Hex } from './sha256.ts';

/**
 * Credentials a device syncs with: an access key (`wcf_…` facilitator, `wcc_…` coordinator) issued
 * by the server's administrator, or a workshop's join link for participants. A join credential
 * names its workshop, so the server checks that the token opens that workshop and no other.
 */
export const JOIN_PREFIX = 'wcj_';

export function joinCredential(workshopId: string, token: string): string {
  return `${JOIN_PREFIX}${workshopId.replaceAll('-', '')}_${token}`;
}

/** The workshop and token of a join credential; `workshopId` is absent in the older form `wcj_<token>`. */
export function parseJoinCredential(credential: string): { workshopId?: string; token: string } | undefined {
  if (!credential.startsWith(JOIN_PREFIX)) return undefined;
  const m = /^wcj_([0-9a-f]{32})_([a-z2-7]{26,64})$/.exec(credential);
  if (m) {
    const h = m[1]!;
    return { workshopId: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`, token: m[2]! };
  }
  const legacy = /^wcj_([A-Za-z0-9]{10,96})$/.exec(credential);
  return legacy ? { token: legacy[1]! } : undefined;
}

/**
 * The SHA-256 the server keeps of a credential: of the whole key, or of a join link's token alone
 * (the workshop record carries it as `joinTokenHash`).
 */
export function credentialHash(credential: string): string {
  const join = parseJoinCredential(credential);
  return sha256Hex(join ? join.token : credential);
}

/** A key's public id (in lists and bindings): not the secret, and not a part of its stored hash. */
export const keyIdOf = (hash: string): string => sha256Hex(`key-id:${hash}`).slice(0, 12);

export type CredentialRef = { kind: 'key'; keyId: string } | { kind: 'join'; workshopId: string };

/** How a binding names its credential without revealing it; undefined for a join link of the older form. */
export function credentialRef(credential: string): CredentialRef | undefined {
  const join = parseJoinCredential(credential);
  if (join) return join.workshopId ? { kind: 'join', workshopId: join.workshopId } : undefined;
  return { kind: 'key', keyId: keyIdOf(credentialHash(credential)) };
}
