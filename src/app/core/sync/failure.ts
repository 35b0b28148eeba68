import type { SyncErrorCode } from './status.ts';

/** Failures that no other credential of the device would escape: the others are not tried after one. */
export const DEVICE_WIDE: ReadonlySet<SyncErrorCode> = new Set(['offline', 'protocol_outdated', 'device_unproven', 'insecure_origin', 'rate_limited', 'server_busy', 'request_timeout']);

/**
 * A failure; `retryAfterMs` when the server said when to come back (busy, or this device too fast).
 * `overdue`: an answer that never came, from a dead link or a server whose queue is long: the
 * device backs off, rather than syncing again as soon as the server's health answers.
 */
export class SyncFailure extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly retryAfterMs?: number,
    readonly overdue = false,
  ) {
    super(code);
  }
}
