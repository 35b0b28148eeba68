import { Show, type JSX } from 'solid-js';
import { t, tp } from '../i18n/index.ts';

export interface StatusBarProps {
  online: boolean;
  unsynced: number | undefined;
  /** More of the device's status after these (its storage, on a facilitator's device). */
  children?: JSX.Element;
}

/** Online state and unsynced changes, each with a word as well as a colour. */
export function StatusBar(props: StatusBarProps) {
  return (
    <section class="status" aria-label={t('status.region')}>
      <p class="status__item" classList={{ 'status--ok': props.online, 'status--warn': !props.online }} data-testid="status-online">
        <span class="dot" aria-hidden="true" />
        {props.online ? t('status.online') : t('status.offline')}
      </p>
      <Show when={props.unsynced !== undefined}>
        <p class="status__item" data-testid="status-unsynced">
          {tp('status.unsynced', props.unsynced ?? 0)}
        </p>
      </Show>
      {props.children}
    </section>
  );
}
