import '../ui/banner.css';
import { createMemo, createResource, createSignal, Match, Show, Switch, type JSX } from 'solid-js';
import { installPrompt } from '../core/pwa/install-prompt.ts';
import { shellHint, type ShellHint as Hint } from '../core/pwa/install-hints.ts';
import { dismissedHints, promptInstall, readDevice, rememberDismissed, useHoldsData } from '../core/pwa/install.ts';
import { ensureMessages, t } from '../i18n/index.ts';
import { Button } from '../ui/Button.tsx';

/**
 * The one hint the shell shows about where the app runs (see install-hints.ts): the plain-http
 * warning, the offer to install, or the iPad and iPhone home-screen note (on a device that holds
 * nothing yet). The last two are told once per device; the warning comes back each time the app
 * opens at an address that is not secure.
 *
 * It comes a moment after the page, so it must not push the page under a finger: it is laid out at
 * the end of the page (below the footer, out of view; see banner.css) and sticks to the bottom
 * of the screen over what is there, the way the toast does; scrolled to the end, it sits below the
 * status bar and hides none of it. A region with a heading, read before the screen's content, so it
 * can be found again; focus is left where it is.
 */
export function ShellHint() {
  const device = readDevice();
  const holdsData = useHoldsData();
  const [dismissed, setDismissed] = createSignal<ReadonlySet<Hint>>(dismissedHints());
  const hint = createMemo(() => shellHint(device, installPrompt() !== undefined, dismissed(), holdsData()));
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
          <HintLine title={t('install.plainHttpTitle')} text={t('install.plainHttp')} calm={false}>
            <Button label={t('install.hideForNow')} onClick={() => dismiss('plainHttp')} />
          </HintLine>
        </Match>
        <Match when={hint() === 'install'}>
          <HintLine title={t('install.title')} text={t('install.offer')}>
            <Button
              tone="primary"
              label={t('install.action')}
              onClick={() => {
                dismiss('install');
                void promptInstall();
              }}
            />
            <Button label={t('install.notNow')} onClick={() => dismiss('install')} />
          </HintLine>
        </Match>
        <Match when={hint() === 'homeScreen'}>
          <HintLine title={t('install.title')} text={t('install.homeScreen')}>
            <Button label={t('install.gotIt')} onClick={() => dismiss('homeScreen')} />
          </HintLine>
        </Match>
      </Switch>
    </Show>
  );
}

/** One hint line: a region with its heading, its sentence and its buttons; `calm` for the hints that are offers, not warnings. */
function HintLine(props: { title: string; text: string; calm?: boolean; children: JSX.Element }) {
  return (
    <section class={props.calm === false ? 'banner banner--dock' : 'banner banner--dock banner--hint'} aria-labelledby="shell-hint-title">
      <h2 id="shell-hint-title" class="banner__title">
        {props.title}
      </h2>
      <p>{props.text}</p>
      <div class="banner__actions">{props.children}</div>
    </section>
  );
}
