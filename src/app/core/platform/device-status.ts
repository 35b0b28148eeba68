import { createSignal } from 'solid-js';
import { checkConnection } from '../sync/connection.ts';

export interface StorageUse {
  usage: number;
  quota: number;
}

const [online, setOnline] = createSignal(navigator.onLine);
const [storageUse, setStorageUse] = createSignal<StorageUse>();
const [persisted, setPersisted] = createSignal<boolean>();
export { online, storageUse, persisted };

window.addEventListener('online', () => {
  setOnline(true);
  void checkConnection().then(noteReachable);
});
window.addEventListener('offline', () => setOnline(false));

/**
 * `navigator.onLine` only says a network interface is up: it stays true on a venue's Wi-Fi that
 * leads nowhere, and a browser may report it wrongly after a reload. A request is the proof: the
 * app checks the connection (core/sync/connection.ts) when it starts and whenever the browser
 * says it is back online, and every sync's outcome counts as such a check too.
 */
export const noteReachable = (reached: boolean): void => void setOnline(reached && navigator.onLine);

export async function refreshStorageStatus(): Promise<void> {
  if (!navigator.storage) return;
  const [estimate, isPersisted] = await Promise.all([navigator.storage.estimate?.().catch(() => undefined), navigator.storage.persisted?.().catch(() => false)]);
  if (estimate?.quota) setStorageUse({ usage: estimate.usage ?? 0, quota: estimate.quota });
  setPersisted(Boolean(isPersisted));
}

/**
 * Ask the browser not to evict this origin's data under storage pressure. Chrome decides
 * silently (installed apps and engaged sites are granted), so asking at start costs nothing.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const granted = (await navigator.storage?.persist?.().catch(() => false)) ?? false;
  setPersisted(granted);
  return granted;
}
