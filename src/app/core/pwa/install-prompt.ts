import { createSignal } from 'solid-js';

/** The event Chromium fires when the app may be installed (not in the DOM's types yet). */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** The kept install event, while the app may be installed and has not been (see install.ts). */
export const [installPrompt, setInstallPrompt] = createSignal<InstallPromptEvent>();

// Listened for as the app's code loads, not with the hints' code (which loads later): Chromium
// fires the event once per page, and a missed one would leave nothing to offer. Its default (the
// browser's own banner) is held back so the app offers installing once, where it chooses.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (e) => {
    e.preventDefault();
    setInstallPrompt(e as InstallPromptEvent);
  });
  window.addEventListener('appinstalled', () => setInstallPrompt(undefined));
}
