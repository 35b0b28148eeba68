import { Show } from 'solid-js';
import { t, tp } from '../../i18n/index.ts';
import { linkClick } from '../../core/router.ts';
import { paths } from '../../routes.ts';
import { live } from '../../core/db/live-query.ts';
import { useStore } from '../../core/db/store-context.ts';
import { syncCredentials } from '../../core/credentials/credentials.ts';
import { JoinedWorkshops } from './JoinedWorkshops.tsx';
import { FacilitatorOnly } from './FacilitatorOnly.tsx';

/**
 * What a participant's phone shows at the home address and at a facilitator's (see
 * `participantScreen`): the workshops it joined, or a plain word with the way back.
 */
export function ParticipantScreen(props: { name: string; id?: string }) {
  return (
    <Show
      when={props.name === 'home'}
      fallback={<FacilitatorOnly href={props.id ? paths.workshop(props.id) : paths.home()} label={props.id ? t('participant.toWorkshop') : t('participant.toWorkshops')} onLink={linkClick} />}
    >
      <ParticipantHome />
    </Show>
  );
}

/**
 * The workshops this phone joined, and only those (a workshop made on the phone before it joined
 * stays on it, but is no participant's). Each opens its participant view.
 */
function ParticipantHome() {
  const store = useStore();
  const joined = live(async () => {
    const ids = new Set((await syncCredentials(store.db)).flatMap((c) => (c.workshopId === undefined ? [] : [c.workshopId])));
    const here = (await store.repos.workshop.list()).filter((w) => ids.has(w.id));
    here.sort((a, b) => b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title));
    return { workshops: here, notArrived: ids.size - here.length };
  });
  return (
    <>
      <div class="page-head">
        <h1 tabindex="-1">{t('participant.homeTitle')}</h1>
      </div>
      <Show when={joined()} fallback={<p class="muted">{t('app.loading')}</p>}>
        {(j) => (
          <>
            <Show when={j().notArrived > 0}>
              <p class="notice">{tp('participant.notArrived', j().notArrived)}</p>
            </Show>
            <Show when={j().workshops.length > 0} fallback={<p class="empty">{t('participant.homeEmpty')}</p>}>
              <p class="muted">{t('participant.homeIntro')}</p>
              <JoinedWorkshops workshops={j().workshops} hrefOf={(w) => paths.workshop(w.id)} onLink={linkClick} />
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
