import { Show } from 'solid-js';
import type { AgendaItem } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { sessionWhen } from './session-words.ts';

/** A session's title (marked when it runs now) and when it is, as a row of an agenda shows them. */
export function SessionLine(props: { item: AgendaItem; current: boolean }) {
  return (
    <div class="row__main">
      <p class="row__title">
        <Show when={props.current}>
          <span class="badge badge--now">{t('agenda.now')}</span>{' '}
        </Show>
        {props.item.title}
      </p>
      <p class="card__meta">{sessionWhen(props.item)}</p>
    </div>
  );
}
