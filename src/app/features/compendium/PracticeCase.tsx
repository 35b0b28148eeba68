import { For, Show, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { t } from '../../i18n/index.ts';

/** A practice card read as a short case, every reference already resolved to words. */
export interface PracticeCaseView {
  id: string;
  title: string;
  /** "CNTL, STEI · Senegal" */
  who: string;
  context: string;
  approach: string;
  results: string;
  sustainability: string;
  capacities: string[];
  source: string;
  alsoReported: string[];
  projects: string[];
  /** Said when the card is not (yet) in the compendium. */
  status?: string;
}

/** One good practice as a case: the same reading in the compendium, its printed report and a workshop report. */
export function PracticeCase(props: { view: PracticeCaseView; level: 2 | 3; children?: JSX.Element }) {
  const part = (label: string, text: string) => (
    <Show when={text.trim()}>
      <dt>{label}</dt>
      <dd class="case__text">{text}</dd>
    </Show>
  );
  return (
    <article class="case" id={`practice-${props.view.id}`} aria-labelledby={`practice-${props.view.id}-title`}>
      <Dynamic component={props.level === 2 ? 'h2' : 'h3'} id={`practice-${props.view.id}-title`} class="case__title">
        {props.view.title}
      </Dynamic>
      <Show when={props.view.status}>
        <p class="badge">{props.view.status}</p>
      </Show>
      <dl class="case__parts">
        <dt>{t('compendium.organisationsAndCountry')}</dt>
        <dd>{props.view.who || t('compendium.notRecorded')}</dd>
        {part(t('compendium.context'), props.view.context)}
        {part(t('compendium.approach'), props.view.approach)}
        {part(t('compendium.results'), props.view.results)}
        <Show when={props.view.capacities.length > 0}>
          <dt>{t('compendium.capacities')}</dt>
          <dd>
            <ul class="chips">
              <For each={props.view.capacities}>{(c) => <li class="chip">{c}</li>}</For>
            </ul>
          </dd>
        </Show>
        {part(t('compendium.sustainability'), props.view.sustainability)}
        <dt>{t('compendium.source')}</dt>
        <dd>{props.view.source}</dd>
        <Show when={props.view.alsoReported.length > 0}>
          <dt>{t('compendium.alsoReported')}</dt>
          <dd>{props.view.alsoReported.join('; ')}</dd>
        </Show>
        <Show when={props.view.projects.length > 0}>
          <dt>{t('compendium.projects')}</dt>
          <dd>
            <ul class="plain-list">
              <For each={props.view.projects}>{(p) => <li>{p}</li>}</For>
            </ul>
          </dd>
        </Show>
      </dl>
      {props.children}
    </article>
  );
}
