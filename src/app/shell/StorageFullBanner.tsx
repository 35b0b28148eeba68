import '../ui/banner.css';
import { t } from '../i18n/index.ts';
import { Button } from '../ui/Button.tsx';

/**
 * Said once the device's storage is full: what still works (everything already saved can be
 * read), and the way out (save the unsynced changes to a file, free space, sync).
 */
export function StorageFullBanner(props: { onExport: () => void; onDismiss: () => void }) {
  return (
    <section class="banner" role="alert" aria-labelledby="storage-full-title">
      <h2 id="storage-full-title" class="banner__title">
        {t('storageFull.title')}
      </h2>
      <p>{t('storageFull.body')}</p>
      <div class="banner__actions">
        <Button tone="primary" label={t('storageFull.export')} onClick={props.onExport} />
        <Button label={t('storageFull.dismiss')} onClick={props.onDismiss} />
      </div>
    </section>
  );
}
