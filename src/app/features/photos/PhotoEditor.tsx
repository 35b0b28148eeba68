import { createSignal, Show } from 'solid-js';
import type { Photo } from '../../../shared/schemas/photo-records.ts';
import { useStore } from '../../core/db/store-context.ts';
import { t } from '../../i18n/index.ts';
import { announce } from '../../ui/announcer.ts';
import { run } from '../../ui/command.ts';
import { CheckboxField } from '../../ui/inputs.tsx';
import { removeWithUndo } from '../../ui/undo.ts';
import { PhotoThumb } from './PhotoThumb.tsx';

/**
 * One attached photo: its thumbnail (opens full size), its caption, whether people can be
 * recognised in it and whether their consent is recorded, and Delete with undo. The caption typed
 * stays in the field until it is saved: a failed save says so and keeps it.
 */
export function PhotoEditor(props: { photo: Photo; name: string; onOpen: () => void }) {
  const store = useStore();
  // undefined: nothing typed, so the field follows the record (an edit synced from another device).
  const [typed, setTyped] = createSignal<string>();
  const [error, setError] = createSignal('');
  const [saving, setSaving] = createSignal(false);
  const caption = () => typed() ?? props.photo.caption;
  const id = (name: string) => `photo-${props.photo.id}-${name}`;

  async function saveCaption() {
    const text = typed();
    if (text === undefined || saving()) return;
    setSaving(true);
    setError('');
    const saved = await run(() => store.repos.photo.update(props.photo.id, { caption: text }), { onError: (f) => setError(`${t('photos.captionNotSaved')} ${f.fields.caption ?? f.message}`) });
    setSaving(false);
    // Only what was saved is let go: text typed while saving stays.
    if (saved && typed() === text) setTyped(undefined);
    if (saved) announce(t('photos.captionSaved'));
  }
  const setFlag = (patch: { recognisable: boolean } | { consent: boolean }) => void run(() => store.repos.photo.update(props.photo.id, patch));

  return (
    <li class="photo-card">
      <PhotoThumb photo={props.photo} name={props.name} store={store} onOpen={props.onOpen} />
      <div class="photo-card__fields">
        <form
          class="photo-card__caption"
          onSubmit={(e) => {
            e.preventDefault();
            void saveCaption();
          }}
        >
          <label for={id('caption')}>{t('photos.fieldCaption')}</label>
          <div class="photo-card__caption-row">
            <input
              id={id('caption')}
              type="text"
              autocomplete="off"
              value={caption()}
              aria-invalid={error() ? 'true' : undefined}
              aria-describedby={error() ? id('caption-error') : undefined}
              onInput={(e) => setTyped(e.currentTarget.value)}
            />
            <button type="submit" class="button" disabled={saving() || typed() === undefined}>
              {t('photos.saveCaption')}
            </button>
          </div>
          <Show when={error()}>
            <p id={id('caption-error')} class="form__error" role="alert">
              {error()}
            </p>
          </Show>
        </form>
        <CheckboxField id={id('recognisable')} label={t('photos.fieldRecognisable')} checked={props.photo.recognisable} onChange={(v) => setFlag({ recognisable: v })} />
        <CheckboxField id={id('consent')} label={t('photos.fieldConsent')} checked={props.photo.consent} onChange={(v) => setFlag({ consent: v })} />
        <button
          type="button"
          class="button button--danger"
          aria-label={t('photos.removeNamed', { name: props.name })}
          onClick={() => void removeWithUndo(store.repos.photo, props.photo.id, props.photo.caption.trim() || t('photos.aPhoto'))}
        >
          {t('photos.remove')}
        </button>
      </div>
    </li>
  );
}
