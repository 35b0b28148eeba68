import { render } from 'solid-js/web';
import { setLocale, startLocale, t } from '../i18n/index.ts';

/**
 * Said instead of "could not open its storage" when the app was opened over plain http at an
 * address on the network: browsers keep what the app needs to start (crypto.subtle, which opening the
 * local store uses; service workers) for secure addresses, so the way out is https, not a reload.
 */
export async function explainInsecureStart(root: HTMLElement): Promise<void> {
  // Start-up may have failed before the reader's language was in use.
  await setLocale(startLocale(), { remember: false });
  root.textContent = '';
  render(
    () => (
      <main id="main" class="main">
        <h1>{t('install.plainHttpTitle')}</h1>
        <p>{t('install.cannotStart')}</p>
        <p>{t('install.plainHttp')}</p>
      </main>
    ),
    root,
  );
}
