import { createSignal } from 'solid-js';

export interface Announcement {
  message: string;
  /** An action offered with the message, such as "Undo". */
  action?: { label: string; run: () => void };
}

/** The latest message for everyone: shown in the toast and read by screen readers (polite). */
const [announcement, setAnnouncement] = createSignal<Announcement>({ message: '' });
export { announcement };

const VISIBLE_MS = 8000;
const WITH_ACTION_MS = 12000;
let timer: ReturnType<typeof setTimeout> | undefined;

export function announce(message: string, action?: Announcement['action']): void {
  // Clearing first makes a repeated identical message be read again.
  setAnnouncement({ message: '' });
  queueMicrotask(() => setAnnouncement(action ? { message, action } : { message }));
  clearTimeout(timer);
  timer = setTimeout(dismissAnnouncement, action ? WITH_ACTION_MS : VISIBLE_MS);
}

export function dismissAnnouncement(): void {
  setAnnouncement({ message: '' });
}
