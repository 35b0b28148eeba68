import { For, Show } from 'solid-js';
import { SWOT_QUADRANTS, type SwotEntry } from '../../shared/schemas/records.ts';
import { t } from '../i18n/index.ts';

export interface SwotBoardProps {
  entries: readonly SwotEntry[];
  factorLabel: (id: string) => string;
  onRemove: (entry: SwotEntry) => void;
}

/** The four quadrants, each a titled list (words, not colour, tell them apart). */
export function SwotBoard(props: SwotBoardProps) {
  return (
    <div class="swot">
      <For each={SWOT_QUADRANTS}>
        {(q) => {
          const items = () => props.entries.filter((e) => e.quadrant === q);
          return (
            <section class={`swot__quadrant swot__quadrant--${q}`} aria-labelledby={`swot-${q}`}>
              <h3 id={`swot-${q}`}>{t(`swot.${q}`)}</h3>
              <Show when={items().length > 0} fallback={<p class="muted">{t('swot.empty')}</p>}>
                <ul class="rows" aria-labelledby={`swot-${q}`}>
                  <For each={items()}>
                    {(e) => (
                      <li class="row">
                        <div class="row__main">
                          <p class="row__title note__text">{e.text}</p>
                          <Show when={e.factorId}>
                            <p class="card__meta">{props.factorLabel(e.factorId!)}</p>
                          </Show>
                        </div>
                        <button type="button" class="button button--danger" aria-label={t('swot.remove', { text: e.text.slice(0, 60) })} onClick={() => props.onRemove(e)}>
                          {t('form.delete')}
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </section>
          );
        }}
      </For>
    </div>
  );
}
