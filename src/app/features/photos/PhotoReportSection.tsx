import './photos.css';
import { createMemo, For, Show } from 'solid-js';
import type { Photo } from '../../../shared/schemas/photo-records.ts';
import { useStore } from '../../core/db/store-context.ts';
import { t } from '../../i18n/index.ts';
import { groupByAttachment, photoName, type SubjectNames } from './photo-view.ts';
import { PrintedPhoto } from './PrintedPhoto.tsx';

/** The printed report's photos, grouped under what each is attached to (a note, a card, the board…). */
export function PhotoReportSection(props: { photos: readonly Photo[]; names: SubjectNames }) {
  const store = useStore();
  const groups = createMemo(() => groupByAttachment(props.photos, props.names));
  return (
    <section class="report__section" aria-labelledby="report-photos">
      <h3 id="report-photos">{t('photos.title')}</h3>
      <Show when={groups().length > 0} fallback={<p>{t('report.none')}</p>}>
        <p class="muted">{t('photos.reportIntro')}</p>
        <For each={groups()}>
          {(g) => (
            <section class="photo-group">
              <h4>{g.label}</h4>
              <For each={g.photos}>{(p, i) => <PrintedPhoto photo={p} name={photoName(p, i())} store={store} />}</For>
            </section>
          )}
        </For>
      </Show>
    </section>
  );
}
