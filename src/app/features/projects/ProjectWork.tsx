import type { ProjectPage } from './projects-page.ts';
import type { Workshop } from '../../../shared/schemas/records.ts';
import { countryName, formatDate, t } from '../../i18n/index.ts';
import { capacityLabel, themeLabel } from '../../i18n/labels.ts';
import { projectDates } from './project-text.ts';
import { DataTable, stackColumn, type Column } from '../../ui/DataTable.tsx';

/** What the workshops produced for a project, as tables that stack into cards on a phone. */

interface Links {
  workshopHref: (w: Workshop) => string;
  onLink: (e: MouseEvent) => void;
}

const workshopLink = (w: Workshop | undefined, links: Links) =>
  w ? (
    <a class="cell-link" href={links.workshopHref(w)} onClick={(e) => links.onLink(e)}>
      {w.title}
    </a>
  ) : (
    <span class="muted">{t('projectList.none')}</span>
  );

/** A table of the project's work: its rows stack into cards on a phone; the section's heading names it. */
function WorkTable<R>(props: { caption: string; rows: readonly R[]; columns: Column<R>[] }) {
  return <DataTable class="table stack" captionClass="visually-hidden" caption={props.caption} rows={props.rows} columns={props.columns} />;
}

const workshopColumns = (links: Links): Column<ProjectPage['workshops'][number]>[] => [
  { header: t('projectPage.columnWorkshop'), cell: (w) => workshopLink(w, links) },
  stackColumn(t('projectPage.columnDates'), (w) => projectDates(w)),
  stackColumn(t('projectPage.columnCountry'), (w) => countryName(w.country)),
  stackColumn(t('projectPage.columnTheme'), (w) => themeLabel(w.theme)),
];

const practiceColumns = (links: Links): Column<ProjectPage['practices'][number]>[] => [
  { header: t('projectPage.columnPractice'), cell: (p) => p.practice.title },
  stackColumn(t('projectPage.columnWorkshop'), (p) => workshopLink(p.workshop, links)),
  stackColumn(t('projectPage.columnStatus'), (p) => t(`practiceStatus.${p.practice.status}`)),
];

const actionColumns = (links: Links): Column<ProjectPage['actions'][number]>[] => [
  { header: t('projectPage.columnAction'), cell: (a) => a.action.action, cellClass: 'note__text' },
  stackColumn(t('projectPage.columnOrganisation'), (a) => a.organisation.acronym || a.organisation.name),
  stackColumn(t('projectPage.columnCapacity'), (a) => capacityLabel(a.action.itemId)),
  stackColumn(t('projectPage.columnDue'), (a) => formatDate(a.action.due) || '–'),
  stackColumn(t('projectPage.columnStatus'), (a) => <span class="badge">{t(`actionStatus.${a.action.status}`)}</span>),
  stackColumn(t('projectPage.columnWorkshop'), (a) => workshopLink(a.workshop, links)),
];

export function ProjectWorkshops(props: Links & { workshops: ProjectPage['workshops'] }) {
  return <WorkTable caption={t('projectPage.workshops')} rows={props.workshops} columns={workshopColumns(props)} />;
}

export function ProjectPractices(props: Links & { practices: ProjectPage['practices'] }) {
  return <WorkTable caption={t('projectPage.practices')} rows={props.practices} columns={practiceColumns(props)} />;
}

export function ProjectActions(props: Links & { actions: ProjectPage['actions'] }) {
  return <WorkTable caption={t('projectPage.actions')} rows={props.actions} columns={actionColumns(props)} />;
}
