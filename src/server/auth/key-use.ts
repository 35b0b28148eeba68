import type { ServerStore } from '../store/types.ts';

/** How often a key's last use is written: the administrator reads it in minutes, not requests. */
const KEY_USE_INTERVAL_MS = 60_000;

/** When this process last wrote each key's use, per store. */
const written = new WeakMap<ServerStore, Map<string, number>>();

/**
 * Note that a key synced, for `npm run admin -- list-keys`: at most once a minute per key, so a
 * busy key costs one small write a minute, not one per request (the store also skips a write when
 * another process made one within the minute).
 */
export async function noteKeyUse(store: ServerStore, hash: string, now = Date.now()): Promise<void> {
  let last = written.get(store);
  if (!last) written.set(store, (last = new Map<string, number>()));
  if (now - (last.get(hash) ?? -Infinity) < KEY_USE_INTERVAL_MS) return;
  last.set(hash, now);
  await store.recordKeyUse(hash, KEY_USE_INTERVAL_MS);
}
