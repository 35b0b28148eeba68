import { For, Show } from 'solid-js';
import type { ActionItem } from '../../../shared/schemas/records.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';

export interface PlanDraftsProps {
  /** Actions a delegation drafted on a phone (status `proposed`). */
  drafts: readonly ActionItem[];
  organisation: (action: ActionItem) => string;
  itemLabel: (id: string) => string;
  onAccept: (action: ActionItem) => void;
  onDecline: (action: ActionItem) => void;
}

/** The delegations' drafts, apart from the plan until the facilitator accepts or declines each. */
export function PlanDrafts(props: PlanDraftsProps) {
  const fact = (label: string, value: string) => (
    <Show when={value}>
      <div>
        <dt>{label}</dt>
        <dd class="note__text">{value}</dd>
      </div>
    </Show>
  );
  return (
    <Show when={props.drafts.length > 0}>
      <section class="plan-drafts" aria-labelledby="plan-drafts-title">
        <h3 id="plan-drafts-title">{t('board.drafts', { count: props.drafts.length })}</h3>
        <p class="muted">{t('board.draftsHint')}</p>
        <ul class="rows" aria-labelledby="plan-drafts-title">
          <For each={props.drafts}>
            {(a) => (
              <li class="row">
                <div class="row__main">
                  <p class="row__title note__text">{a.action}</p>
                  <dl class="plan-drafts__facts">
                    {fact(t('board.fieldOrganisation'), props.organisation(a))}
                    {fact(t('actions.fieldCapacity'), props.itemLabel(a.itemId))}
                    {fact(t('actions.fieldWho'), a.who)}
                    {fact(t('actions.fieldDue'), formatDate(a.due))}
                    {fact(t('actions.fieldIndicator'), a.indicator)}
                  </dl>
                </div>
                <div class="row__actions">
                  <Button label={t('board.accept')} tone="primary" ariaLabel={t('board.acceptOf', { action: a.action.slice(0, 60) })} onClick={() => props.onAccept(a)} />
                  <Button label={t('board.decline')} tone="danger" ariaLabel={t('board.declineOf', { action: a.action.slice(0, 60) })} onClick={() => props.onDecline(a)} />
                </div>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
