import './photos.css';
import { createSignal, For, Show, untrack } from 'solid-js';
import type { Photo, PhotoSubject } from '../../../shared/schemas/photo-records.ts';
import { useStore } from '../../core/db/store-context.ts';
import { live } from '../../core/db/live-query.ts';
import { storageFullListeners } from '../../core/db/errors.ts';
import { attachPhotos, type PhotoProblem } from '../../core/photos/attach.ts';
import { t, tp } from '../../i18n/index.ts';
import { announce } from '../../ui/announcer.ts';
import { run } from '../../ui/command.ts';
import { photoName, sortPhotos } from './photo-view.ts';
import { PhotoEditor } from './PhotoEditor.tsx';
import { PhotoViewer } from './PhotoViewer.tsx';
import { createStablePhotos } from './stable-photos.ts';

export interface PhotosPanelProps {
  workshopId: string;
  subject: PhotoSubject;
  /** The note's or practice card's id; the workshop's id for the workshop, its board and its plan. */
  subjectId: string;
  title: string;
  /** Unique on the page: the panel is named by its heading. */
  titleId: string;
}

/**
 * The photos of one subject, on a facilitator's device: take one with the camera or choose several,
 * each checked and shrunk on this device before it is kept; then caption, flag and delete them.
 * Participants' phones never show it: their photos would be refused by the server.
 */
export function PhotosPanel(props: PhotosPanelProps) {
  const store = useStore();
  const subjectId = untrack(() => props.subjectId);
  const subject = untrack(() => props.subject);
  const photos = live(async () => sortPhotos((await store.repos.photo.listBy('subjectId', subjectId)).filter((p) => p.subject === subject)));
  const [busy, setBusy] = createSignal(0);
  const [refused, setRefused] = createSignal<{ name: string; problem: PhotoProblem }[]>([]);
  const [open, setOpen] = createSignal<Photo>();
  const id = (name: string) => `${props.titleId}-${name}`;

  async function attach(files: File[]) {
    if (files.length === 0 || busy() > 0) return;
    setRefused([]);
    setBusy(files.length);
    const result = await run(() => attachPhotos(store, { workshopId: props.workshopId, subject, subjectId }, files));
    setBusy(0);
    if (!result) return;
    setRefused(result.refused);
    // The app's one full-device message (the banner with the export) says what to do next.
    if (result.refused.some((r) => r.problem === 'storage_full')) for (const tell of storageFullListeners) tell();
    if (result.added.length > 0) announce(tp('photos.added', result.added.length));
  }
  const picked = (e: Event & { currentTarget: HTMLInputElement }) => {
    const files = [...(e.currentTarget.files ?? [])];
    // Cleared, so the same file can be chosen again.
    e.currentTarget.value = '';
    void attach(files);
  };
  const shown = createStablePhotos(photos);

  return (
    <section class="photos no-print" aria-labelledby={props.titleId}>
      <h3 id={props.titleId}>{props.title}</h3>
      <div class="photos__pick">
        <label class="button button--primary photos__picker" classList={{ 'photos__picker--busy': busy() > 0 }}>
          <input class="visually-hidden" id={id('take')} type="file" accept="image/*" capture="environment" disabled={busy() > 0} onChange={picked} />
          {t('photos.take')}
        </label>
        <label class="button photos__picker" classList={{ 'photos__picker--busy': busy() > 0 }}>
          <input class="visually-hidden" id={id('choose')} type="file" accept="image/jpeg,image/png,image/webp" multiple disabled={busy() > 0} onChange={picked} />
          {t('photos.choose')}
        </label>
      </div>
      <p class="muted">{t('photos.hint')}</p>
      <p class="photos__busy" aria-live="polite" data-testid="photos-busy">
        {busy() > 0 ? tp('photos.shrinking', busy()) : ''}
      </p>
      <Show when={refused().length > 0}>
        <div role="alert" class="photos__refused">
          <p class="form__error">{t('photos.refusedTitle')}</p>
          <ul>
            <For each={refused()}>{(r) => <li>{t('photos.refused', { name: r.name, problem: t(`photos.problems.${r.problem}`) })}</li>}</For>
          </ul>
        </div>
      </Show>
      <Show when={shown().length > 0} fallback={<p class="muted">{t('photos.none')}</p>}>
        <ul class="photo-grid" aria-label={props.title}>
          <For each={shown()}>{(p, i) => <PhotoEditor photo={p} name={photoName(p, i())} onOpen={() => setOpen(p)} />}</For>
        </ul>
      </Show>
      <Show when={open()}>
        {(p) => (
          <PhotoViewer
            photo={p()}
            name={photoName(
              p(),
              shown().findIndex((x) => x.id === p().id),
            )}
            store={store}
            onClose={() => setOpen(undefined)}
          />
        )}
      </Show>
    </section>
  );
}
