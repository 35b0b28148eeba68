import { createSignal } from 'solid-js';
import { registerSW } from 'virtual:pwa-register';
import { hasDirtyForms } from '../platform/dirty-forms.ts';

const [updateReady, setUpdateReady] = createSignal(false);
const [reloadPending, setReloadPending] = createSignal(false);
export { updateReady, reloadPending };

const CHECK_EVERY_MS = 60 * 60 * 1000;
let updateSW: ((reload?: boolean) => Promise<void>) | undefined;
let requestedHere = false;

/**
 * Register the service worker. A new version waits until the person chooses "Update"; the page
 * is reloaded only when this tab asked for it and no form holds unsaved input. If another tab
 * activates the new version, this one only offers to reload.
 */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  updateSW = registerSW({
    immediate: true,
    onNeedRefresh: () => setUpdateReady(true),
    onNeedReload: () => {
      if (requestedHere && !hasDirtyForms()) window.location.reload();
      else {
        setUpdateReady(false);
        setReloadPending(true);
      }
    },
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      const check = () => void registration.update().catch(() => undefined);
      setInterval(check, CHECK_EVERY_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    },
  });
}

export type UpdateOutcome = 'updating' | 'blocked-by-form';

/** Activate the waiting version, unless a form holds unsaved input. */
export function applyUpdate(): UpdateOutcome {
  if (hasDirtyForms()) return 'blocked-by-form';
  requestedHere = true;
  void updateSW?.(true);
  return 'updating';
}

export function dismissUpdate(): void {
  setUpdateReady(false);
}

export function reloadNow(): UpdateOutcome {
  if (hasDirtyForms()) return 'blocked-by-form';
  window.location.reload();
  return 'updating';
}
