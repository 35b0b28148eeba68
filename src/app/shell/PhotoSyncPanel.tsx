import { createSignal, onCleanup, Show } from 'solid-js';
import { live } from '../core/db/live-query.ts';
import { dropSentOriginals, photoFileSpace, photosWaiting } from '../core/db/photo-files.ts';
import { useStore } from '../core/db/store-context.ts';
import { spaceIsShort } from '../core/photos/photo-budget.ts';
import { storageUse, refreshStorageStatus } from '../core/platform/device-status.ts';
import { useSync } from '../core/sync/context.ts';
import { formatBytes } from '../i18n/format-bytes.ts';
import { t, tp } from '../i18n/index.ts';
import { announce } from '../ui/announcer.ts';
import { Button } from '../ui/Button.tsx';

/**
 * Photos apart from the records' changes: how many wait to be sent, which the server refused, and,
 * when the device runs short of space, the offer to drop the originals the server already holds
 * (thumbnails stay; an original downloads again when opened; a photo not yet sent is never dropped).
 */
export function PhotoSyncPanel() {
  const store = useStore();
  const engine = useSync();
  const [status, setStatus] = createSignal(engine.photoStatus.get());
  onCleanup(engine.photoStatus.subscribe(setStatus));
  const waiting = live(() => photosWaiting(store.db));
  const space = live(() => photoFileSpace(store.db));
  const [busy, setBusy] = createSignal(false);

  async function freeSpace() {
    setBusy(true);
    try {
      const freed = await dropSentOriginals(store.db);
      announce(t('photoSync.freed', { size: formatBytes(freed) }));
      void refreshStorageStatus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Show when={(waiting() ?? 0) > 0}>
        <p class="status__item" data-testid="photos-waiting">
          {tp('photoSync.waiting', waiting() ?? 0)}
          <Show when={status().sending}> · {t('photoSync.sending')}</Show>
          <Show when={status().error}>{(e) => <> · {t(`photoSync.errors.${e()}`)}</>}</Show>
        </p>
      </Show>
      <Show when={status().refused > 0}>
        <p class="status__item status--warn" data-testid="photos-refused">
          {tp('photoSync.refused', status().refused)}
        </p>
      </Show>
      <Show when={space() && spaceIsShort(space()!, storageUse()) && space()}>
        {(s) => (
          <section class="banner" role="region" aria-labelledby="photo-space-title" data-testid="photo-space">
            <h2 id="photo-space-title" class="banner__title">
              {t('photoSync.spaceTitle')}
            </h2>
            <p>{t('photoSync.spaceBody', { used: formatBytes(s().bytes), count: s().droppableCount, size: formatBytes(s().droppable) })}</p>
            <div class="banner__actions">
              <Button tone="primary" label={t('photoSync.freeSpace', { size: formatBytes(s().droppable) })} disabled={busy()} onClick={() => void freeSpace()} />
            </div>
          </section>
        )}
      </Show>
    </>
  );
}
