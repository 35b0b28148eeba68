import { randomBase32 } from './identity/base32.ts';

/**
 * A random device id: 16 base-32 characters (80 bits), safe as a clock node id and in a file name.
 * Used only where a device has no key to hash (no WebCrypto on a plain-http address).
 */
export const newDeviceId = (): string => randomBase32(16);

/**
 * A phone's short code, as the phone shows it and the facilitator's list of delegations names it:
 * the first four characters of its device id, enough to tell the phones of one room apart.
 */
export const phoneCode = (deviceId: string): string => deviceId.slice(0, 4).toUpperCase();
