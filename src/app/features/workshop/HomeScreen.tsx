import { createSignal, lazy, onMount, Show, Suspense } from 'solid-js';
import { ensureMessages, t } from '../../i18n/index.ts';
import { whenIdle } from '../../core/platform/idle.ts';
import { linkClick } from '../../core/router.ts';
import { paths } from '../../routes.ts';
import { live } from '../../core/db/live-query.ts';
import { useStore } from '../../core/db/store-context.ts';
import { getSetting } from '../../core/db/settings.ts';
import { ACCESS_KEY } from '../../core/credentials/credentials.ts';
import { ACCESS_KEY_PREFIX } from '../../../shared/identity/join-credential.ts';
import { WorkshopList } from './WorkshopList.tsx';

// Taking a colleague's co-facilitator code is not the first screen's work: its code and words load
// once the page is idle.
const CofacilitatorCodePanel = lazy(() => Promise.all([import('./CofacilitatorCodePanel.tsx'), ensureMessages()]).then(([m]) => ({ default: m.CofacilitatorCodePanel })));

export function HomeScreen() {
  const store = useStore();
  const [later, setLater] = createSignal(false);
  onMount(() => whenIdle(() => setLater(true)));
  // Only a facilitator's device takes such a code, or one opened by a code's link.
  const takesCodes = live(async () => location.hash.includes('cofacilitate=') || (await getSetting(store.db, ACCESS_KEY))?.startsWith(ACCESS_KEY_PREFIX.facilitator) === true);
  const workshops = live(async () => {
    const all = await store.repos.workshop.list();
    return all.sort((a, b) => b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title));
  });
  return (
    <>
      <div class="page-head">
        <h1 tabindex="-1">{t('home.title')}</h1>
        <Show when={(workshops()?.length ?? 0) > 0}>
          <a class="button button--primary" href={paths.newWorkshop()} onClick={linkClick}>
            {t('home.newWorkshop')}
          </a>
        </Show>
      </div>
      <Show when={workshops()} fallback={<p class="muted">{t('app.loading')}</p>}>
        {(list) => <WorkshopList workshops={list()} newHref={paths.newWorkshop()} hrefOf={(w) => paths.workshop(w.id)} onLink={linkClick} />}
      </Show>
      <Show when={later() && takesCodes()}>
        <Suspense>
          <CofacilitatorCodePanel />
        </Suspense>
      </Show>
    </>
  );
}
