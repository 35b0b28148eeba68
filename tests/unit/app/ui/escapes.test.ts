// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announcement, dismissAnnouncement } from '../../../../src/app/ui/announcer.ts';
import { reportEscapes } from '../../../../src/app/ui/escapes.ts';
import { t } from '../../../../src/app/i18n/index.ts';

const rejection = (reason: unknown) => Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason });
const said = async () => {
  await Promise.resolve();
  return announcement().message;
};

let takeDown = () => undefined as void;
afterEach(() => {
  takeDown();
  vi.restoreAllMocks();
  dismissAnnouncement();
});

describe('what escapes the command runner', () => {
  it('is logged and said in words, once for a burst, and registered once', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    takeDown = reportEscapes(window);
    // A second registration adds no second listener.
    reportEscapes(window)();
    const first = rejection(new Error('lost write'));
    window.dispatchEvent(first);
    expect(first.defaultPrevented).toBe(true);
    expect(await said()).toBe(t('error.unexpected'));
    dismissAnnouncement();
    window.dispatchEvent(rejection(new Error('again')));
    window.dispatchEvent(new ErrorEvent('error', { error: new Error('thrown in a handler'), message: 'thrown in a handler' }));
    expect(await said()).toBe('');
    expect(log).toHaveBeenCalledTimes(3);
  });

  it('ignores the browser’s resize-observer noise', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    takeDown = reportEscapes(window);
    window.dispatchEvent(new ErrorEvent('error', { message: 'ResizeObserver loop completed with undelivered notifications.' }));
    expect(await said()).toBe('');
    expect(log).not.toHaveBeenCalled();
  });
});
