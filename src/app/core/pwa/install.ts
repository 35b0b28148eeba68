import type { Device, ShellHint } from './install-hints.ts';
import { installPrompt, setInstallPrompt } from './install-prompt.ts';

/** This device as install-hints.ts describes it. */
export function readDevice(): Device {
  return {
    protocol: location.protocol,
    hostname: location.hostname,
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints ?? 0,
    standalone: (navigator as { standalone?: boolean }).standalone === true || matchMedia('(display-mode: standalone)').matches,
  };
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

/** Show the browser's install dialog; an event prompts once, so it is dropped whatever the answer. */
export async function promptInstall(): Promise<void> {
  const e = installPrompt();
  if (!e) return;
  setInstallPrompt(undefined);
  await e.prompt();
}
