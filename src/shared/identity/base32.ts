/** Lower-case RFC 4648 base-32 letters: safe in URLs, file names, clock stamps and bearer keys. */
const BASE32_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
/** One of those letters, as a regular expression's character class. */
export const BASE32_CHAR = `[${BASE32_ALPHABET}]`;

/** Bytes in base 32 without padding (5 bits a character, most significant first). */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** `length` random base-32 characters, each 5 uniform bits (256 is a multiple of 32). */
export function randomBase32(length: number): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(length)), (b) => BASE32_ALPHABET[b % 32]).join('');
}
