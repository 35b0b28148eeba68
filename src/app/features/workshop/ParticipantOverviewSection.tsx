import { createMemo, createSignal, onCleanup, Show } from 'solid-js';
import type { Workshop } from '../../../shared/schemas/records.ts';
import { currentSession } from '../../../shared/agenda.ts';
import { countryName, t } from '../../i18n/index.ts';
import { themeLabel } from '../../i18n/labels.ts';
import { linkClick } from '../../core/router.ts';
import { paths } from '../../routes.ts';
import type { WorkshopData } from '../../core/db/workshop-data.ts';
import { ParticipantAgenda } from '../agenda/index.ts';
import { workshopDates } from './WorkshopList.tsx';
import { Panel } from '../../ui/Panel.tsx';

/**
 * A participant's first view of their workshop: what it is about, when and where, its agenda, and
 * the two things they do here. Read only: the workshop and its agenda are the facilitator's.
 */
export function ParticipantOverviewSection(props: { workshop: Workshop; data: WorkshopData }) {
  const [now, setNow] = createSignal(new Date());
  const clock = setInterval(() => setNow(new Date()), 30_000);
  onCleanup(() => clearInterval(clock));
  const agenda = () => props.data.agenda() ?? [];
  const current = createMemo(() => currentSession(agenda(), props.workshop.startDate, now()));
  const place = () => [props.workshop.venue, countryName(props.workshop.country)].filter(Boolean).join(', ');
  return (
    <>
      <Panel titleId="about-title" title={t('participant.aboutTitle')}>
        <div class="card">
          <p class="card__meta">
            {themeLabel(props.workshop.theme)} · {t(`workshopStatus.${props.workshop.status}`)}
          </p>
          <p class="card__meta">
            {workshopDates(props.workshop)}
            <Show when={place()}> · {place()}</Show>
          </p>
          <Show when={props.workshop.facilitators.length > 0}>
            <p class="card__meta">{t('participant.facilitators', { names: props.workshop.facilitators.join(', ') })}</p>
          </Show>
          <Show when={props.workshop.objectives}>
            <h3>{t('workshopForm.fieldObjectives')}</h3>
            <p class="note__text">{props.workshop.objectives}</p>
          </Show>
        </div>
        <Show when={props.workshop.status === 'closed'}>
          <p class="notice">{t('participant.closed')}</p>
        </Show>
        <Show when={props.workshop.status !== 'closed'}>
          <div class="row__actions">
            <a class="button button--primary" href={paths.workshop(props.workshop.id, 'scoring')} onClick={linkClick}>
              {t('participant.toScoring')}
            </a>
            <a class="button" href={paths.workshop(props.workshop.id, 'notes')} onClick={linkClick}>
              {t('participant.toNotes')}
            </a>
          </div>
        </Show>
      </Panel>
      <Panel titleId="agenda-title" title={t('agenda.title')}>
        <ParticipantAgenda items={agenda()} currentId={current()?.id} />
      </Panel>
    </>
  );
}
