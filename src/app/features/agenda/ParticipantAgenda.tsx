import { For, Show } from 'solid-js';
import type { AgendaItem } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { SessionLine } from './SessionLine.tsx';

export interface ParticipantAgendaProps {
  items: readonly AgendaItem[];
  currentId?: string | undefined;
}

/** The workshop's agenda as a participant reads it: in order, the session running now marked; nothing to change. */
export function ParticipantAgenda(props: ParticipantAgendaProps) {
  return (
    <Show when={props.items.length > 0} fallback={<p>{t('participant.agendaEmpty')}</p>}>
      <ol class="rows" aria-label={t('agenda.title')}>
        <For each={props.items}>
          {(item) => (
            <li class="row" classList={{ 'row--current': props.currentId === item.id }} aria-current={props.currentId === item.id ? 'time' : undefined}>
              <SessionLine item={item} current={props.currentId === item.id} />
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
