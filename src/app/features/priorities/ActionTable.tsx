import { For, Show } from 'solid-js';
import { ACTION_STATUSES, type ActionItem } from '../../../shared/schemas/records.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { DataTable, type Column } from '../../ui/DataTable.tsx';

export interface ActionTableProps {
  actions: readonly ActionItem[];
  itemLabel: (id: string) => string;
  /** The table's caption (default: the action plan's title). */
  caption?: string;
  /** An Organisation column, for a plan that shows several organisations. */
  organisation?: ((action: ActionItem) => string) | undefined;
  /** Without these, the table only reads (a report): status as text, no delete. */
  onStatus?: (action: ActionItem, status: ActionItem['status']) => void;
  onRemove?: (action: ActionItem) => void;
}

/** The action plan as a table that prints cleanly; status can be changed in place where the caller allows. */
export function ActionTable(props: ActionTableProps) {
  const status = (a: ActionItem) => (
    <Show when={props.onStatus} fallback={t(`actionStatus.${a.status}`)}>
      {(onStatus) => (
        <>
          <select aria-label={t('actions.statusOf', { action: a.action.slice(0, 60) })} value={a.status} onChange={(e) => onStatus()(a, e.currentTarget.value as ActionItem['status'])}>
            {/* A draft is a delegation's to propose: the plan never makes an item one. */}
            <For each={ACTION_STATUSES.filter((s) => s !== 'proposed' || s === a.status)}>
              {(s) => (
                <option value={s} selected={s === a.status}>
                  {t(`actionStatus.${s}`)}
                </option>
              )}
            </For>
          </select>
          <span class="print-only">{t(`actionStatus.${a.status}`)}</span>
        </>
      )}
    </Show>
  );
  const remove = (onRemove: (action: ActionItem) => void): Column<ActionItem> => ({
    header: <span class="visually-hidden">{t('form.delete')}</span>,
    class: 'no-print',
    cell: (a) => (
      <button type="button" class="button button--danger" aria-label={t('actions.remove', { action: a.action.slice(0, 60) })} onClick={() => onRemove(a)}>
        {t('form.delete')}
      </button>
    ),
  });
  const organisationColumn = (name: (action: ActionItem) => string): Column<ActionItem> => ({ header: t('board.fieldOrganisation'), cell: name });
  return (
    <DataTable
      class="table table--actions"
      wrap
      caption={props.caption ?? t('actions.title')}
      empty={<p>{t('actions.empty')}</p>}
      rows={props.actions}
      columns={[
        ...(props.organisation ? [organisationColumn(props.organisation)] : []),
        { header: t('actions.fieldCapacity'), cell: (a: ActionItem) => props.itemLabel(a.itemId) },
        { header: t('actions.fieldAction'), cell: (a: ActionItem) => a.action, cellClass: 'note__text' },
        { header: t('actions.fieldWho'), cell: (a: ActionItem) => a.who },
        { header: t('actions.fieldDue'), cell: (a: ActionItem) => formatDate(a.due) },
        { header: t('actions.fieldIndicator'), cell: (a: ActionItem) => a.indicator, cellClass: 'note__text' },
        { header: t('actions.fieldStatus'), cell: status },
        ...(props.onRemove ? [remove(props.onRemove)] : []),
      ]}
    />
  );
}
