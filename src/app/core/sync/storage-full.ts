import { createSignal } from 'solid-js';
import { storageFullListeners } from '../db/errors.ts';
import type { LocalStore } from '../db/store.ts';
import { downloadText } from '../platform/download.ts';

const [storageFull, setStorageFull] = createSignal(false);
export { storageFull };
storageFullListeners.add(() => setStorageFull(true));

/** The notice goes until the next write that finds storage full. */
export const dismissStorageFull = () => setStorageFull(false);

/**
 * Save every change not yet synced to a file on the device (for another device or for later): the
 * way out when this device's storage is full and no connection is there. Returns how many changes.
 */
export async function saveUnsyncedToFile(store: LocalStore): Promise<number> {
  // Loaded when asked for: signing and merging changes for a file is no part of the first screen.
  const { exportPending } = await import('./transfer.ts');
  const file = await exportPending(store);
  downloadText(JSON.stringify(file), `unsynced-changes-${store.deviceId}-${file.exportedAt.slice(0, 10)}.json`);
  return file.mutations.length;
}
