import { Match, Show, Switch, untrack } from 'solid-js';
import { t } from '../../i18n/index.ts';
import { linkClick } from '../../core/router.ts';
import { paths, type WorkshopSection } from '../../routes.ts';
import { AgendaSection, AnalysisSection, DetailsSection, NotesSection, OverviewSection, PeopleSection, PracticesSection, PrioritiesSection, ReportSection, ScoringSection } from '../../sections.ts';
import { useStore } from '../../core/db/store-context.ts';
import { createWorkshopData } from '../../core/db/workshop-data.ts';
import { WorkshopNav } from './WorkshopNav.tsx';
import { NotFoundScreen } from '../../ui/NotFoundScreen.tsx';

/** One workshop: its title, the section tabs, and the current section. Data loads once for all. */
export function WorkshopScreen(props: { id: string; section: WorkshopSection }) {
  const store = useStore();
  // Another workshop's route mounts a new screen.
  const data = createWorkshopData(store, untrack(() => props.id));
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
            <Switch>
              <Match when={props.section === 'overview'}>
                <OverviewSection data={data} />
              </Match>
              <Match when={props.section === 'details'}>
                <DetailsSection workshop={workshop()} data={data} />
              </Match>
              <Match when={props.section === 'agenda'}>
                <AgendaSection workshop={workshop()} data={data} />
              </Match>
              <Match when={props.section === 'people'}>
                <PeopleSection workshopId={props.id} data={data} />
              </Match>
              <Match when={props.section === 'notes'}>
                <NotesSection workshopId={props.id} data={data} />
              </Match>
              <Match when={props.section === 'scoring'}>
                <ScoringSection workshop={workshop()} data={data} />
              </Match>
              <Match when={props.section === 'analysis'}>
                <AnalysisSection workshop={workshop()} data={data} />
              </Match>
              <Match when={props.section === 'priorities'}>
                <PrioritiesSection workshop={workshop()} data={data} />
              </Match>
              <Match when={props.section === 'practices'}>
                <PracticesSection workshopId={props.id} data={data} />
              </Match>
              <Match when={props.section === 'report'}>
                <ReportSection workshop={workshop()} data={data} />
              </Match>
            </Switch>
          </>
        )}
      </Show>
    </Show>
  );
}
