import '../ui/banner.css';
import { createMemo, createResource, createSignal, Match, Show, Switch } from 'solid-js';
import { installPrompt } from '../core/pwa/install-prompt.ts';
import { shellHint, type ShellHint as Hint } from '../core/pwa/install-hints.ts';
import { dismissedHints, promptInstall, readDevice, rememberDismissed } from '../core/pwa/install.ts';
import { ensureMessages, t } from '../i18n/index.ts';
import { Button } from '../ui/Button.tsx';

/**
 * The one hint the shell shows about where the app runs (see install-hints.ts): the plain-http
 * warning, the offer to install, or the iPad and iPhone home-screen note. The last two are told once
 * per device; the warning comes back each time the app opens at an address that is not secure.
 */
export function ShellHint() {
  const device = readDevice();
  const [dismissed, setDismissed] = createSignal<ReadonlySet<Hint>>(dismissedHints());
  const hint = createMemo(() => shellHint(device, installPrompt() !== undefined, dismissed()));
  // The words are not the first screen's: the dictionary loads only when there is a hint to show.
  const [words] = createResource(hint, () =>
    ensureMessages().then(
      () => true,
      () => false,
    ),
  );
  const dismiss = (h: Hint) => {
    const next = new Set(dismissed()).add(h);
    setDismissed(next);
    rememberDismissed(next);
  };

  return (
    <Show when={words() && hint()}>
      <Switch>
        <Match when={hint() === 'plainHttp'}>
          <section class="banner" role="region" aria-labelledby="plain-http-title">
            <h2 id="plain-http-title" class="banner__title">
              {t('install.plainHttpTitle')}
            </h2>
            <p>{t('install.plainHttp')}</p>
            <div class="banner__actions">
              <Button label={t('install.hideForNow')} onClick={() => dismiss('plainHttp')} />
            </div>
          </section>
        </Match>
        <Match when={hint() === 'install'}>
          <section class="banner banner--hint" role="region" aria-label={t('install.title')}>
            <p>{t('install.offer')}</p>
            <div class="banner__actions">
              <Button
                tone="primary"
                label={t('install.action')}
                onClick={() => {
                  dismiss('install');
                  void promptInstall();
                }}
              />
              <Button label={t('install.notNow')} onClick={() => dismiss('install')} />
            </div>
          </section>
        </Match>
        <Match when={hint() === 'homeScreen'}>
          <section class="banner banner--hint" role="region" aria-label={t('install.title')}>
            <p>{t('install.homeScreen')}</p>
            <div class="banner__actions">
              <Button label={t('install.gotIt')} onClick={() => dismiss('homeScreen')} />
            </div>
          </section>
        </Match>
      </Switch>
    </Show>
  );
}
