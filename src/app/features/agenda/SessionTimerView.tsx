import '../../ui/banner.css';
import './agenda.css';
import { Show } from 'solid-js';
import { t } from '../../i18n/index.ts';
import { SelectField, type Option } from '../../ui/inputs.tsx';
import { Button } from '../../ui/Button.tsx';
import { clock } from './session-timer.ts';

export interface SessionTimerViewProps {
  sessionId: string;
  sessions: readonly Option[];
  onSelect: (id: string) => void;
  elapsedMs: number;
  plannedMinutes: number;
  running: boolean;
  onStart: () => void;
  onPause: () => void;
  onReset: () => void;
}

/** A stopwatch for the current session; the over-time line is words, not only colour. */
export function SessionTimerView(props: SessionTimerViewProps) {
  const plannedMs = () => props.plannedMinutes * 60_000;
  return (
    <section class="timer" aria-label={t('timer.label')}>
      <SelectField id="timer-session" label={t('timer.session')} value={props.sessionId} options={props.sessions} onChange={(v) => props.onSelect(v)} />
      <p class="timer__clock" aria-live="off">
        {t('timer.elapsed', { elapsed: clock(props.elapsedMs), planned: clock(plannedMs()) })}
      </p>
      <Show when={props.plannedMinutes > 0 && props.elapsedMs > plannedMs()}>
        <p class="timer__over">{t('timer.over', { over: clock(props.elapsedMs - plannedMs()) })}</p>
      </Show>
      <div class="banner__actions">
        <Show when={props.running} fallback={<Button tone="primary" label={t('timer.start')} onClick={props.onStart} />}>
          <Button label={t('timer.pause')} onClick={props.onPause} />
        </Show>
        <Button label={t('timer.reset')} onClick={props.onReset} />
      </div>
    </section>
  );
}
