import { createSignal } from 'solid-js';

export interface Announcement {
  message: string;
  /** An action offered with the message, such as "Undo". */
  action?: { label: string; run: () => void };
  /** A failure reads as one: another colour, and screen readers hear it at once. */
  failed?: true;
}

/** The latest message for everyone: shown in the toast and read by screen readers (polite). */
const [announcement, setAnnouncement] = createSignal<Announcement>({ message: '' });
export { announcement };

const VISIBLE_MS = 8000;
const WITH_ACTION_MS = 12000;
let timer: ReturnType<typeof setTimeout> | undefined;

export function announce(message: string, action?: Announcement['action'], failed?: true): void {
  // Clearing first makes a repeated identical message be read again.
  setAnnouncement({ message: '' });
  queueMicrotask(() => setAnnouncement({ message, ...(action ? { action } : {}), ...(failed ? { failed } : {}) }));
  clearTimeout(timer);
  timer = setTimeout(dismissAnnouncement, action ? WITH_ACTION_MS : VISIBLE_MS);
}

export function dismissAnnouncement(): void {
  setAnnouncement({ message: '' });
}

/** Say that something the person did failed, and what to do. */
export const announceFailure = (message: string, action?: Announcement['action']): void => announce(message, action, true);
