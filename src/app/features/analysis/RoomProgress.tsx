import { For } from 'solid-js';
import type { Organisation } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { shortName } from '../../ui/names.ts';
import type { RoomProgressRow } from './room-progress.ts';

/** "STP: 12 of 25 answered", per organisation, for the room to see answers arrive. */
export function RoomProgress(props: { rows: readonly RoomProgressRow[]; organisations: readonly Organisation[] }) {
  const name = (id: string) => {
    const o = props.organisations.find((x) => x.id === id);
    return o ? shortName(o) : '';
  };
  return (
    <section class="room-progress" aria-labelledby="room-progress-title">
      <h3 id="room-progress-title">{t('analysis.roomTitle')}</h3>
      <ul data-testid="room-progress">
        <For each={props.rows}>
          {(r) => (
            <li>
              {r.expected > 0
                ? t('analysis.roomOf', { name: name(r.organisationId), count: r.answered, expected: r.expected })
                : t('analysis.roomCount', { name: name(r.organisationId), count: r.answered })}
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
