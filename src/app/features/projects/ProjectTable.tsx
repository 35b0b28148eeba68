import { Show } from 'solid-js';
import type { Project } from '../../../shared/schemas/records.ts';
import { formatList, t } from '../../i18n/index.ts';
import { DataTable, stackColumn } from '../../ui/DataTable.tsx';
import { budgetText, countryList, projectDates, projectStatusLabel, themeList } from './project-text.ts';

export interface ProjectTableProps {
  projects: readonly Project[];
  hrefOf: (p: Project) => string;
  onLink: (e: MouseEvent) => void;
}

/**
 * The projects directory as a table. Related values share a column so it fits a tablet; on a phone
 * each row stacks into a card whose cells name their column (the `stack` style), so nothing
 * scrolls sideways.
 */
export function ProjectTable(props: ProjectTableProps) {
  const none = () => <span class="muted">{t('projectList.none')}</span>;
  return (
    <DataTable
      class="table stack projects-table"
      caption={t('projectList.caption')}
      rows={props.projects}
      columns={[
        {
          header: t('projectList.columnProject'),
          cell: (p) => (
            <a class="cell-link" href={props.hrefOf(p)} onClick={(e) => props.onLink(e)}>
              <span class="code">{p.reference}</span>
              <span>{p.title}</span>
            </a>
          ),
        },
        stackColumn(t('projectList.columnOrganisations'), (p: Project) => (
          <Show when={p.donor || p.implementer || p.partners.length} fallback={none()}>
            <Show when={p.donor}>
              <p>{t('projectList.donorLine', { donor: p.donor })}</p>
            </Show>
            <Show when={p.implementer}>{(name) => <p>{t('projectList.implementerLine', { name: name() })}</p>}</Show>
            <Show when={p.partners.length > 0}>
              <p>{t('projectList.partnersLine', { partners: formatList(p.partners) })}</p>
            </Show>
          </Show>
        )),
        stackColumn(t('projectList.columnPlaces'), (p: Project) => (
          <Show when={p.countries.length || p.themes.length} fallback={none()}>
            <Show when={p.countries.length > 0}>
              <p>{countryList(p.countries)}</p>
            </Show>
            <Show when={p.themes.length > 0}>
              <p>{themeList(p.themes)}</p>
            </Show>
          </Show>
        )),
        stackColumn(t('projectList.columnDates'), (p: Project) => (
          <>
            <Show when={projectDates(p)}>
              <p>{projectDates(p)}</p>
            </Show>
            <p>
              <span class="badge">{projectStatusLabel(p.status)}</span>
            </p>
          </>
        )),
        stackColumn(t('projectList.columnBudget'), (p: Project) => (
          <Show when={p.budget || p.contact} fallback={none()}>
            <Show when={p.budget}>
              <p>{budgetText(p.budget)}</p>
            </Show>
            <Show when={p.contact}>{(contact) => <p>{t('projectList.contactLine', { contact: contact() })}</p>}</Show>
          </Show>
        )),
      ]}
    />
  );
}
