import { Show, untrack } from 'solid-js';
import type { Photo } from '../../../shared/schemas/photo-records.ts';
import type { LocalStore } from '../../core/db/store.ts';
import { t } from '../../i18n/index.ts';
import { createPhotoUrl } from './photo-url.ts';

/** A thumbnail that opens its photo full size: a real button, at least 48 px, named by the photo. */
export function PhotoThumb(props: { photo: Photo; name: string; store: LocalStore; onOpen: () => void }) {
  const url = createPhotoUrl(
    untrack(() => props.store),
    () => props.photo,
    'thumb',
  );
  return (
    <button type="button" class="photo-thumb" aria-label={t('photos.open', { name: props.name })} onClick={() => props.onOpen()}>
      <Show when={url().state === 'ready' ? (url() as { url: string }).url : undefined} fallback={<span class="photo-thumb__empty" aria-hidden="true" />}>
        {(src) => <img src={src()} alt={props.name} loading="lazy" width={props.photo.thumb.width} height={props.photo.thumb.height} />}
      </Show>
    </button>
  );
}
