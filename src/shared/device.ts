const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/** A random device id: 16 base-32 characters (80 bits), safe as a clock node id and in a file name. */
export function newDeviceId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => ALPHABET[b % 32]).join('');
}
