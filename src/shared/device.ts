import { randomBase32 } from './identity/base32.ts';

/**
 * A random device id: 16 base-32 characters (80 bits), safe as a clock node id and in a file name.
 * Used only where a device has no key to hash (no WebCrypto on a plain-http address).
 */
export const newDeviceId = (): string => randomBase32(16);
