import { BASE32_CHAR } from './base32.ts';

/**
 * Credentials a device syncs with: an access key (`wcf_…` facilitator, `wcc_…` coordinator) issued
 * by the server's administrator, or a workshop's join link for participants. A join credential
 * names its workshop, so the server checks that the token opens that workshop and no other.
 */
export const JOIN_PREFIX = 'wcj_';

/** An access key: its role's prefix, then this many random base-32 characters (160 bits). */
export const ACCESS_KEY_PREFIX = { facilitator: 'wcf_', coordinator: 'wcc_' } as const;
export const ACCESS_KEY_LENGTH = 32;
/** Any credential as it travels (a bearer header, a key link, the settings field), unanchored. */
export const CREDENTIAL_SOURCE = '[A-Za-z0-9_]{10,100}';
export const CREDENTIAL_PATTERN = new RegExp(`^${CREDENTIAL_SOURCE}$`);
/** A key's public id: the first 12 hex digits of a digest of its stored hash. */
export const KEY_ID_LENGTH = 12;
export const KEY_ID_PATTERN = new RegExp(`^[0-9a-f]{${KEY_ID_LENGTH}}$`);

/** A join token: made this many base-32 characters long (160 bits); any length in `JOIN_TOKEN_SOURCE` is read. */
export const JOIN_TOKEN_LENGTH = 32;
export const JOIN_TOKEN_SOURCE = `${BASE32_CHAR}{26,64}`;
const JOIN_CREDENTIAL = new RegExp(`^${JOIN_PREFIX}([0-9a-f]{32})_(${JOIN_TOKEN_SOURCE})$`);
const LEGACY_JOIN_CREDENTIAL = new RegExp(`^${JOIN_PREFIX}([A-Za-z0-9]{10,96})$`);

export function joinCredential(workshopId: string, token: string): string {
  return `${JOIN_PREFIX}${workshopId.replaceAll('-', '')}_${token}`;
}

/** The workshop and token of a join credential; `workshopId` is absent in the older form `wcj_<token>`. */
export function parseJoinCredential(credential: string): { workshopId?: string; token: string } | undefined {
  if (!credential.startsWith(JOIN_PREFIX)) return undefined;
  const m = JOIN_CREDENTIAL.exec(credential);
  // The dashes put back as ids.ts does (`uuidFromHex`), not imported: this module is on the first screen, apart from ids.ts.
  const h = m?.[1];
  if (h) return { workshopId: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`, token: m[2]! };
  const legacy = LEGACY_JOIN_CREDENTIAL.exec(credential);
  return legacy ? { token: legacy[1]! } : undefined;
}
