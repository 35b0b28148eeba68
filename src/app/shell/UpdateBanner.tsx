import '../ui/banner.css';
import { Show } from 'solid-js';
import { t, tp } from '../i18n/index.ts';
import { Button } from '../ui/Button.tsx';
import { Alert } from '../ui/Alert.tsx';

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
              <Button tone="primary" label={t('update.reload')} onClick={props.onReload} />
            </>
          }
        >
          <p>{t('update.ready')}</p>
          <Show when={props.unsynced > 0}>
            <p>{tp('update.unsyncedKept', props.unsynced)}</p>
          </Show>
          <div class="banner__actions">
            <Button tone="primary" label={t('update.apply')} onClick={props.onUpdate} />
            <Button label={t('update.later')} onClick={props.onLater} />
          </div>
        </Show>
        <Alert class="banner__warning" message={props.blockedMessage} />
      </section>
    </Show>
  );
}
