import { For, onMount, Show } from 'solid-js';
import type { Workshop } from '../../../shared/schemas/records.ts';
import { countryName, formatDate, t, tp } from '../../i18n/index.ts';
import { themeLabel } from '../../i18n/labels.ts';
import { warmLinkedScreen } from '../../routes.ts';

export interface WorkshopListProps {
  workshops: readonly Workshop[];
  newHref: string;
  hrefOf: (w: Workshop) => string;
  /** In-app navigation for the list's links. */
  onLink: (e: MouseEvent) => void;
}

/** A workshop's dates in words: one date, or its first and last. */
export function workshopDates(w: Pick<Workshop, 'startDate' | 'endDate'>): string {
  if (!w.endDate || w.endDate === w.startDate) return formatDate(w.startDate);
  return t('home.dates', { start: formatDate(w.startDate), end: formatDate(w.endDate) });
}

export function WorkshopList(props: WorkshopListProps) {
  return (
    <Show
      when={props.workshops.length > 0}
      fallback={
        <div class="empty">
          <h2>{t('home.emptyTitle')}</h2>
          <p>{t('home.emptyBody')}</p>
          <a class="button button--primary" href={props.newHref} onClick={(e) => props.onLink(e)}>
            {t('home.newWorkshop')}
          </a>
        </div>
      }
    >
      <p class="muted">{tp('home.count', props.workshops.length)}</p>
      <WorkshopCards workshops={props.workshops} label={t('home.title')} hrefOf={props.hrefOf} onLink={props.onLink} />
    </Show>
  );
}

/**
 * Workshops as cards, each titled by a link that opens it; `linkClass` makes the link a full-size
 * button (a phone's list). Once the cards show, the screen their links open is warmed: a tap on
 * one then shows the workshop without waiting for its screen's code.
 */
export function WorkshopCards(props: { workshops: readonly Workshop[]; label: string; hrefOf: (w: Workshop) => string; onLink: (e: MouseEvent) => void; linkClass?: string }) {
  onMount(() => {
    const first = props.workshops[0];
    if (first) warmLinkedScreen(props.hrefOf(first));
  });
  return (
    <ul class="cards" aria-label={props.label}>
      <For each={props.workshops}>
        {(w) => (
          <li class="card">
            <h2 class="card__title">
              <a class={props.linkClass} href={props.hrefOf(w)} onClick={(e) => props.onLink(e)}>
                {w.title}
              </a>
            </h2>
            <p class="card__meta">
              {themeLabel(w.theme)} · {t(`workshopStatus.${w.status}`)}
            </p>
            <p class="card__meta">
              {workshopDates(w)}
              <Show when={w.venue || w.country}>
                {' · '}
                {[w.venue, countryName(w.country)].filter(Boolean).join(', ')}
              </Show>
            </p>
          </li>
        )}
      </For>
    </ul>
  );
}
