import { onCleanup, onMount, Show, untrack } from 'solid-js';
import { Portal } from 'solid-js/web';
import type { Photo } from '../../../shared/schemas/photo-records.ts';
import type { LocalStore } from '../../core/db/store.ts';
import { t } from '../../i18n/index.ts';
import { createPhotoUrl } from './photo-url.ts';

/**
 * One photo full size, in a modal dialog: Close or Escape closes it, and focus goes back to what
 * opened it (the thumbnail), so a keyboard user keeps their place in the list.
 */
export function PhotoViewer(props: { photo: Photo; name: string; store: LocalStore; onClose: () => void }) {
  const url = createPhotoUrl(
    untrack(() => props.store),
    () => props.photo,
    'file',
  );
  let dialog!: HTMLDialogElement;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  onMount(() => dialog.showModal());
  onCleanup(() => {
    if (dialog.open) dialog.close();
    opener?.focus();
  });
  // In the body, not inside the row that opened it: a dialog may not sit in a paragraph.
  return (
    <Portal>
      <dialog
        ref={dialog}
        class="photo-viewer"
        aria-labelledby="photo-viewer-title"
        onCancel={(e) => {
          // Escape: the owner removes the dialog, which closes it and gives focus back.
          e.preventDefault();
          props.onClose();
        }}
      >
        <div class="photo-viewer__head">
          <h2 id="photo-viewer-title">{props.name}</h2>
          <button type="button" class="button" onClick={() => props.onClose()}>
            {t('photos.close')}
          </button>
        </div>
        <Show
          when={url().state === 'ready' ? (url() as Extract<ReturnType<typeof url>, { state: 'ready' }>) : undefined}
          fallback={<p>{url().state === 'missing' ? t('photos.notOnDevice') : t('photos.loading')}</p>}
        >
          {(ready) => (
            <>
              <Show when={ready().fallback}>
                <p class="notice">{t('photos.fullSizeMissing')}</p>
              </Show>
              <img class="photo-viewer__img" src={ready().url} alt={props.name} width={props.photo.file.width} height={props.photo.file.height} />
            </>
          )}
        </Show>
      </dialog>
    </Portal>
  );
}
