import { For, Show } from 'solid-js';
import { SWOT_QUADRANTS, type ActionItem, type Organisation, type SwotEntry } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { shortName } from '../../ui/names.ts';
import { sortActions } from '../priorities/index.ts';
import { ActionTable } from '../priorities/index.ts';

/** Who a SWOT entry or action belongs to: an organisation, or the whole workshop. */
const groups = <T extends { organisationId?: string | undefined }>(xs: readonly T[], orgs: readonly Organisation[]) =>
  [{ id: '', name: t('report.swotWorkshop') }, ...orgs.map((o) => ({ id: o.id, name: shortName(o) }))]
    .map((g) => ({ ...g, items: xs.filter((x) => (x.organisationId ?? '') === g.id) }))
    .filter((g) => g.items.length > 0);

export function ReportPriorities(props: { swot: readonly SwotEntry[]; actions: readonly ActionItem[]; organisations: readonly Organisation[]; itemLabel: (id: string) => string }) {
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
                  <For each={SWOT_QUADRANTS.filter((q) => g.items.some((e) => e.quadrant === q))}>
                    {(q) => (
                      <div class="swot__quadrant">
                        <p class="swot__label">{t(`swot.${q}`)}</p>
                        <ul class="report__list">
                          <For each={g.items.filter((e) => e.quadrant === q)}>{(e) => <li class="case__text">{e.text}</li>}</For>
                        </ul>
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
        <Show when={props.actions.length > 0} fallback={<p>{t('report.none')}</p>}>
          <For each={groups(props.actions, props.organisations)}>{(g) => <ActionTable caption={g.name} actions={sortActions(g.items, 'due', () => 0)} itemLabel={props.itemLabel} />}</For>
        </Show>
      </section>
    </>
  );
}
