import { afterEach, describe, expect, it, vi } from 'vitest';
import { hintsFor, shellHint, type Device, type ShellHint } from '../../../../../src/app/core/pwa/install-hints.ts';
import { dismissedHints, promptInstall, rememberDismissed } from '../../../../../src/app/core/pwa/install.ts';
import { installPrompt, setInstallPrompt, type InstallPromptEvent } from '../../../../../src/app/core/pwa/install-prompt.ts';

const ANDROID = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const IPHONE_CHROME = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1';
// iPadOS 13 and later: Safari calls itself a Mac; only the touch screen tells.
const IPAD_OR_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
const WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

const device = (d: Partial<Device>): Device => ({ protocol: 'https:', hostname: 'workshops.example.org', userAgent: ANDROID, maxTouchPoints: 5, standalone: false, ...d });

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
    ['plain http at a name on the network', { protocol: 'http:', hostname: 'lan.test' }, true, ['plainHttp']],
    ['plain http at a LAN address, on an iPhone', { protocol: 'http:', hostname: '192.168.1.20', userAgent: IPHONE }, false, ['plainHttp']],
    ['plain http at a name that starts like a loopback', { protocol: 'http:', hostname: '127.example.org' }, false, ['plainHttp']],
    ['plain http at localhost', { protocol: 'http:', hostname: 'localhost' }, false, []],
    ['plain http at a name under localhost', { protocol: 'http:', hostname: 'app.localhost' }, false, []],
    ['plain http at 127.0.0.1', { protocol: 'http:', hostname: '127.0.0.1' }, false, []],
    ['plain http at 127.1.2.3', { protocol: 'http:', hostname: '127.1.2.3' }, false, []],
    ['plain http at [::1]', { protocol: 'http:', hostname: '[::1]' }, true, ['install']],
  ])('%s', (_name, d, canInstall, hints) => {
    expect(hintsFor(device(d), canInstall)).toEqual(hints);
  });

  it('shows one line in the shell: the most urgent hint not dismissed', () => {
    const iphone = device({ userAgent: IPHONE });
    expect(shellHint(iphone, false, new Set())).toBe('homeScreen');
    expect(shellHint(iphone, false, new Set(['homeScreen']))).toBeUndefined();
    const lan = device({ protocol: 'http:', hostname: 'lan.test' });
    expect(shellHint(lan, true, new Set(['install']))).toBe('plainHttp');
    expect(shellHint(lan, true, new Set(['plainHttp']))).toBeUndefined();
    expect(shellHint(device({}), true, new Set(['install']))).toBeUndefined();
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
  it('shows the browser’s dialog once and drops the event, which prompts only once', async () => {
    const prompt = vi.fn(() => Promise.resolve());
    const event = Object.assign(new Event('beforeinstallprompt'), { prompt, userChoice: Promise.resolve({ outcome: 'accepted' as const }) }) satisfies InstallPromptEvent;
    setInstallPrompt(event);
    await promptInstall();
    expect(prompt).toHaveBeenCalledTimes(1);
    expect(installPrompt()).toBeUndefined();
    await promptInstall();
    expect(prompt).toHaveBeenCalledTimes(1);
  });
});
