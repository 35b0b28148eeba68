import { For, Show } from 'solid-js';
import type { ActionItem, Organisation, SwotEntry } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { shortName } from '../../ui/names.ts';
import { sortActions } from '../priorities/index.ts';
import { ActionTable, boardColumns, cardWords } from '../priorities/index.ts';

/** Who a SWOT entry or action belongs to: an organisation, or the whole workshop. */
const groups = <T extends { organisationId?: string | undefined }>(xs: readonly T[], orgs: readonly Organisation[]) =>
  [{ id: '', name: t('report.swotWorkshop') }, ...orgs.map((o) => ({ id: o.id, name: shortName(o) }))]
    .map((g) => ({ ...g, items: xs.filter((x) => (x.organisationId ?? '') === g.id) }))
    .filter((g) => g.items.length > 0);

/**
 * The SWOT as the board left it (the facilitator's words, groups, ideas; a merged card only once,
 * under the card it joined) and the accepted plan: delegations' drafts are not plan items.
 */
export function ReportPriorities(props: { swot: readonly SwotEntry[]; actions: readonly ActionItem[]; organisations: readonly Organisation[]; itemLabel: (id: string) => string }) {
  const plan = () => props.actions.filter((a) => a.status !== 'proposed');
  return (
    <>
      <section class="report__section" aria-labelledby="report-swot">
        <h3 id="report-swot">{t('report.swot')}</h3>
        <Show when={props.swot.length > 0} fallback={<p>{t('report.none')}</p>}>
          <For each={groups(props.swot, props.organisations)}>
            {(g) => (
              <section aria-labelledby={`report-swot-${g.id || 'all'}`}>
                <h4 id={`report-swot-${g.id || 'all'}`}>{g.name}</h4>
                <div class="swot">
                  <For each={boardColumns(g.items).filter((c) => c.count > 0)}>
                    {(c) => (
                      <div class="swot__quadrant">
                        <p class="swot__label">{t(`swot.${c.kind}`)}</p>
                        <For each={c.groups}>
                          {(group) => (
                            <>
                              <Show when={group.label}>{(label) => <p class="swot__group">{t('board.group', { label: label() })}</p>}</Show>
                              <ul class="report__list">
                                <For each={group.cards}>
                                  {(card) => (
                                    <li class="case__text">
                                      {cardWords(card.entry)}
                                      <Show when={card.merged.length > 0}>
                                        <ul>
                                          <For each={card.merged}>{(m) => <li>{t('board.merged', { text: cardWords(m) })}</li>}</For>
                                        </ul>
                                      </Show>
                                    </li>
                                  )}
                                </For>
                              </ul>
                            </>
                          )}
                        </For>
                      </div>
                    )}
                  </For>
                </div>
              </section>
            )}
          </For>
        </Show>
      </section>
      <section class="report__section" aria-labelledby="report-actions">
        <h3 id="report-actions">{t('report.actions')}</h3>
        <Show when={plan().length > 0} fallback={<p>{t('report.none')}</p>}>
          <For each={groups(plan(), props.organisations)}>{(g) => <ActionTable caption={g.name} actions={sortActions(g.items, 'due', () => 0)} itemLabel={props.itemLabel} />}</For>
        </Show>
      </section>
    </>
  );
}
