import type { Budget } from './rate-limit.ts';

/** What one key may send and keep of photos' files. */
export interface PhotoBudgets {
  /** Bytes of photos one key may hold, all its workshops together (a file held by two workshops counts twice). */
  quotaBytes: number;
  /** Bytes of photos one key may send, as a budget refilled by the hour. */
  keyBytes: Budget;
  /** No photo's body takes longer than this to arrive, however slowly it comes. */
  maxMs: number;
}

const MiB = 1024 * 1024;

/**
 * A workshop's photos are some 100 files of 150–400 KB and their thumbnails (about 40 MB): a
 * gibibyte per key holds some twenty-five workshops. A tablet back from a week offline sends a few
 * workshops' photos at once, within the burst of 256 MiB. A 2 MiB photo on a 2G uplink of 2–3 KB/s
 * takes some fifteen minutes, so a photo's body may take that long (it holds an upload place, never
 * a processing slot), where a sync body gets two.
 */
export const DEFAULT_PHOTO_BUDGETS: PhotoBudgets = {
  quotaBytes: 1024 * MiB,
  keyBytes: { burst: 256 * MiB, perHour: 512 * MiB },
  maxMs: 15 * 60_000,
};
