import './scoring.css';
import { For, Show } from 'solid-js';
import { t, tp } from '../../i18n/index.ts';

export interface SummaryRow {
  itemId: string;
  label: string;
  answer: string | undefined;
  comment: string;
}

export interface ScoreSummaryProps {
  rows: readonly SummaryRow[];
  submitting: boolean;
  onChange: (index: number) => void;
  onSubmit: () => void;
}

export function ScoreSummary(props: ScoreSummaryProps) {
  const missing = () => props.rows.filter((r) => r.answer === undefined).length;
  return (
    <article class="score">
      <h1 tabindex="-1">{t('score.summaryTitle')}</h1>
      <p>{t('score.summaryIntro')}</p>
      <Show when={missing() > 0}>
        <p class="notice">{tp('score.unanswered', missing())}</p>
      </Show>
      <ol class="rows" aria-label={t('score.summaryTitle')}>
        <For each={props.rows}>
          {(r, i) => (
            <li class="row">
              <div class="row__main">
                <p class="row__title">{r.label}</p>
                <p class="card__meta">{r.answer ?? t('score.notAnswered')}</p>
                <Show when={r.comment}>
                  <p class="card__meta note__text">{r.comment}</p>
                </Show>
              </div>
              <button type="button" class="button" aria-label={t('score.change', { item: r.label })} onClick={() => props.onChange(i())}>
                {t('form.edit')}
              </button>
            </li>
          )}
        </For>
      </ol>
      <div class="score__nav">
        <button type="button" class="button button--primary" disabled={props.submitting} onClick={() => props.onSubmit()}>
          {t('score.submit')}
        </button>
      </div>
    </article>
  );
}
