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

export function ProjectWorkshops(props: Links & { workshops: ProjectPage['workshops'] }) {
  type Row = ProjectPage['workshops'][number];
  return (
    <WorkTable
      caption={t('projectPage.workshops')}
      rows={props.workshops}
      columns={[
        { header: t('projectPage.columnWorkshop'), cell: (w: Row) => workshopLink(w, props) },
        stackColumn(t('projectPage.columnDates'), (w: Row) => projectDates(w)),
        stackColumn(t('projectPage.columnCountry'), (w: Row) => countryName(w.country)),
        stackColumn(t('projectPage.columnTheme'), (w: Row) => themeLabel(w.theme)),
      ]}
    />
  );
}

export function ProjectPractices(props: Links & { practices: ProjectPage['practices'] }) {
  type Row = ProjectPage['practices'][number];
  return (
    <WorkTable
      caption={t('projectPage.practices')}
      rows={props.practices}
      columns={[
        { header: t('projectPage.columnPractice'), cell: (p: Row) => p.practice.title },
        stackColumn(t('projectPage.columnWorkshop'), (p: Row) => workshopLink(p.workshop, props)),
        stackColumn(t('projectPage.columnStatus'), (p: Row) => t(`practiceStatus.${p.practice.status}`)),
      ]}
    />
  );
}

export function ProjectActions(props: Links & { actions: ProjectPage['actions'] }) {
  type Row = ProjectPage['actions'][number];
  return (
    <WorkTable
      caption={t('projectPage.actions')}
      rows={props.actions}
      columns={[
        { header: t('projectPage.columnAction'), cell: (a: Row) => a.action.action, cellClass: 'note__text' },
        stackColumn(t('projectPage.columnOrganisation'), (a: Row) => a.organisation.acronym || a.organisation.name),
        stackColumn(t('projectPage.columnCapacity'), (a: Row) => capacityLabel(a.action.itemId)),
        stackColumn(t('projectPage.columnDue'), (a: Row) => formatDate(a.action.due) || '–'),
        stackColumn(t('projectPage.columnStatus'), (a: Row) => <span class="badge">{t(`actionStatus.${a.action.status}`)}</span>),
        stackColumn(t('projectPage.columnWorkshop'), (a: Row) => workshopLink(a.workshop, props)),
      ]}
    />
  );
}
