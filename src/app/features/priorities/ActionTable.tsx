import { For, Show } from 'solid-js';
import { ACTION_STATUSES, type ActionItem } from '../../../shared/schemas/records.ts';
import { formatDate, t } from '../../i18n/index.ts';

export interface ActionTableProps {
  actions: readonly ActionItem[];
  itemLabel: (id: string) => string;
  /** The table's caption (default: the action plan's title). */
  caption?: string;
  /** Without these, the table only reads (a report): status as text, no delete. */
  onStatus?: (action: ActionItem, status: ActionItem['status']) => void;
  onRemove?: (action: ActionItem) => void;
}

/** The action plan as a table that prints cleanly; status can be changed in place where the caller allows. */
export function ActionTable(props: ActionTableProps) {
  return (
    <Show when={props.actions.length > 0} fallback={<p>{t('actions.empty')}</p>}>
      <div class="table-wrap">
        <table class="table table--actions">
          <caption>{props.caption ?? t('actions.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('actions.fieldCapacity')}</th>
              <th scope="col">{t('actions.fieldAction')}</th>
              <th scope="col">{t('actions.fieldWho')}</th>
              <th scope="col">{t('actions.fieldDue')}</th>
              <th scope="col">{t('actions.fieldIndicator')}</th>
              <th scope="col">{t('actions.fieldStatus')}</th>
              <Show when={props.onRemove}>
                <th scope="col" class="no-print">
                  <span class="visually-hidden">{t('form.delete')}</span>
                </th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For each={props.actions}>
              {(a) => (
                <tr>
                  <th scope="row">{props.itemLabel(a.itemId)}</th>
                  <td class="note__text">{a.action}</td>
                  <td>{a.who}</td>
                  <td>{formatDate(a.due)}</td>
                  <td class="note__text">{a.indicator}</td>
                  <td>
                    <Show when={props.onStatus} fallback={t(`actionStatus.${a.status}`)}>
                      {(onStatus) => (
                        <>
                          <select aria-label={t('actions.statusOf', { action: a.action.slice(0, 60) })} value={a.status} onChange={(e) => onStatus()(a, e.currentTarget.value as ActionItem['status'])}>
                            <For each={ACTION_STATUSES}>{(s) => <option value={s} selected={s === a.status}>{t(`actionStatus.${s}`)}</option>}</For>
                          </select>
                          <span class="print-only">{t(`actionStatus.${a.status}`)}</span>
                        </>
                      )}
                    </Show>
                  </td>
                  <Show when={props.onRemove}>
                    {(onRemove) => (
                      <td class="no-print">
                        <button type="button" class="button button--danger" aria-label={t('actions.remove', { action: a.action.slice(0, 60) })} onClick={() => onRemove()(a)}>
                          {t('form.delete')}
                        </button>
                      </td>
                    )}
                  </Show>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
