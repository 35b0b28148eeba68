import { For, Show } from 'solid-js';
import type { Photo } from '../../../shared/schemas/photo-records.ts';
import type { LocalStore } from '../../core/db/store.ts';
import { t, tp } from '../../i18n/index.ts';
import { photoName, shareablePhotos } from './photo-view.ts';
import { PhotoThumbs } from './PhotoThumbs.tsx';
import { PrintedPhoto } from './PrintedPhoto.tsx';

/**
 * A practice's photos in the compendium, which reaches beyond the workshop: a photo in which people
 * can be recognised stays out unless their consent is recorded, and the facilitator is told how many
 * stayed out (on screen only, not in print). `print`: full-size figures rather than thumbnails.
 */
export function CasePhotos(props: { photos: readonly Photo[] | undefined; store: LocalStore; print?: boolean }) {
  const split = () => shareablePhotos(props.photos ?? []);
  return (
    <Show when={(props.photos ?? []).length > 0}>
      <div class="case__photos">
        <Show when={split().shown.length > 0}>
          <p class="case__photos-title">{t('photos.title')}</p>
          <Show when={props.print} fallback={<PhotoThumbs photos={split().shown} store={props.store} />}>
            <For each={split().shown}>{(p, i) => <PrintedPhoto photo={p} name={photoName(p, i())} store={props.store} />}</For>
          </Show>
        </Show>
        <Show when={split().leftOut > 0}>
          <p class="muted no-print">{tp('photos.leftOut', split().leftOut)}</p>
        </Show>
      </div>
    </Show>
  );
}
