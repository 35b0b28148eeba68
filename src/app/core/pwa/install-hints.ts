/**
 * Which device is told what about installing the app. Pure over a description of the device, so
 * every platform's case is a table row in a unit test; `readDevice` (install.ts) reads the real one.
 *
 * - Not a secure context (plain http at an address that is not this machine): nothing offline works
 *   (no service worker, no install, no camera, no phone joining), so that is said first, every time.
 * - Chromium (Android, desktop) offers installing through `beforeinstallprompt`: the app offers it.
 *   An installed app there shares the browser's storage, so offering it strands nothing.
 * - iPad and iPhone browsers never offer it. Safari may clear a website's storage after weeks without
 *   use, which an app on the home screen is spared; but that app has storage of its own and starts
 *   empty (no key, no joined workshop, no unsynced answers). So the shell tells only a device that
 *   holds nothing yet, before work starts there; Settings always has the steps.
 */
export interface Device {
  /** `window.isSecureContext`: https, or this machine (see `secureByAddress`). */
  secure: boolean;
  userAgent: string;
  maxTouchPoints: number;
  /** Running as an installed app (from the home screen), not in a browser tab. */
  standalone: boolean;
}

export type ShellHint = 'plainHttp' | 'install' | 'homeScreen';

/**
 * Whether the browser treats an address as secure, for a browser too old to say
 * (`window.isSecureContext`): https, or this machine over plain http.
 */
export function secureByAddress(protocol: string, hostname: string): boolean {
  if (protocol !== 'http:') return true;
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(h) || h === '[::1]' || h === '::1';
}

/** iPhone, iPod, or an iPad (which since iPadOS 13 calls itself a Mac, one with a touch screen). */
function isAppleMobile(d: Pick<Device, 'userAgent' | 'maxTouchPoints'>): boolean {
  return /\b(iPhone|iPad|iPod)\b/.test(d.userAgent) || (/\bMacintosh\b/.test(d.userAgent) && d.maxTouchPoints > 1);
}

/** Every hint that applies to the device, most urgent first; Settings shows them all. */
export function hintsFor(d: Device, canInstall: boolean): ShellHint[] {
  if (!d.secure) return ['plainHttp'];
  const hints: ShellHint[] = [];
  if (canInstall) hints.push('install');
  if (isAppleMobile(d) && !d.standalone) hints.push('homeScreen');
  return hints;
}

/**
 * The one line the shell shows: the most urgent hint not dismissed on this device. The home-screen
 * note waits until it is known that the device holds nothing of its own (`holdsData` false: no key,
 * no joined workshop, no workshop, nothing unsynced), and never comes on a device that does: moving
 * to the home screen there would leave its key, joins and unsynced answers behind in Safari.
 */
export function shellHint(d: Device, canInstall: boolean, dismissed: ReadonlySet<ShellHint>, holdsData: boolean | undefined): ShellHint | undefined {
  return hintsFor(d, canInstall).find((h) => !dismissed.has(h) && (h !== 'homeScreen' || holdsData === false));
}
