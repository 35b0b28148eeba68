import { For, Show } from 'solid-js';
import type { Poll } from '../../../shared/schemas/room-records.ts';
import { formatNumber, t } from '../../i18n/index.ts';
import { addDot, canAddDot, removeDot, type Dots } from './dots.ts';

/**
 * A voter's dots on a vote's options: − and + on each (48px), the count between them, and how many
 * dots are left said once under the list (and read out as it changes). Dots never exceed the vote's.
 */
export function DotPicker(props: {
  idPrefix: string;
  poll: Pick<Poll, 'options' | 'dots' | 'stack'>;
  dots: Dots;
  left: string;
  disabled?: boolean;
  problem?: string | undefined;
  onChange: (dots: Dots) => void;
}) {
  return (
    <div class="dot-picker">
      <ul class="dot-picker__list">
        <For each={props.poll.options}>
          {(o, i) => {
            const n = () => props.dots[o.id] ?? 0;
            return (
              <li class="dot-picker__row" classList={{ 'dot-picker__row--dotted': n() > 0 }}>
                <span class="dot-picker__label" id={`${props.idPrefix}-${i()}`}>
                  {o.label}
                </span>
                <span class="dot-picker__controls">
                  <button
                    type="button"
                    class="button dot-picker__step"
                    aria-label={t('votes.removeDot', { option: o.label })}
                    disabled={props.disabled || n() === 0}
                    onClick={() => props.onChange(removeDot(props.dots, o.id))}
                  >
                    −
                  </button>
                  <span class="dot-picker__count">
                    <span aria-hidden="true">{formatNumber(n())}</span>
                    <span class="visually-hidden">{t('votes.dotsOn', { option: o.label, count: formatNumber(n()) })}</span>
                  </span>
                  <button
                    type="button"
                    class="button dot-picker__step"
                    aria-label={t('votes.addDot', { option: o.label })}
                    disabled={props.disabled || !canAddDot(props.poll, props.dots, o.id)}
                    onClick={() => props.onChange(addDot(props.poll, props.dots, o.id))}
                  >
                    +
                  </button>
                </span>
              </li>
            );
          }}
        </For>
      </ul>
      <p class="dot-picker__left" aria-live="polite" data-testid="dots-left">
        {props.left}
      </p>
      <Show when={props.problem}>
        <p class="form__error" role="alert">
          {props.problem}
        </p>
      </Show>
    </div>
  );
}
