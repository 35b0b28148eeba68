import { liveQuery } from 'dexie';

export interface Subscribable<T> {
  subscribe(observer: { next: (value: T) => void; error?: (err: unknown) => void }): { unsubscribe(): void };
}

/**
 * Re-run `query` whenever the tables it read change, in this tab or another. Returns a plain
 * subscribable so the UI can bind it (Solid's `from`) without importing dexie.
 */
export function watch<T>(query: () => Promise<T>): Subscribable<T> {
  return liveQuery(query);
}
