import '../ui/banner.css';
import { Show } from 'solid-js';
import { t, tp } from '../i18n/index.ts';

export interface UpdateBannerProps {
  ready: boolean;
  reloadPending: boolean;
  unsynced: number;
  blockedMessage?: string | undefined;
  onUpdate: () => void;
  onLater: () => void;
  onReload: () => void;
}

/** Offers a new version; never acts by itself. */
export function UpdateBanner(props: UpdateBannerProps) {
  return (
    <Show when={props.ready || props.reloadPending}>
      <section class="banner" role="region" aria-label={t('update.ready')}>
        <Show
          when={props.ready}
          fallback={
            <>
              <p>{t('update.reloadPending')}</p>
              <button type="button" class="button button--primary" onClick={() => props.onReload()}>
                {t('update.reload')}
              </button>
            </>
          }
        >
          <p>{t('update.ready')}</p>
          <Show when={props.unsynced > 0}>
            <p>{tp('update.unsyncedKept', props.unsynced)}</p>
          </Show>
          <div class="banner__actions">
            <button type="button" class="button button--primary" onClick={() => props.onUpdate()}>
              {t('update.apply')}
            </button>
            <button type="button" class="button" onClick={() => props.onLater()}>
              {t('update.later')}
            </button>
          </div>
        </Show>
        <Show when={props.blockedMessage}>
          <p class="banner__warning" role="alert">
            {props.blockedMessage}
          </p>
        </Show>
      </section>
    </Show>
  );
}
