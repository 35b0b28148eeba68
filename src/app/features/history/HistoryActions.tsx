import { formatDate, t } from '../../i18n/index.ts';
import { capacityLabel } from '../../i18n/labels.ts';
import { DataTable, stackColumn } from '../../ui/DataTable.tsx';
import type { OrganisationHistory } from './history.ts';

/** The organisation's action-plan items of every workshop, with their status: what was planned, and what came of it. */
export function HistoryActions(props: { actions: OrganisationHistory['actions']; workshopHref: (id: string) => string; onLink: (e: MouseEvent) => void }) {
  return (
    <DataTable
      class="table stack"
      captionClass="visually-hidden"
      caption={t('history.actions')}
      rows={props.actions}
      columns={[
        { header: t('history.columnAction'), cell: (a) => a.action.action, cellClass: 'note__text' },
        stackColumn<OrganisationHistory['actions'][number]>(t('history.columnCapacity'), (a) => capacityLabel(a.action.itemId)),
        stackColumn<OrganisationHistory['actions'][number]>(t('history.columnStatus'), (a) => <span class="badge">{t(`actionStatus.${a.action.status}`)}</span>),
        stackColumn<OrganisationHistory['actions'][number]>(t('history.columnDue'), (a) => formatDate(a.action.due) || '–'),
        stackColumn<OrganisationHistory['actions'][number]>(t('history.columnWorkshop'), (a) => (
          <a class="cell-link" href={props.workshopHref(a.workshop.id)} onClick={(e) => props.onLink(e)}>
            {a.workshop.title}
          </a>
        )),
      ]}
    />
  );
}
