import { Show, untrack } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { t } from '../../i18n/index.ts';
import { linkClick } from '../../core/router.ts';
import { paths, PARTICIPANT_SECTIONS, type WorkshopSection } from '../../routes.ts';
import { PARTICIPANT_VIEWS, SECTIONS } from '../../sections.ts';
import { useStore } from '../../core/db/store-context.ts';
import { createWorkshopData } from '../../core/db/workshop-data.ts';
import { useParticipantDevice } from '../../core/credentials/participant.ts';
import { WorkshopNav } from './WorkshopNav.tsx';
import { NotFoundScreen } from '../../ui/NotFoundScreen.tsx';

/**
 * One workshop: its title, the section tabs, and the current section. Data loads once for all.
 * A participant's phone shows a participant's sections only (the app shows a plain word at the
 * address of any other: see `participantScreen`).
 */
export function WorkshopScreen(props: { id: string; section: WorkshopSection }) {
  const store = useStore();
  const participant = useParticipantDevice(store.db);
  // Another workshop's route mounts a new screen. A participant's phone shows no counts.
  const data = createWorkshopData(
    store,
    untrack(() => props.id),
    () => props.section === 'overview' && participant() === false,
  );
  // Opened on its notes (a reload, a link): their first page is read now, beside the workshop.
  if (untrack(() => props.section) === 'notes') data.shownNotes();
  const participantView = () => PARTICIPANT_VIEWS[PARTICIPANT_SECTIONS.find((s) => s === props.section) ?? 'overview'];
  return (
    <Show when={data.workshop() !== undefined && participant() !== undefined} fallback={<p class="muted">{t('app.loading')}</p>}>
      <Show when={data.workshop()} fallback={<NotFoundScreen />}>
        {(workshop) => (
          <>
            <a class="back-link" href={paths.home()} onClick={linkClick}>
              {participant() ? t('participant.homeTitle') : t('nav.back')}
            </a>
            <div class="page-head">
              <h1 tabindex="-1">{workshop().title}</h1>
            </div>
            <WorkshopNav current={props.section} sections={participant() ? PARTICIPANT_SECTIONS : undefined} hrefOf={(s) => paths.workshop(props.id, s)} onLink={linkClick} />
            <Dynamic component={participant() ? participantView() : SECTIONS[props.section]} workshop={workshop()} data={data} />
          </>
        )}
      </Show>
    </Show>
  );
}
