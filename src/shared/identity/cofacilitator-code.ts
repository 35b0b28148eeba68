import { BASE32_CHAR, base32, randomBase32 } from './base32.ts';
import { sha256, sha256Hex, utf8 } from './sha256.ts';

/**
 * A co-facilitator code: the one-time secret a workshop's owner hands a colleague (as text or a QR
 * code) so the colleague's own key may facilitate the workshop. 16 random base-32 characters (80
 * bits: the server slows guessing and a code works once, for days) and 2 check characters, so a
 * mistyped code is caught on the device at once instead of waiting for an owner who never made it.
 * The owner's device keeps only its hash on the workshop record; the server learns that hash
 * when the owner syncs, and the secret when the colleague redeems it.
 */
const SECRET_LENGTH = 16;
const CHECK_LENGTH = 2;
/** How long a code may be redeemed after its owner made it. */
const COFACILITATOR_CODE_DAYS = 7;
export const COFACILITATOR_CODE_MS = COFACILITATOR_CODE_DAYS * 24 * 60 * 60 * 1000;
/** A code as it travels once normalised: lower-case, no separators. */
const COFACILITATOR_CODE_PATTERN = new RegExp(`^${BASE32_CHAR}{${SECRET_LENGTH + CHECK_LENGTH}}$`);

const checkOf = (secret: string): string => base32(sha256(utf8(`cofacilitator-check:${secret}`))).slice(0, CHECK_LENGTH);

/** A new code, normalised. */
export function newCofacilitatorCode(): string {
  const secret = randomBase32(SECRET_LENGTH);
  return secret + checkOf(secret);
}

/** The code as typed or scanned (any case, spaces and dashes), normalised; undefined when it is not one (a typo). */
export function parseCofacilitatorCode(typed: string): string | undefined {
  const code = typed.toLowerCase().replace(/[\s-]/g, '');
  if (!COFACILITATOR_CODE_PATTERN.test(code)) return undefined;
  return checkOf(code.slice(0, SECRET_LENGTH)) === code.slice(SECRET_LENGTH) ? code : undefined;
}

/** The code in groups of four, upper case, for reading aloud and typing. */
export const displayCofacilitatorCode = (code: string): string => (code.toUpperCase().match(/.{1,4}/g) ?? []).join('-');

/** What the owner's device records and the server keeps: a hash, never the code. */
export const cofacilitatorCodeHash = (code: string): string => sha256Hex(`cofacilitator:${code}`);
