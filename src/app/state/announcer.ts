import { createSignal } from 'solid-js';

/** The latest message for screen readers; rendered in one polite live region by the app shell. */
const [announcement, setAnnouncement] = createSignal('');
export { announcement };

const VISIBLE_MS = 8000;
let timer: ReturnType<typeof setTimeout> | undefined;

export function announce(message: string): void {
  // Clearing first makes a repeated identical message be read again.
  setAnnouncement('');
  queueMicrotask(() => setAnnouncement(message));
  clearTimeout(timer);
  timer = setTimeout(() => setAnnouncement(''), VISIBLE_MS);
}
