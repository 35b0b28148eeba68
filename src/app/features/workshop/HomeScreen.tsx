import { Show } from 'solid-js';
import { t } from '../../i18n/index.ts';
import { linkClick } from '../../core/router.ts';
import { paths } from '../../routes.ts';
import { live } from '../../core/db/live-query.ts';
import { useStore } from '../../core/db/store-context.ts';
import { WorkshopList } from './WorkshopList.tsx';
import { CofacilitatorCodePanel } from './CofacilitatorCodePanel.tsx';

export function HomeScreen() {
  const store = useStore();
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
      <CofacilitatorCodePanel />
    </>
  );
}
