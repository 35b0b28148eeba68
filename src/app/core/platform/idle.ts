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

/**
 * Let the browser paint and handle input before going on: start-up work after this runs in a new
 * task, so no single task blocks a tap for long on a cheap phone. `scheduler.yield` (Chromium)
 * resumes ahead of other queued work; elsewhere a zero timeout does the same job.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
