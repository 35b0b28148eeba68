import { Show, untrack } from 'solid-js';
import type { Photo } from '../../../shared/schemas/photo-records.ts';
import type { LocalStore } from '../../core/db/store.ts';
import { t } from '../../i18n/index.ts';
import { createPhotoUrl } from './photo-url.ts';

/** A photo in a printed report: fitted to the page, its caption under it, never split across pages. */
export function PrintedPhoto(props: { photo: Photo; name: string; store: LocalStore }) {
  const url = createPhotoUrl(
    untrack(() => props.store),
    () => props.photo,
    'file',
  );
  return (
    <figure class="photo-print">
      <Show
        when={url().state === 'ready' ? (url() as { url: string; fallback: boolean }) : undefined}
        fallback={<p class="muted">{url().state === 'missing' ? t('photos.notOnDevice') : t('photos.loading')}</p>}
      >
        {(ready) => (
          <>
            <img src={ready().url} alt={props.name} width={props.photo.file.width} height={props.photo.file.height} />
            <Show when={ready().fallback}>
              <p class="muted">{t('photos.fullSizeMissing')}</p>
            </Show>
          </>
        )}
      </Show>
      <Show when={props.photo.caption.trim()}>
        <figcaption>{props.photo.caption}</figcaption>
      </Show>
    </figure>
  );
}
