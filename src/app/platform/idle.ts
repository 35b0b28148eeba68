/**
 * Run start-up work that the first screen does not need (service worker, sync, storage checks)
 * once the page has loaded and the main thread is idle, and at most `timeout` ms after that: on
 * a slow phone it then no longer competes with the first screen's code, words and render.
 */
export function whenIdle(work: () => void, timeout = 2000): void {
  const schedule = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => work(), { timeout });
    else setTimeout(work, 0);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}
