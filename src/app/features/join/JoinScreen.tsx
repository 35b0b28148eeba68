import { createEffect, createSignal, onMount, Show } from 'solid-js';
import { t } from '../../i18n/index.ts';
import { navigate } from '../../core/router.ts';
import { paths } from '../../routes.ts';
import { run } from '../../ui/command.ts';
import { joinCredential, parseJoinCredential } from '../../../shared/identity/join-credential.ts';
import { getSetting } from '../../core/db/settings.ts';
import { saveJoinCredential } from '../../core/credentials/credentials.ts';
import { parseJoinHash } from '../../core/credentials/join-link.ts';
import { live } from '../../core/db/live-query.ts';
import { useStore } from '../../core/db/store-context.ts';
import { syncStatus, useSync } from '../../core/sync/context.ts';
import { ACCESS_KEY } from '../../core/sync/engine.ts';
import { keepOffered } from '../../core/db/offered.ts';
import { readOffer } from './join-offer.ts';

/**
 * Opened from a participant's QR code or link: the device keeps the workshop's join link beside any
 * it had (a phone that joins a second workshop still sends the first one's answers with the first
 * link), syncs, and goes to scoring. A code that carries the workshop (the tablet's, in the room)
 * joins with no request at all: its workshop and organisations are stored at once, and the sync
 * that follows, whenever a connection is there, brings the rest.
 */
export function JoinScreen() {
  const store = useStore();
  const engine = useSync();
  const status = syncStatus(engine);
  const target = parseJoinHash(location.hash);
  const [problem, setProblem] = createSignal<'invalid' | 'otherKey' | undefined>(target ? undefined : 'invalid');
  const workshop = live(async () => (target ? ((await store.repos.workshop.get(target.workshopId)) ?? null) : null));

  // Why the workshop does not arrive (a retired invitation, no connection), in words.
  const failure = () => {
    const { state, error } = status();
    return state !== 'error' || !error || error === 'rejected' || error === 'cofacilitator_removed' ? undefined : t(`sync.errors.${error}`);
  };

  onMount(
    () =>
      void run(async () => {
        if (!target) return;
        const current = await getSetting(store.db, ACCESS_KEY);
        if (current && parseJoinCredential(current) === undefined) return setProblem('otherKey');
        // Saved first: the workshop's arrival opens scoring, which must know the phone joined.
        await saveJoinCredential(store.db, target.workshopId, joinCredential(target.workshopId, target.token));
        const offer = target.offer === undefined ? undefined : readOffer(target.offer, target.workshopId);
        if (offer) {
          await keepOffered(store.db, [{ kind: 'workshop', record: offer.workshop }, ...offer.organisations.map((record) => ({ kind: 'organisation' as const, record }))]);
        }
        void engine.syncNow({ fresh: true });
      }),
  );
  createEffect(() => {
    const w = workshop();
    if (w) navigate(paths.workshop(w.id, 'scoring'), { replace: true });
  });

  return (
    <>
      <div class="page-head">
        <h1 tabindex="-1">{t('joinScreen.title')}</h1>
      </div>
      <Show when={!problem()} fallback={<p class="notice">{problem() === 'otherKey' ? t('joinScreen.otherKey') : t('joinScreen.invalid')}</p>}>
        <p role="status">{status().state === 'syncing' ? t('joinScreen.working') : t('joinScreen.waiting')}</p>
        <Show when={failure()}>
          {(words) => (
            <p class="notice" data-testid="join-error">
              {words()}
            </p>
          )}
        </Show>
        <button type="button" class="button" onClick={() => void engine.syncNow()}>
          {t('joinScreen.retry')}
        </button>
      </Show>
    </>
  );
}
