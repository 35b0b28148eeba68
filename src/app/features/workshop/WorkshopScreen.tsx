import { Show, untrack } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { t } from '../../i18n/index.ts';
import { linkClick } from '../../core/router.ts';
import { paths, type WorkshopSection } from '../../routes.ts';
import { SECTIONS } from '../../sections.ts';
import { useStore } from '../../core/db/store-context.ts';
import { createWorkshopData } from '../../core/db/workshop-data.ts';
import { WorkshopNav } from './WorkshopNav.tsx';
import { NotFoundScreen } from '../../ui/NotFoundScreen.tsx';

/** One workshop: its title, the section tabs, and the current section. Data loads once for all. */
export function WorkshopScreen(props: { id: string; section: WorkshopSection }) {
  const store = useStore();
  // Another workshop's route mounts a new screen.
  const data = createWorkshopData(
    store,
    untrack(() => props.id),
  );
  return (
    <Show when={data.workshop() !== undefined} fallback={<p class="muted">{t('app.loading')}</p>}>
      <Show when={data.workshop()} fallback={<NotFoundScreen />}>
        {(workshop) => (
          <>
            <a class="back-link" href={paths.home()} onClick={linkClick}>
              {t('nav.back')}
            </a>
            <div class="page-head">
              <h1 tabindex="-1">{workshop().title}</h1>
            </div>
            <WorkshopNav current={props.section} hrefOf={(s) => paths.workshop(props.id, s)} onLink={linkClick} />
            <Dynamic component={SECTIONS[props.section]} workshop={workshop()} data={data} />
          </>
        )}
      </Show>
    </Show>
  );
}
