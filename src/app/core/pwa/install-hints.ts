/**
 * Which device is told what about installing the app. Pure over a description of the device, so
 * every platform's case is a table row in a unit test; `readDevice` reads the real one.
 *
 * - Plain http on an address that is not this machine: nothing offline works (no service worker,
 *   no install, no camera, no phone joining), so that is said first, every time the app opens.
 * - Chromium (Android, desktop) offers installing through `beforeinstallprompt`: the app offers it.
 * - iPad and iPhone browsers never offer it, and Safari may clear a website's storage after weeks
 *   without use, which an app on the home screen is spared: they get the Share → Add to Home
 *   Screen note until it runs from the home screen.
 */
export interface Device {
  protocol: string;
  hostname: string;
  userAgent: string;
  maxTouchPoints: number;
  /** Running as an installed app (from the home screen), not in a browser tab. */
  standalone: boolean;
}

export type ShellHint = 'plainHttp' | 'install' | 'homeScreen';

/** This machine: browsers treat it as secure over plain http, so everything works there. */
function isLocalHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(h) || h === '[::1]' || h === '::1';
}

/** iPhone, iPod, or an iPad (which since iPadOS 13 calls itself a Mac, one with a touch screen). */
function isAppleMobile(d: Pick<Device, 'userAgent' | 'maxTouchPoints'>): boolean {
  return /\b(iPhone|iPad|iPod)\b/.test(d.userAgent) || (/\bMacintosh\b/.test(d.userAgent) && d.maxTouchPoints > 1);
}

const isPlainHttp = (d: Pick<Device, 'protocol' | 'hostname'>): boolean => d.protocol === 'http:' && !isLocalHost(d.hostname);

/** Every hint that applies to the device, most urgent first; Settings shows them all. */
export function hintsFor(d: Device, canInstall: boolean): ShellHint[] {
  if (isPlainHttp(d)) return ['plainHttp'];
  const hints: ShellHint[] = [];
  if (canInstall) hints.push('install');
  if (isAppleMobile(d) && !d.standalone) hints.push('homeScreen');
  return hints;
}

/** The one line the shell shows: the most urgent hint not dismissed on this device. */
export function shellHint(d: Device, canInstall: boolean, dismissed: ReadonlySet<ShellHint>): ShellHint | undefined {
  return hintsFor(d, canInstall).find((h) => !dismissed.has(h));
}
