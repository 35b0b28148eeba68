import { Match, Switch } from 'solid-js';
import { installPrompt } from '../../core/pwa/install-prompt.ts';
import { hintsFor } from '../../core/pwa/install-hints.ts';
import { promptInstall, readDevice } from '../../core/pwa/install.ts';
import { t } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';

/**
 * Installing the app on this device, always findable here (the shell's line is dismissed once):
 * why it cannot be installed over plain http, the install button where the browser offers it, the
 * home-screen steps on an iPad or iPhone (always, with what moving there leaves behind: the shell
 * tells only a device that holds nothing yet), or where the browser's own menu has it.
 */
export function InstallPanel() {
  const device = readDevice();
  const hints = () => hintsFor(device, installPrompt() !== undefined);
  return (
    <section class="panel" aria-labelledby="install-title">
      <h2 id="install-title">{t('install.title')}</h2>
      <Switch fallback={<p class="muted">{t('install.fromMenu')}</p>}>
        <Match when={hints().includes('plainHttp')}>
          <p class="muted">{t('install.plainHttp')}</p>
        </Match>
        <Match when={device.standalone}>
          <p class="muted">{t('install.installed')}</p>
        </Match>
        <Match when={hints().includes('install')}>
          <p class="muted">{t('install.offer')}</p>
          <Button tone="primary" label={t('install.action')} onClick={() => void promptInstall()} />
        </Match>
        <Match when={hints().includes('homeScreen')}>
          <p class="muted">{t('install.homeScreenSteps')}</p>
        </Match>
      </Switch>
    </section>
  );
}
