import { createEffect, createMemo, createSignal, on, onCleanup, untrack, type Accessor } from 'solid-js';
import type { Photo } from '../../../shared/schemas/photo-records.ts';
import type { LocalStore } from '../../core/db/store.ts';
import { loadPhotoBlob } from '../../core/photos/load.ts';
import { online } from '../../core/platform/device-status.ts';

/**
 * A photo's picture as an object URL: `loading` first, then `ready` (with `fallback` when the full
 * size was asked for and only the thumbnail is on this device), or `missing` when neither is here
 * nor can be downloaded.
 */
export type PhotoUrl = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; url: string; fallback: boolean };

/**
 * Load a photo's file (or thumbnail) and hold it as an object URL for as long as the caller lives:
 * the URL is revoked when the photo's file changes or the component goes, so a long session of
 * flipping through photos does not keep every picture in memory. A picture missing (or shown only
 * as its thumbnail) is asked for again when the connection comes back.
 */
export function createPhotoUrl(store: LocalStore, photo: Accessor<Photo>, which: 'file' | 'thumb'): Accessor<PhotoUrl> {
  const [url, setUrl] = createSignal<PhotoUrl>({ state: 'loading' });
  // Loaded again when the photo's files change, or when an incomplete picture meets a connection
  // (a memo: the same key twice loads nothing again, so a picture the server lacks is asked for once).
  const key = createMemo(() => {
    const shown = url();
    const incomplete = shown.state === 'missing' || (shown.state === 'ready' && shown.fallback);
    return `${photo().id} ${photo().file.hash} ${photo().thumb.hash} ${incomplete && online()}`;
  });
  createEffect(
    on(key, () => {
      let made: string | undefined;
      let gone = false;
      const p = untrack(photo);
      const load = (w: 'file' | 'thumb') => loadPhotoBlob(store, p, w).catch(() => undefined);
      void (async () => {
        let blob = await load(which);
        const fallback = !blob && which === 'file';
        if (fallback) blob = await load('thumb');
        if (gone) return;
        if (!blob) return setUrl({ state: 'missing' });
        try {
          made = URL.createObjectURL(blob);
        } catch {
          // What storage handed back is no picture the browser can show (IndexedDB is an edge): said as missing.
          return setUrl({ state: 'missing' });
        }
        setUrl({ state: 'ready', url: made, fallback });
      })();
      onCleanup(() => {
        gone = true;
        if (made) URL.revokeObjectURL(made);
      });
    }),
  );
  return url;
}
