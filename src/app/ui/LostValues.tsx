import { For, Show } from 'solid-js';
import type { LostValue } from '../../shared/schemas/records.ts';
import type { LostValueReview } from '../core/db/lost-values.ts';
import { t } from '../i18n/index.ts';
import { describeLostValue } from './lost-value-words.ts';
import { Panel } from './Panel.tsx';

const NO_NAMES = { deviceNames: new Map<string, string>(), recordNames: new Map<string, string>() };

/**
 * Values that lost to a concurrent edit, each in a sentence (field, value, the device it came
 * from, when it was replaced), with "Put it back" while its record's field holds another value.
 */
export function LostValues(props: { review: LostValueReview | undefined; now: number; onPutBack: (l: LostValue, recordNames: ReadonlyMap<string, string>) => void }) {
  const values = () => props.review?.values ?? [];
  return (
    <Panel titleId="lost-title" title={t('lost.title')}>
      <Show when={values().length > 0} fallback={<p class="muted">{t('lost.empty')}</p>}>
        <p class="muted">{t('lost.intro')}</p>
        <ul class="rows" aria-labelledby="lost-title">
          <For each={values()}>
            {(l) => (
              <li class="row">
                <p class="row__title note__text" id={`lost-${l.id}`}>
                  {describeLostValue(l, props.review ?? NO_NAMES, props.now)}
                </p>
                <Show when={props.review?.writable.has(l.id)}>
                  <Show when={!props.review?.inPlace.has(l.id)} fallback={<span class="muted">{t('lost.inPlace')}</span>}>
                    <button type="button" class="button button--small" aria-describedby={`lost-${l.id}`} onClick={() => props.onPutBack(l, props.review?.recordNames ?? NO_NAMES.recordNames)}>
                      {t('lost.putBack')}
                    </button>
                  </Show>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Panel>
  );
}
