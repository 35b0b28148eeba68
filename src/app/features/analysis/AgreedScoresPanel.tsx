import { createMemo, For, Show } from 'solid-js';
import { agreedBeside, agreedFor, agreedSummary } from '../../../shared/framework/agreed.ts';
import type { ProfileAnalysis } from '../../../shared/framework/analysis.ts';
import { localised, type FrameworkDocument } from '../../../shared/framework/schema.ts';
import type { AgreedScore } from '../../../shared/schemas/room-records.ts';
import { locale, t, tp } from '../../i18n/index.ts';
import { AgreedItemEditor } from './AgreedItemEditor.tsx';
import { COULD_NOT_AGREE } from './agreed-draft.ts';
import { WHOLE_WORKSHOP } from './analysis-view.ts';

export interface AgreedScoresPanelProps {
  workshopId: string;
  /** The organisation chosen in the analysis; WHOLE_WORKSHOP asks for one first. */
  organisationId: string;
  round: string;
  framework: FrameworkDocument;
  /** The chosen organisation's profile in the round: every item of the framework, with its statistics. */
  items: ProfileAnalysis['items'];
  records: readonly AgreedScore[];
  itemLabel: (id: string) => string;
}

/** Where a facilitator records what each organisation's group agreed, item by item, beside its individual scores. */
export function AgreedScoresPanel(props: AgreedScoresPanelProps) {
  const entries = createMemo(() => agreedFor(props.records, props.organisationId, props.round));
  const rows = createMemo(() => new Map(agreedBeside(props.items, entries()).map((r) => [r.itemId, r])));
  const summary = createMemo(() => agreedSummary([...rows().values()]));
  // Item ids, not rows: a form stays mounted (and keeps its caret) while records arrive through sync.
  const itemIds = createMemo(() => props.items.map((i) => i.itemId));
  const options = createMemo(() => [
    ...props.framework.scale.labels.map((label, i) => {
      const value = String(props.framework.scale.min + i);
      return { value, label: t('agreed.scalePoint', { value, label: localised(label, locale()) }) };
    }),
    { value: COULD_NOT_AGREE, label: t('agreed.couldNotAgree') },
  ]);
  const choice = () => (props.organisationId === WHOLE_WORKSHOP ? undefined : `${props.organisationId}\u0000${props.round}`);

  return (
    <section class="agreed" aria-labelledby="agreed-title">
      <h3 id="agreed-title">{t('agreed.title')}</h3>
      {/* Keyed: another organisation or round mounts fresh forms, each with its own kept draft. */}
      <Show when={choice()} keyed fallback={<p class="notice">{t('agreed.chooseOrganisation')}</p>}>
        {(_choice) => (
          <>
            <p class="muted">{t('agreed.intro')}</p>
            <p data-testid="agreed-progress">
              {tp('agreed.progress', summary().agreed, { total: summary().total })}
              <Show when={summary().couldNotAgree > 0}> · {tp('agreed.couldNotAgreeCount', summary().couldNotAgree)}</Show>
            </p>
            <div class="agreed__items">
              <For each={itemIds()}>
                {(itemId) => (
                  <Show when={rows().get(itemId)}>
                    {(row) => (
                      <AgreedItemEditor
                        workshopId={props.workshopId}
                        organisationId={props.organisationId}
                        round={props.round}
                        row={row()}
                        label={props.itemLabel(itemId)}
                        record={entries().get(itemId)}
                        options={options()}
                      />
                    )}
                  </Show>
                )}
              </For>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}
