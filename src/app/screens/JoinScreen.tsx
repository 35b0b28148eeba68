import { createEffect, createSignal, onMount, Show } from 'solid-js';
import { t } from '../i18n/index.ts';
import { navigate } from '../router.ts';
import { paths } from '../routes.ts';
import { getSetting, setSetting } from '../storage/sync-state.ts';
import { JOIN_PREFIX, parseJoinHash } from '../state/join.ts';
import { live } from '../state/live.ts';
import { useStore } from '../state/store-context.ts';
import { syncStatus, useSync } from '../state/sync.ts';
import { ACCESS_KEY } from '../sync/engine.ts';

/**
 * Opened from a participant's QR code or link: the device keeps the workshop's join token as its
 * key, syncs, and goes to scoring. From then on it works offline like any device.
 */
export function JoinScreen() {
  const store = useStore();
  const engine = useSync();
  const status = syncStatus(engine);
  const target = parseJoinHash(location.hash);
  const [problem, setProblem] = createSignal<'invalid' | 'otherKey' | undefined>(target ? undefined : 'invalid');
  const workshop = live(async () => (target ? ((await store.repos.workshop.get(target.workshopId)) ?? null) : null));

  onMount(async () => {
    if (!target) return;
    const current = await getSetting(store.db, ACCESS_KEY);
    if (current && !current.startsWith(JOIN_PREFIX)) return setProblem('otherKey');
    await setSetting(store.db, ACCESS_KEY, `${JOIN_PREFIX}${target.token}`);
    void engine.syncNow();
  });
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
        <button type="button" class="button" onClick={() => void engine.syncNow()}>
          {t('joinScreen.retry')}
        </button>
      </Show>
    </>
  );
}
