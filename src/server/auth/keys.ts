import { createHash } from 'node:crypto';
import { randomBase32 } from '../../shared/identity/base32.ts';
import type { Role } from '../store/types.ts';

const PREFIX: Record<Role, string> = { facilitator: 'wcf', coordinator: 'wcc' };

/** A new access key: a role prefix and 160 random bits in base 32. Shown once; only its hash is stored. */
export function newKey(role: Role): string {
  return `${PREFIX[role]}_${randomBase32(32)}`;
}

/** Keys are stored as SHA-256: they are long random secrets, so a slow password hash adds nothing. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The key from an `Authorization: Bearer …` header, if well formed. */
export function bearer(header: string | undefined): string | undefined {
  const m = /^Bearer ([A-Za-z0-9_]{10,100})$/.exec(header ?? '');
  return m?.[1];
}
