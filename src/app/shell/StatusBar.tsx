import { Show } from 'solid-js';
import { formatBytes, t, tp } from '../i18n/index.ts';
import type { StorageUse } from '../core/platform/device-status.ts';

export interface StatusBarProps {
  /** A participant's phone shows no storage details, words a participant has no use for; undefined until known. */
  participant: boolean | undefined;
  online: boolean;
  unsynced: number | undefined;
  storage: StorageUse | undefined;
  persisted: boolean | undefined;
  persistMessage?: string | undefined;
  onPersist: () => void;
}

/** Online state, unsynced changes and storage health, each with a word as well as a colour. */
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
      <Show when={props.participant === false}>
        <p class="status__item" data-testid="status-storage">
          {props.storage ? t('status.storageUse', { used: formatBytes(props.storage.usage), quota: formatBytes(props.storage.quota) }) : t('status.storageUnknown')}
          {' · '}
          {props.persisted ? t('status.persisted') : t('status.notPersisted')}
        </p>
        <Show when={props.persisted === false}>
          <button type="button" class="button button--small" onClick={() => props.onPersist()}>
            {t('status.persistAsk')}
          </button>
        </Show>
        <Show when={props.persistMessage}>
          <p class="status__item status--warn">{props.persistMessage}</p>
        </Show>
      </Show>
    </section>
  );
}
