import { Show } from 'solid-js';
import type { AgendaItem } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { clock, createSessionTimer } from './session-timer.ts';

/**
 * The session timer as the room sees it on the projector: the time left of the session being
 * timed on this device, then how far over it is. Shown while a session is timed.
 */
export function ProjectorTimer(props: { workshopId: string; sessions: readonly AgendaItem[] }) {
  // eslint-disable-next-line solid/reactivity -- a workshop's screen is mounted anew for another workshop
  const timer = createSessionTimer(props.workshopId);
  const session = () => props.sessions.find((s) => s.id === timer.sessionId());
  const leftMs = () => (session()?.minutes ?? 0) * 60_000 - timer.elapsedMs();
  return (
    <Show when={session() && session()!.minutes > 0 && (timer.running() || timer.elapsedMs() > 0) ? session() : undefined}>
      {(s) => (
        <p class="projector-timer" classList={{ 'projector-timer--over': leftMs() < 0 }} data-testid="projector-timer">
          {leftMs() >= 0 ? t('timer.left', { title: s().title, left: clock(leftMs()) }) : t('timer.overTitle', { title: s().title, over: clock(-leftMs()) })}
        </p>
      )}
    </Show>
  );
}
