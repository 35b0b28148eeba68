import { sha256 } from './sha256.ts';
import { commitmentText, isCommittedScope, newHead, withTail } from './scope-id.ts';

// Scope ids that commit to their device (see scope-id.ts), hashed synchronously: the server decides
// a pushed batch without awaiting, and tests make ids in plain loops.

export { committedScopeIdAsync, isCommittedScope } from './scope-id.ts';

/** A new scope id made by `deviceId`. */
export function committedScopeId(deviceId: string, now: number = Date.now()): string {
  const head = newHead(now);
  return withTail(head, sha256(commitmentText(deviceId, head)));
}

/** Whether a marked scope id was made by `deviceId`. */
export function commitsTo(id: string, deviceId: string): boolean {
  const head = id.replaceAll('-', '').slice(0, 16);
  return isCommittedScope(id) && withTail(head, sha256(commitmentText(deviceId, head))) === id;
}
