/** How long a request body may take to arrive, and how many may arrive at once. */
export interface UploadLimits {
  /** Nothing is required of a body during its first `graceMs` (a slow link's first round trips). */
  graceMs: number;
  /** After the grace period, the body must have come at this average rate since it started, or it is cut off. */
  minBytesPerSecond: number;
  /** No body takes longer than this, however it trickles. */
  maxMs: number;
  /** Bodies being read at once, all credentials together; past it a request gets 503 server_busy. */
  maxUploads: number;
  /** Bodies being read at once for one credential; past it the request gets 429 rate_limited. */
  uploadsPerCredential: number;
}

/**
 * A push from the app is gzipped: 500 mutations are some 30–60 KB, under half a minute on a 2G
 * uplink of 2–3 KB/s, which an average of 512 B/s after 10 s leaves room for, and a body never
 * needs two minutes. A slow body holds an upload place, never a processing slot: 64 places (at most
 * 2 MiB each, kept until the body is whole) bound memory; 32 for one credential lets a room of 30
 * phones sharing a join link push at the same moment, and leaves the other half to everyone else.
 */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { graceMs: 10_000, minBytesPerSecond: 512, maxMs: 120_000, maxUploads: 64, uploadsPerCredential: 32 };

/**
 * The moment a body that started at `startedAt` and has brought `bytes` becomes too slow, should
 * nothing more arrive: the end of the grace period, or when its average rate falls below the
 * minimum, whichever is later, and never past the absolute cap.
 */
export function uploadDeadline(startedAt: number, bytes: number, limits: Pick<UploadLimits, 'graceMs' | 'minBytesPerSecond' | 'maxMs'>): number {
  return startedAt + Math.min(limits.maxMs, Math.max(limits.graceMs, (bytes / limits.minBytesPerSecond) * 1000));
}

/**
 * Places for bodies being read, in all and per credential. `enter` answers at once: a place (a
 * release function to call once the body is in) or why there is none.
 */
export function createUploadSlots(limits: Pick<UploadLimits, 'maxUploads' | 'uploadsPerCredential'>) {
  let total = 0;
  const byCredential = new Map<string, number>();
  return {
    enter(credential: string): (() => void) | 'server_full' | 'credential_full' {
      const mine = byCredential.get(credential) ?? 0;
      if (mine >= limits.uploadsPerCredential) return 'credential_full';
      if (total >= limits.maxUploads) return 'server_full';
      total++;
      byCredential.set(credential, mine + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        total--;
        const left = (byCredential.get(credential) ?? 1) - 1;
        if (left > 0) byCredential.set(credential, left);
        else byCredential.delete(credential);
      };
    },
    get total(): number {
      return total;
    },
  };
}
export type UploadSlots = ReturnType<typeof createUploadSlots>;
