import { Match, Show, Switch } from 'solid-js';
import { t } from '../i18n/index.ts';
import { linkClick } from '../router.ts';
import { paths, type WorkshopSection } from '../routes.ts';
import { useStore } from '../state/store-context.ts';
import { createWorkshopData } from '../state/workshop-data.ts';
import { WorkshopNav } from '../components/WorkshopNav.tsx';
import { NotFoundScreen } from './NotFoundScreen.tsx';
import { OverviewSection } from './workshop/OverviewSection.tsx';
import { DetailsSection } from './workshop/DetailsSection.tsx';
import { AgendaSection } from './workshop/AgendaSection.tsx';
import { PeopleSection } from './workshop/PeopleSection.tsx';
import { NotesSection } from './workshop/NotesSection.tsx';
import { PracticesSection } from './workshop/PracticesSection.tsx';
import { ScoringSection } from './workshop/ScoringSection.tsx';
import { AnalysisSection } from './workshop/AnalysisSection.tsx';
import { PrioritiesSection } from './workshop/PrioritiesSection.tsx';
import { ReportSection } from './workshop/ReportSection.tsx';

/** One workshop: its title, the section tabs, and the current section. Data loads once for all. */
export function WorkshopScreen(props: { id: string; section: WorkshopSection }) {
  const store = useStore();
  const data = createWorkshopData(store, props.id);
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
