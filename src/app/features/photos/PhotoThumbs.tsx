import './photos.css';
import { createSignal, For, Show } from 'solid-js';
import type { Photo } from '../../../shared/schemas/photo-records.ts';
import type { LocalStore } from '../../core/db/store.ts';
import { t } from '../../i18n/index.ts';
import { photoName } from './photo-view.ts';
import { PhotoThumb } from './PhotoThumb.tsx';
import { PhotoViewer } from './PhotoViewer.tsx';
import { createStablePhotos } from './stable-photos.ts';

/**
 * A record's photos in a list row, read-only: small thumbnails that open full size. Phrasing
 * content only (spans and buttons), so it fits inside a row's paragraph.
 */
export function PhotoThumbs(props: { photos: readonly Photo[] | undefined; store: LocalStore }) {
  const [open, setOpen] = createSignal<number>();
  const list = createStablePhotos(() => props.photos);
  return (
    <Show when={list().length > 0}>
      <span class="photo-thumbs" role="group" aria-label={t('photos.title')}>
        <For each={list()}>{(p, i) => <PhotoThumb photo={p} name={photoName(p, i())} store={props.store} onOpen={() => setOpen(i())} />}</For>
      </span>
      <Show when={open() !== undefined && list()[open()!]}>{(p) => <PhotoViewer photo={p()} name={photoName(p(), open()!)} store={props.store} onClose={() => setOpen(undefined)} />}</Show>
    </Show>
  );
}
