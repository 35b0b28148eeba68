import './scoring.css';
import { For, Show } from 'solid-js';
import { t } from '../../i18n/index.ts';
import { TextField } from '../../ui/inputs.tsx';
import { Button } from '../../ui/Button.tsx';
import { Translated } from '../../ui/Translated.tsx';
import type { ShownText } from '../../../shared/framework/schema.ts';

export interface ScalePoint {
  value: number;
  label: ShownText;
}

export interface ScoreItemViewProps {
  itemId: string;
  /** The framework's words, each in the language it could be shown in (another than the reader's when not translated yet). */
  groupLabel: ShownText;
  label: ShownText;
  explanation: ShownText;
  questions: readonly ShownText[];
  index: number;
  total: number;
  points: readonly ScalePoint[];
  allowDontKnow: boolean;
  /** The saved answer: a point, null for "don't know", undefined when not answered. */
  value: number | null | undefined;
  comment: string;
  nextLabel: string;
  onPick: (value: number | null) => void;
  onComment: (text: string) => void;
  onBack?: (() => void) | undefined;
  onNext: () => void;
}

/** One question per screen, built for a thumb on a small phone: large choices, Back and Next. */
export function ScoreItemView(props: ScoreItemViewProps) {
  const name = () => `score-${props.itemId}`;
  return (
    <article class="score" aria-labelledby="score-item-title">
      <p class="score__progress">
        <label for="score-progress">{t('score.itemOf', { index: props.index + 1, total: props.total })}</label>
        <progress id="score-progress" max={props.total} value={props.index + 1} aria-label={t('score.progressLabel')} />
      </p>
      <p class="muted">
        <Translated shown={props.groupLabel} />
      </p>
      <h1 id="score-item-title" tabindex="-1">
        <Translated shown={props.label} />
      </h1>
      <p>
        <Translated shown={props.explanation} />
      </p>
      <Show when={props.questions.length > 0}>
        <details class="disclosure">
          <summary>{t('score.guiding')}</summary>
          <ul>
            <For each={props.questions}>
              {(q) => (
                <li>
                  <Translated shown={q} />
                </li>
              )}
            </For>
          </ul>
        </details>
      </Show>
      <fieldset class="scale">
        <legend>{t('score.scaleLegend')}</legend>
        <For each={props.points}>
          {(p) => (
            <label class="scale__option">
              <input type="radio" name={name()} value={p.value} checked={props.value === p.value} onChange={() => props.onPick(p.value)} />
              <span class="scale__value">{p.value}</span>
              <span class="scale__label">
                <Translated shown={p.label} short />
              </span>
            </label>
          )}
        </For>
        <Show when={props.allowDontKnow}>
          <label class="scale__option scale__option--dk">
            <input type="radio" name={name()} value="dont-know" checked={props.value === null} onChange={() => props.onPick(null)} />
            <span class="scale__label">{t('score.dontKnow')}</span>
          </label>
        </Show>
      </fieldset>
      <TextField id={`comment-${props.itemId}`} multiline rows={3} label={t('score.comment')} hint={t('score.commentHint')} value={props.comment} onInput={props.onComment} />
      <div class="score__nav">
        <Show when={props.onBack}>
          <Button label={t('score.back')} onClick={() => props.onBack?.()} />
        </Show>
        <Button tone="primary" label={props.nextLabel} onClick={props.onNext} />
      </div>
    </article>
  );
}
