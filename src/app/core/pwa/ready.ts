/**
 * Resolves once this app works with no network on this device: a service worker is active, which
 * it becomes only after every screen, word and built-in framework was cached. Never resolves where
 * the browser has no service workers (or over plain http), which the caller shows as not ready.
 */
export function whenOfflineReady(): Promise<true> {
  const workers = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  return workers ? workers.ready.then(() => true as const) : new Promise<true>(() => undefined);
}
