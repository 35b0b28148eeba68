import { For, Show } from 'solid-js';
import type { Workshop } from '../../../shared/schemas/records.ts';
import { countryName, t } from '../../i18n/index.ts';
import { themeLabel } from '../../i18n/labels.ts';
import { workshopDates } from './WorkshopList.tsx';

export interface JoinedWorkshopsProps {
  workshops: readonly Workshop[];
  hrefOf: (w: Workshop) => string;
  onLink: (e: MouseEvent) => void;
}

/** The workshops a participant's phone joined, each a card whose title opens it (a full-size target). */
export function JoinedWorkshops(props: JoinedWorkshopsProps) {
  return (
    <ul class="cards" aria-label={t('participant.homeTitle')}>
      <For each={props.workshops}>
        {(w) => (
          <li class="card">
            <h2 class="card__title">
              <a class="button button--primary" href={props.hrefOf(w)} onClick={(e) => props.onLink(e)}>
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
