/**
 * UUIDv7 (RFC 9562): 48-bit Unix milliseconds, version and variant bits, 74 random bits.
 * Made on the device, so records created offline never collide and sort by creation time.
 * Uses getRandomValues, which (unlike randomUUID) also exists on plain-http LAN origins.
 */
export function uuidv7(now: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let ms = Math.max(0, Math.floor(now));
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | (bytes[6]! & 0x0f);
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  // `7c5` after the version marks ids that commit to their device (identity/scope-id.ts): a plain
  // random id never carries the mark, so it is never judged as a commitment it is not.
  if (bytes[6] === 0x7c && bytes[7]! >> 4 === 0x5) bytes[7]! ^= 0x80;
  return uuidFromHex(Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''));
}

/** A UUID's 32 hex digits with its dashes put back (8-4-4-4-12). */
export const uuidFromHex = (h: string): string => `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;

/** A version-7 UUID, unanchored, to build other patterns with. */
export const UUID_V7_SOURCE = '[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
export const UUID_V7 = new RegExp(`^${UUID_V7_SOURCE}$`);
