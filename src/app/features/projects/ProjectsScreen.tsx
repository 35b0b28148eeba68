import './projects.css';
import { createMemo, createSignal, Show } from 'solid-js';
import { countryName, formatNumber, t, tp } from '../../i18n/index.ts';
import { themeLabel } from '../../i18n/labels.ts';
import { emptyProjectFilter, filterProjects, projectFilterChoices } from './projects.ts';
import { downloadText } from '../../core/platform/download.ts';
import { linkClick, navigate } from '../../core/router.ts';
import { paths } from '../../routes.ts';
import { announce } from '../../ui/announcer.ts';
import { createProjectsData } from './projects-data.ts';
import { useStore } from '../../core/db/store-context.ts';
import { projectFilterSelects } from './project-filter-selects.ts';
import { FilterBar } from '../../ui/FilterBar.tsx';
import { ProjectTable } from './ProjectTable.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { ProjectEditor } from './ProjectEditor.tsx';
import { projectsCsv } from './export-csv.ts';

/** The projects known on this device: search and filters, a new project, CSV import and export. */
export function ProjectsScreen() {
  const store = useStore();
  const data = createProjectsData(store);
  const all = () => data.projects() ?? [];
  const [filter, setFilter] = createSignal(emptyProjectFilter());
  const [adding, setAdding] = createSignal(false);
  const shown = createMemo(() => filterProjects(all(), filter(), { country: countryName, theme: themeLabel }));

  const exportShown = () => {
    const { text, fileName } = projectsCsv(shown());
    downloadText(text, fileName, 'text/csv;charset=utf-8');
    announce(t('projectList.exported', { file: fileName }));
  };

  return (
    <div class="projects">
      <div class="page-head">
        <h1 tabindex="-1">{t('projectList.title')}</h1>
        <div class="row__actions">
          <Show when={!adding()}>
            <button type="button" class="button button--primary" onClick={() => setAdding(true)}>
              {t('projectList.newProject')}
            </button>
          </Show>
          <Show when={shown().length > 0}>
            <button type="button" class="button" onClick={exportShown}>
              {t('projectList.export')}
            </button>
          </Show>
        </div>
      </div>
      <p class="muted">{t('projectList.intro')}</p>
      <Show when={adding()}>
        <ProjectEditor
          onDone={(saved) => {
            setAdding(false);
            if (saved) navigate(paths.project(saved.id));
          }}
        />
      </Show>
      <Show when={data.projects()} fallback={<p class="muted">{t('app.loading')}</p>}>
        <Show when={all().length > 0} fallback={<p class="empty">{t('projectList.empty')}</p>}>
          <FilterBar
            words={{ id: 'pf', label: t('projectList.filters'), search: t('projectList.fieldSearch'), clear: t('projectList.clearFilters') }}
            of={{ filter: filter(), onChange: setFilter }}
            columns={4}
            cleared={emptyProjectFilter}
            choices={projectFilterSelects(projectFilterChoices(all()))}
          />
          <p data-testid="projects-count" aria-live="polite">
            {tp('projectList.shown', shown().length, { total: formatNumber(all().length) })}
          </p>
          <Show when={shown().length > 0} fallback={<p>{t('projectList.noMatch')}</p>}>
            <div class="table-wrap">
              <ProjectTable projects={shown()} hrefOf={(p) => paths.project(p.id)} onLink={linkClick} />
            </div>
          </Show>
        </Show>
      </Show>
      <ImportPanel projects={all()} />
    </div>
  );
}
