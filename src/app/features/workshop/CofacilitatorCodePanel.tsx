import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { displayCofacilitatorCode, parseCofacilitatorCode } from '../../../shared/identity/cofacilitator-code.ts';
import { ACCESS_KEY_PREFIX } from '../../../shared/identity/join-credential.ts';
import { ACCESS_KEY } from '../../core/credentials/credentials.ts';
import { heldCodes, holdCode, settleCode, type HeldCode } from '../../core/db/cofacilitator-codes.ts';
import { live } from '../../core/db/live-query.ts';
import { getSetting } from '../../core/db/settings.ts';
import { useStore } from '../../core/db/store-context.ts';
import { useSync } from '../../core/sync/context.ts';
import { linkClick } from '../../core/router.ts';
import { paths } from '../../routes.ts';
import { t } from '../../i18n/index.ts';
import { announce } from '../../ui/announcer.ts';
import { Button } from '../../ui/Button.tsx';
import { run } from '../../ui/command.ts';
import { TextField } from '../../ui/inputs.tsx';
import { codeOfHash } from './cofacilitator-link.ts';

/** The server's reasons a code opens nothing, each with words; any other reads as "refused". */
const REASONS = ['cofacilitator_code_used', 'cofacilitator_code_expired', 'cofacilitator_code_revoked', 'cofacilitator_is_owner', 'cofacilitator_team_full', 'forbidden'] as const;
const reasonOf = (detail: string | undefined) => REASONS.find((r) => r === detail) ?? 'other';

/**
 * A facilitator's device takes a colleague's co-facilitator code, typed, or from the QR code's
 * address once the person accepts it, offline too: it keeps the code and presents it at its next syncs until the server takes
 * it (the owner's device may not have synced it yet) or says why not.
 */
export function CofacilitatorCodePanel() {
  const store = useStore();
  const sync = useSync();
  const isFacilitator = live(async () => (await getSetting(store.db, ACCESS_KEY))?.startsWith(ACCESS_KEY_PREFIX.facilitator) === true);
  const codes = live(() => heldCodes(store.db));
  const titles = live(async () => new Map((await store.repos.workshop.list()).map((w) => [w.id, w.title])));
  const [typed, setTyped] = createSignal('');
  const [error, setError] = createSignal<string>();

  async function add(text: string) {
    const code = parseCofacilitatorCode(text);
    if (!code) return setError(t('cofacilitators.invalid'));
    setError(undefined);
    if ((await run(() => holdCode(store.db, code))) === undefined) return;
    setTyped('');
    announce(t('cofacilitators.held'));
    void sync.syncNow({ fresh: true }).catch(() => undefined);
  }

  // Opened from the QR code or a link (in a new tab, or in this one while it shows the app): the
  // address forgets the code at once, and the device keeps it only once the person accepts it.
  // A link alone must not join: anyone with a facilitator key could send one that adds this key
  // to their workshop, and what this device then records there would go to them.
  const [offered, setOffered] = createSignal<string>();
  let offer: HTMLParagraphElement | undefined;
  const fromAddress = () => {
    const code = codeOfHash(location.hash);
    if (!code) return;
    history.replaceState(history.state, '', location.pathname + location.search);
    setOffered(code);
    queueMicrotask(() => {
      offer?.focus();
      offer?.scrollIntoView?.({ block: 'center' });
    });
  };
  function answerOffer(accept: boolean) {
    const code = offered();
    setOffered(undefined);
    if (accept && code) void add(code);
    else announce(t('cofacilitators.ignored'));
  }
  onMount(() => {
    fromAddress();
    window.addEventListener('hashchange', fromAddress);
    onCleanup(() => window.removeEventListener('hashchange', fromAddress));
  });

  const line = (c: HeldCode) => {
    const code = displayCofacilitatorCode(c.code);
    if (c.state === 'waiting') return t('cofacilitators.waiting', { code });
    if (c.state === 'joined') {
      const title = titles()?.get(c.detail ?? '');
      return title ? t('cofacilitators.joined', { title }) : t('cofacilitators.joinedArriving');
    }
    return t(`cofacilitators.refused.${reasonOf(c.detail)}`, { code });
  };

  return (
    <Show when={isFacilitator()}>
      <section class="panel" aria-labelledby="cofacilitate-title">
        <h2 id="cofacilitate-title">{t('cofacilitators.joinTitle')}</h2>
        <p class="muted">{t('cofacilitators.joinIntro')}</p>
        <Show when={offered()}>
          {(code) => (
            <div class="notice" data-testid="cofacilitator-offer">
              <p ref={offer} tabindex="-1">
                {t('cofacilitators.offer', { code: displayCofacilitatorCode(code()) })}
              </p>
              <div class="row__actions">
                <Button tone="primary" label={t('cofacilitators.accept')} onClick={() => answerOffer(true)} />
                <Button label={t('cofacilitators.ignore')} onClick={() => answerOffer(false)} />
              </div>
            </div>
          )}
        </Show>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void add(typed());
          }}
        >
          <TextField id="cofacilitator-code" label={t('cofacilitators.codeLabel')} value={typed()} onInput={setTyped} error={error()} autocomplete="off" />
          <button type="submit" class="button button--primary">
            {t('cofacilitators.add')}
          </button>
        </form>
        <Show when={(codes()?.length ?? 0) > 0}>
          <ul class="rows" aria-label={t('cofacilitators.codes')}>
            <For each={codes()}>
              {(c) => (
                <li class="row" data-state={c.state}>
                  <p class="row__main" role="status">
                    {line(c)}
                  </p>
                  <div class="row__actions">
                    <Show when={c.state === 'joined' && titles()?.has(c.detail ?? '')}>
                      <a class="button" href={paths.workshop(c.detail!)} onClick={linkClick}>
                        {t('cofacilitators.open')}
                      </a>
                    </Show>
                    <Show when={c.state !== 'waiting'}>
                      <Button label={t('cofacilitators.dismiss')} onClick={() => void run(() => settleCode(store.db, c.code, undefined))} />
                    </Show>
                  </div>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </Show>
  );
}
