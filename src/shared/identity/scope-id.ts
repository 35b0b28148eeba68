import { uuidFromHex, uuidv7 } from '../ids.ts';
import { hex, utf8, webSha256 } from './bytes.ts';

/**
 * Ids of scopes a facilitator's key claims (a workshop, a device's owner scope) commit to the
 * device that made them: the version-7 UUID's 62 last random bits are the SHA-256 of that device's
 * id and the id's first half, marked by `7c5` in its third group. Seeing a workshop's id on a QR
 * code or a link therefore gives no way to claim it: the server lets a key claim a marked scope
 * only through a change signed by the device it commits to (scope-commitment.ts). Unmarked ids
 * (made before this) are claimed by the first key that writes them, as before.
 */
const MARK = /^[0-9a-f]{8}-[0-9a-f]{4}-7c5[0-9a-f]-/;

/** What is hashed: the device and the id's first half. */
export const commitmentText = (deviceId: string, head: string): Uint8Array<ArrayBuffer> => utf8(`wc-scope-1\n${deviceId}\n${head}`);

let lastHeadMs = 0;

/**
 * A new id's first half (16 hex digits): time, version, mark and 4 random bits. The rest is a
 * digest of the device and this half, so two ids a device makes in one millisecond would share it
 * one time in 16: the time is kept rising instead (two workshops made in one tap, a follow-up made
 * with its round), as monotonic UUIDv7 generators do.
 */
export function newHead(now: number): string {
  const ms = Math.max(Math.floor(now), lastHeadMs + 1);
  lastHeadMs = ms;
  const random = uuidv7(ms).replaceAll('-', '');
  return `${random.slice(0, 12)}7c5${random[15]}`;
}

/** The id of a first half and the digest that completes it. */
export function withTail(head: string, digest: Uint8Array): string {
  const bytes = Uint8Array.from(digest.subarray(0, 8));
  bytes[0] = 0x80 | (bytes[0]! & 0x3f);
  return uuidFromHex(head + hex(bytes));
}

export const isCommittedScope = (id: string): boolean => MARK.test(id);

/** A new scope id made by `deviceId`, hashed with WebCrypto (on a device). */
export async function committedScopeIdAsync(deviceId: string, now: number = Date.now()): Promise<string> {
  const head = newHead(now);
  return withTail(head, await webSha256(commitmentText(deviceId, head)));
}
