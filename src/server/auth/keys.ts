import { createHash } from 'node:crypto';
import { randomBase32 } from '../../shared/identity/base32.ts';
import { ACCESS_KEY_LENGTH, ACCESS_KEY_PREFIX, CREDENTIAL_SOURCE } from '../../shared/identity/join-credential.ts';
import type { Role } from '../store/types.ts';

/** A new access key: a role prefix and 160 random bits in base 32. Shown once; only its hash is stored. */
export function newKey(role: Role): string {
  return `${ACCESS_KEY_PREFIX[role]}${randomBase32(ACCESS_KEY_LENGTH)}`;
}

/** Keys are stored as SHA-256: they are long random secrets, so a slow password hash adds nothing. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

const BEARER = new RegExp(`^Bearer (${CREDENTIAL_SOURCE})$`);

/** The key from an `Authorization: Bearer …` header, if well formed. */
export function bearer(header: string | undefined): string | undefined {
  const m = BEARER.exec(header ?? '');
  return m?.[1];
}
