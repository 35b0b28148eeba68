import { createEffect, createSignal, on, Show } from 'solid-js';
import type { SyncStatus } from '../core/sync/status.ts';
import { formatAgo, t, tp } from '../i18n/index.ts';

export interface SyncStatusViewProps {
  status: SyncStatus;
  now: number;
  /** A sync that starts now; its end is announced, unless it ends with `false` (left to another tab). */
  onSyncNow: () => Promise<boolean | void> | void;
  /** Where a key is entered and refused changes are listed, for the errors that need it. */
  settingsHref: string;
  onLink: (e: MouseEvent) => void;
}

/** The errors whose way out is in Settings: a key to enter, or refused changes to read. */
const IN_SETTINGS: Partial<Record<NonNullable<SyncStatus['error']>, 'sync.openSettings' | 'sync.seeRefused'>> = {
  no_key: 'sync.openSettings',
  unauthorized: 'sync.openSettings',
  key_revoked: 'sync.openSettings',
  rejected: 'sync.seeRefused',
  cofacilitator_removed: 'sync.seeRefused',
};

/** When the last sync succeeded, what went wrong in words, and a button to try now. */
export function SyncStatusView(props: SyncStatusViewProps) {
  const error = () => {
    const e = props.status.error;
    if (!e) return undefined;
    if (e === 'rejected') return tp('sync.errors.rejected', props.status.rejected);
    return e === 'cofacilitator_removed' ? tp('sync.errors.cofacilitator_removed', props.status.removed ?? props.status.rejected) : t(`sync.errors.${e}`);
  };
  // Screen readers hear how a sync ended (not the "5 minutes ago" line, which changes every tick).
  // Announced: errors, and the end of the sync the person asked for (not every background sync).
  // A press clears the last outcome, so what is heard next is that sync's.
  const [outcome, setOutcome] = createSignal('');
  const say = (said: string) => {
    setOutcome('');
    queueMicrotask(() => setOutcome(said));
  };
  // A press whose sync has not ended: the button waits for it too.
  const [asking, setAsking] = createSignal(false);
  createEffect(
    on(
      () => props.status.state,
      (state, previous) => {
        if (previous !== 'syncing' || state === 'syncing' || asking()) return;
        const failed = error();
        if (failed) say(failed);
      },
    ),
  );
  const syncNow = () => {
    setAsking(true);
    setOutcome('');
    // A press's sync is asked for once, and its outcome read once, as it ends: no tracking here.
    void Promise.resolve()
      // eslint-disable-next-line solid/reactivity -- see above
      .then(() => props.onSyncNow())
      .catch(() => undefined)
      // eslint-disable-next-line solid/reactivity -- see above
      .then((ran) => {
        setAsking(false);
        if (ran !== false) say(error() ?? t('sync.done'));
      });
  };
  return (
    <div class="status__sync">
      <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="sync-announcement">
        {outcome()}
      </p>
      {/* A sync that went well says so in the success colour; the warning colour is for what went wrong. */}
      <p class="status__item" classList={{ 'status--ok': !error() && props.status.state !== 'syncing' && Boolean(props.status.lastSuccess) }} data-testid="sync-last">
        {props.status.state === 'syncing'
          ? t('sync.syncing')
          : props.status.lastSuccess
            ? t('sync.last', { when: formatAgo(props.status.lastSuccess, Math.max(props.now, props.status.lastSuccess)) })
            : t('sync.never')}
      </p>
      <Show when={props.status.progress}>{(p) => <progress class="sync-progress" max={p().total} value={p().done} aria-label={t('sync.progress', { done: p().done, total: p().total })} />}</Show>
      <button type="button" class="button button--small" disabled={props.status.state === 'syncing' || asking()} onClick={syncNow}>
        {t('sync.now')}
      </button>
      <Show when={error()}>
        <p class="status__item status--warn" data-testid="sync-error">
          {error()}
        </p>
        <Show when={props.status.error && IN_SETTINGS[props.status.error]}>
          {(label) => (
            <a class="button button--small" href={props.settingsHref} onClick={(e) => props.onLink(e)}>
              {t(label())}
            </a>
          )}
        </Show>
      </Show>
    </div>
  );
}
