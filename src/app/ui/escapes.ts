import { t } from '../i18n/index.ts';
import { announceFailure } from './announcer.ts';

/** A failure that repeats (a render loop, a timer) is said once in this long; each is still logged. */
const QUIET_MS = 10_000;
/** Browser noise, not a failure of the app. */
const BENIGN = /ResizeObserver loop/;

let registered = false;

/**
 * The net under the command runner (ui/command.ts): a rejection no one caught or an error thrown in
 * a handler is logged and said in words. Registered once; saying it can never raise another report
 * (an error while announcing is only logged), and a burst of failures is said once.
 * Returns the way to take the net down (for tests).
 */
export function reportEscapes(target: Window = window): () => void {
  if (registered) return () => undefined;
  registered = true;
  let lastSaid = -Infinity;
  let saying = false;
  const report = (reason: unknown) => {
    console.error('unhandled:', reason);
    const now = Date.now();
    if (saying || now - lastSaid < QUIET_MS) return;
    lastSaid = now;
    saying = true;
    try {
      announceFailure(t('error.unexpected'));
    } catch (err) {
      console.error(err);
    } finally {
      saying = false;
    }
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    // Logged above, with its stack: the browser's own report would say it twice.
    e.preventDefault();
    report(e.reason);
  };
  const onError = (e: ErrorEvent) => {
    if (BENIGN.test(e.message ?? '')) return;
    report(e.error ?? e.message);
  };
  target.addEventListener('unhandledrejection', onRejection);
  target.addEventListener('error', onError);
  return () => {
    target.removeEventListener('unhandledrejection', onRejection);
    target.removeEventListener('error', onError);
    registered = false;
  };
}
