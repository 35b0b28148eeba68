import { For, Show } from 'solid-js';
import type { AgreedRow } from '../../../shared/framework/agreed.ts';
import { t } from '../../i18n/index.ts';
import { AgreedValue, DiffersFlag } from './AgreedColumn.tsx';

/** Why the group agreed each score, as text under the table: it prints, and reads in order. */
export function AgreedJustifications(props: { title: string; rows: readonly AgreedRow[]; itemLabel: (id: string) => string }) {
  const explained = () => props.rows.filter((r) => r.recorded && r.justification.trim() !== '');
  return (
    <Show when={explained().length > 0}>
      <section class="agreed-why" aria-label={props.title}>
        <h4>{props.title}</h4>
        <dl>
          <For each={explained()}>
            {(r) => (
              <div data-item={r.itemId}>
                <dt>
                  {props.itemLabel(r.itemId)}: <AgreedValue row={r} />
                  <DiffersFlag row={r} />
                </dt>
                <dd>
                  <span class="visually-hidden">{t('agreed.justification')}: </span>
                  {r.justification}
                </dd>
              </div>
            )}
          </For>
        </dl>
      </section>
    </Show>
  );
}
