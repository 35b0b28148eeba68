import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hintsFor, secureByAddress, shellHint, type Device, type ShellHint } from '../../../../../src/app/core/pwa/install-hints.ts';
import { dismissedHints, promptInstall, rememberDismissed } from '../../../../../src/app/core/pwa/install.ts';
import { holdsData } from '../../../../../src/app/core/pwa/device-data.ts';
import { installPrompt, setInstallPrompt, type InstallPromptEvent } from '../../../../../src/app/core/pwa/install-prompt.ts';
import { openLocalStore } from '../../../../../src/app/core/db/store.ts';
import { ACCESS_KEY, saveJoinCredential } from '../../../../../src/app/core/credentials/credentials.ts';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

const ANDROID = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const IPHONE_CHROME = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1';
// iPadOS 13 and later: Safari calls itself a Mac; only the touch screen tells.
const IPAD_OR_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
const WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

const device = (d: Partial<Device>): Device => ({ secure: true, userAgent: ANDROID, maxTouchPoints: 5, standalone: false, ...d });

describe('which device is told what', () => {
  it.each<[string, Partial<Device>, boolean, ShellHint[]]>([
    ['Android Chrome offering installation', {}, true, ['install']],
    ['Android Chrome, installed or not offering', {}, false, []],
    ['a Windows laptop offering installation', { userAgent: WINDOWS, maxTouchPoints: 0 }, true, ['install']],
    ['an iPhone in Safari', { userAgent: IPHONE }, false, ['homeScreen']],
    ['an iPhone in Chrome (WebKit too)', { userAgent: IPHONE_CHROME }, false, ['homeScreen']],
    ['an iPhone from the home screen', { userAgent: IPHONE, standalone: true }, false, []],
    ['an iPad (calling itself a Mac, with touch)', { userAgent: IPAD_OR_MAC, maxTouchPoints: 5 }, false, ['homeScreen']],
    ['a Mac', { userAgent: IPAD_OR_MAC, maxTouchPoints: 0 }, false, []],
    ['not a secure context, offering installation', { secure: false }, true, ['plainHttp']],
    ['not a secure context, on an iPhone', { secure: false, userAgent: IPHONE }, false, ['plainHttp']],
  ])('%s', (_name, d, canInstall, hints) => {
    expect(hintsFor(device(d), canInstall)).toEqual(hints);
  });

  it.each<[string, string, string, boolean]>([
    ['https anywhere', 'https:', 'workshops.example.org', true],
    ['plain http at a name on the network', 'http:', 'lan.test', false],
    ['plain http at a LAN address', 'http:', '192.168.1.20', false],
    ['plain http at a name that starts like a loopback', 'http:', '127.example.org', false],
    ['plain http at localhost', 'http:', 'localhost', true],
    ['plain http at a name under localhost', 'http:', 'app.localhost', true],
    ['plain http at 127.0.0.1', 'http:', '127.0.0.1', true],
    ['plain http at 127.1.2.3', 'http:', '127.1.2.3', true],
    ['plain http at [::1]', 'http:', '[::1]', true],
  ])('an old browser that does not say whether it is secure: %s', (_name, protocol, hostname, secure) => {
    expect(secureByAddress(protocol, hostname)).toBe(secure);
  });

  it('shows one line in the shell: the most urgent hint not dismissed', () => {
    const iphone = device({ userAgent: IPHONE });
    expect(shellHint(iphone, false, new Set(), false)).toBe('homeScreen');
    expect(shellHint(iphone, false, new Set(['homeScreen']), false)).toBeUndefined();
    const lan = device({ secure: false });
    expect(shellHint(lan, true, new Set(['install']), true)).toBe('plainHttp');
    expect(shellHint(lan, true, new Set(['plainHttp']), true)).toBeUndefined();
    expect(shellHint(device({}), true, new Set(['install']), false)).toBeUndefined();
  });

  it('tells an iPhone or iPad about the home screen only while it holds nothing of its own', () => {
    const iphone = device({ userAgent: IPHONE });
    // A participant's phone (a joined workshop), a facilitator's with a key or workshops: moving
    // would strand their data, so the shell says nothing (Settings still has the steps).
    expect(shellHint(iphone, false, new Set(), true)).toBeUndefined();
    expect(hintsFor(iphone, false)).toEqual(['homeScreen']);
    // Not yet known: nothing, rather than a note that may be wrong.
    expect(shellHint(iphone, false, new Set(), undefined)).toBeUndefined();
    // The other hints do not wait for it: installing on Android keeps the browser's storage.
    expect(shellHint(device({}), true, new Set(), true)).toBe('install');
    expect(shellHint(device({ secure: false, userAgent: IPHONE }), false, new Set(), undefined)).toBe('plainHttp');
  });
});

describe('what the device holds', () => {
  it('is nothing on a new device; a key, a joined workshop, a workshop or an unsynced change each count', async () => {
    const fresh = async () => openLocalStore(`hints-${Math.random()}`);
    let store = await fresh();
    expect(await holdsData(store.db)).toBe(false);
    await setSetting(store.db, ACCESS_KEY, 'wcf_abc');
    expect(await holdsData(store.db)).toBe(true);
    store.close();

    store = await fresh();
    await saveJoinCredential(store.db, '0193a4b2-0000-7000-8000-000000000001', 'wcj_x');
    expect(await holdsData(store.db)).toBe(true);
    store.close();

    // Creating a workshop writes it and its change to the outbox: both count.
    store = await fresh();
    await store.repos.workshop.create(workshopFields('Organising domestic workers'));
    expect(await holdsData(store.db)).toBe(true);
    await store.db.outbox.clear();
    expect(await holdsData(store.db)).toBe(true);
    store.close();
  });
});

describe('dismissed hints', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are remembered on the device, except the plain-http warning', () => {
    const saved = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (k: string) => saved.get(k) ?? null, setItem: (k: string, v: string) => void saved.set(k, v) });
    expect(dismissedHints()).toEqual(new Set());
    rememberDismissed(new Set<ShellHint>(['install', 'plainHttp']));
    expect(dismissedHints()).toEqual(new Set(['install']));
  });

  it('read as none when storage cannot be read or holds something else', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(dismissedHints()).toEqual(new Set());
    expect(() => rememberDismissed(new Set<ShellHint>(['install']))).not.toThrow();
    vi.stubGlobal('localStorage', { getItem: () => '{"install":true}', setItem: () => undefined });
    expect(dismissedHints()).toEqual(new Set());
  });
});

describe('installing', () => {
  const offered = (prompt: () => Promise<unknown>) =>
    Object.assign(new Event('beforeinstallprompt'), { prompt, userChoice: Promise.resolve({ outcome: 'accepted' as const }) }) satisfies InstallPromptEvent;

  it('shows the browser’s dialog once and drops the event, which prompts only once', async () => {
    const prompt = vi.fn(() => Promise.resolve());
    setInstallPrompt(offered(prompt));
    await promptInstall();
    expect(prompt).toHaveBeenCalledTimes(1);
    expect(installPrompt()).toBeUndefined();
    await promptInstall();
    expect(prompt).toHaveBeenCalledTimes(1);
  });

  it('forgets an event that can no longer prompt (used already, or stale), which hides the buttons, and throws nothing', async () => {
    const refused = vi.fn(() => Promise.reject(new DOMException('The prompt() method must be called with a user gesture', 'InvalidStateError')));
    setInstallPrompt(offered(refused));
    await expect(promptInstall()).resolves.toBeUndefined();
    expect(refused).toHaveBeenCalledTimes(1);
    expect(installPrompt()).toBeUndefined();
    // Some engines throw at once rather than reject.
    setInstallPrompt(
      offered(() => {
        throw new DOMException('already prompted', 'InvalidStateError');
      }),
    );
    await expect(promptInstall()).resolves.toBeUndefined();
    expect(installPrompt()).toBeUndefined();
  });
});
