import type { Accessor } from 'solid-js';
import { live } from '../db/live-query.ts';
import { useStore } from '../db/store-context.ts';
import { holdsData } from './device-data.ts';
import { secureByAddress, type Device, type ShellHint } from './install-hints.ts';
import { installPrompt, setInstallPrompt } from './install-prompt.ts';

/** This device as install-hints.ts describes it. */
export function readDevice(): Device {
  return {
    // The browser's own answer where it gives one; the address's otherwise (browsers before 2017).
    secure: typeof isSecureContext === 'boolean' ? isSecureContext : secureByAddress(location.protocol, location.hostname),
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints ?? 0,
    standalone: (navigator as { standalone?: boolean }).standalone === true || matchMedia('(display-mode: standalone)').matches,
  };
}

/**
 * Whether this device holds data of its own (see device-data.ts), kept current as it changes: a
 * phone that opens a join link while the hint shows is a participant's a moment later. Undefined
 * until read. Read by the shell's hint, whose code loads after the first screen.
 */
export function useHoldsData(): Accessor<boolean | undefined> {
  const { db } = useStore();
  return live(() => holdsData(db));
}

const DISMISSED_KEY = 'hints.dismissed';

/**
 * The hints dismissed on this device, remembered so a facilitator is told once, not at every
 * start. The plain-http warning is never remembered: it holds until the address changes.
 */
export function dismissedHints(): Set<ShellHint> {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(DISMISSED_KEY) ?? '[]');
    return new Set(Array.isArray(saved) ? saved.filter((h): h is ShellHint => h === 'install' || h === 'homeScreen') : []);
  } catch {
    return new Set();
  }
}

/** Remember what was dismissed; the plain-http warning is left out (see `dismissedHints`). */
export function rememberDismissed(hints: ReadonlySet<ShellHint>): void {
  try {
    localStorage.setItem(DISMISSED_KEY, JSON.stringify([...hints].filter((h) => h !== 'plainHttp')));
  } catch {
    // Private mode or a full disk: the line comes back next time, which is harmless.
  }
}

/**
 * Show the browser's install dialog. An event prompts once, so it is forgotten before it is used,
 * and with it the install buttons (Settings then points to the browser's menu). A prompt that
 * fails (an event already used or gone stale: `InvalidStateError`) is no one's fault and needs no
 * words: there is simply nothing left to offer.
 */
export async function promptInstall(): Promise<void> {
  const e = installPrompt();
  if (!e) return;
  setInstallPrompt(undefined);
  try {
    await e.prompt();
  } catch {
    // Forgotten above; nothing more to do.
  }
}
