import type { BodyReader } from './body-reader.ts';
import { uploadDeadline, type UploadLimits } from './upload-limits.ts';

/**
 * Most bytes of a refused body read and thrown away. Beyond it the connection is closed and a
 * client still sending sees a reset instead of the answer, as with any server.
 */
const DISCARD_MAX_BYTES = 32 * 1024 * 1024;
/** Refused bodies discarded at once; a refusal past it is answered at once and its connection closed. */
const MAX_DISCARDS = 128;

/**
 * Discarding the rest of a refused body before answering, as Apache's lingering close does.
 * A browser sends the whole body before it reads the answer; if the server closed the connection
 * with bytes still coming, the client's TCP stack would answer them with a reset that also throws
 * away the answer it had received: the app would see "offline", not "this key was revoked". So the
 * rest is read and dropped, never buffered, bounded by `DISCARD_MAX_BYTES` and the same deadline as
 * a body that is read; a discard that is cut short answers with `Connection: close`.
 */
export function createDiscarder(timing: Pick<UploadLimits, 'graceMs' | 'minBytesPerSecond' | 'maxMs'>, maxBytes = DISCARD_MAX_BYTES, maxAtOnce = MAX_DISCARDS) {
  let active = 0;
  return {
    /** True when the body was read to its end and the connection may carry on; false when it must close. */
    async discard(body: BodyReader): Promise<boolean> {
      if (active >= maxAtOnce) return false;
      active++;
      try {
        const startedAt = performance.now();
        let bytes = 0;
        for (;;) {
          const chunk = await body.next(uploadDeadline(startedAt, bytes, timing));
          if (chunk === 'end') return true;
          if (typeof chunk === 'string') return false;
          bytes += chunk.byteLength;
          if (bytes > maxBytes) return false;
        }
      } finally {
        active--;
      }
    },
    get active(): number {
      return active;
    },
  };
}
export type Discarder = ReturnType<typeof createDiscarder>;
