import { Show } from 'solid-js';
import { t } from '../i18n/index.ts';
import { formatBytes } from '../i18n/format-bytes.ts';
import type { StorageUse } from '../core/platform/device-status.ts';

export interface StorageStatusProps {
  storage: StorageUse | undefined;
  persisted: boolean | undefined;
  persistMessage?: string | undefined;
  onPersist: () => void;
}

/**
 * The device's storage: how much is used, whether the browser may clear it, and the way to ask it
 * not to. A facilitator's concern, read once start-up is over: loaded then, not with the first screen.
 */
export function StorageStatus(props: StorageStatusProps) {
  return (
    <>
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
    </>
  );
}
