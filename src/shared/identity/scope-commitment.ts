import { uuidv7 } from '../ids.ts';
import { hex, sha256, utf8 } from './sha256.ts';

/**
 * Ids of scopes a facilitator's key claims (a workshop, a device's owner scope) commit to the
 * device that made them: the version-7 UUID's 62 last random bits are a hash of that device's id
 * and the id's first half, marked by `7c5` in its third group. Seeing a workshop's id on a QR code
 * or a link therefore gives no way to claim it: the server lets a key claim a marked scope only
 * through a change signed by the device it commits to. Unmarked ids (made before this) are claimed
 * by the first key that writes them, as before.
 */
const MARK = /^[0-9a-f]{8}-[0-9a-f]{4}-7c5[0-9a-f]-/;

function tail(deviceId: string, head: string): Uint8Array {
  return sha256(utf8(`wc-scope-1\n${deviceId}\n${head}`)).subarray(0, 8);
}

function withTail(head: string, t: Uint8Array): string {
  const bytes = Uint8Array.from(t);
  bytes[0] = 0x80 | (bytes[0]! & 0x3f);
  const h = hex(bytes);
  return `${head.slice(0, 8)}-${head.slice(8, 12)}-${head.slice(12, 16)}-${h.slice(0, 4)}-${h.slice(4)}`;
}

/** A new scope id made by `deviceId`. */
export function committedScopeId(deviceId: string, now: number = Date.now()): string {
  const random = uuidv7(now).replaceAll('-', '');
  const head = `${random.slice(0, 12)}7c5${random[15]}`;
  return withTail(head, tail(deviceId, head));
}

export const isCommittedScope = (id: string): boolean => MARK.test(id);

/** Whether a marked scope id was made by `deviceId`. */
export function commitsTo(id: string, deviceId: string): boolean {
  const head = id.replaceAll('-', '').slice(0, 16);
  return isCommittedScope(id) && withTail(head, tail(deviceId, head)) === id;
}
