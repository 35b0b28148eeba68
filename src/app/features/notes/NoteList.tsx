import './notes.css';
import { For, Show, type JSX } from 'solid-js';
import type { Note } from '../../../shared/schemas/records.ts';
import { formatNumber, t, tp } from '../../i18n/index.ts';
import { capacityLabel } from '../../i18n/labels.ts';
import { EditDeleteButtons } from '../../ui/EditDeleteButtons.tsx';

export interface NoteListProps {
  /** The notes to show, in order (the first `limit` are rendered). */
  notes: readonly Note[];
  /** How many notes match: more than `notes` holds while only the first page of them is read. */
  count: number;
  total: number;
  /** How many to render: long lists render in pages so a 2,000-note workshop stays fast. */
  limit: number;
  filtered: boolean;
  editingId?: string | undefined;
  sessionTitle: (id: string | undefined) => string;
  whoName: (note: Note) => string;
  renderEditor: (note: Note) => JSX.Element;
  onShowMore: () => void;
  onEdit: (note: Note) => void;
  onRemove: (note: Note) => void;
  /** Absent where a practice card cannot be made (a participant's phone). */
  onMakePractice?: ((note: Note) => void) | undefined;
  /** The note's photos (thumbnails, and attaching them on a facilitator's device). */
  renderPhotos?: ((note: Note) => JSX.Element) | undefined;
  /** Shown without edit and delete (a closed workshop on a participant's phone). */
  readOnly?: boolean;
}

export function NoteList(props: NoteListProps) {
  const visible = () => props.notes.slice(0, props.limit);
  return (
    <Show when={props.count > 0} fallback={<p>{props.filtered ? t('notes.noMatch') : t('notes.empty')}</p>}>
      <p class="muted" aria-live="polite" data-testid="notes-shown">
        {tp('notes.shown', props.count, { total: formatNumber(props.total) })}
      </p>
      <ul class="notes" aria-label={t('notes.title')}>
        <For each={visible()}>
          {(note) => (
            <li class="note" data-kind={note.kind}>
              <Show when={props.editingId !== note.id} fallback={props.renderEditor(note)}>
                <p class="note__head">
                  <span class="badge">{t(`noteKinds.${note.kind}`)}</span>
                  <span class="muted">{[props.sessionTitle(note.agendaItemId), props.whoName(note)].filter(Boolean).join(' · ')}</span>
                </p>
                <p class="note__text">{note.text}</p>
                {props.renderPhotos?.(note)}
                <Show when={note.capacities.length > 0}>
                  <ul class="tags">
                    <For each={note.capacities}>{(c) => <li>{capacityLabel(c)}</li>}</For>
                  </ul>
                </Show>
                <Show when={!props.readOnly}>
                  <div class="row__actions">
                    <Show when={props.onMakePractice}>
                      {(make) => (
                        <button type="button" class="button" onClick={() => make()(note)}>
                          {t('notes.makePractice')}
                        </button>
                      )}
                    </Show>
                    <EditDeleteButtons editLabel={t('notes.edit')} removeLabel={t('notes.remove')} onEdit={() => props.onEdit(note)} onRemove={() => props.onRemove(note)} />
                  </div>
                </Show>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.count > props.limit}>
        <button type="button" class="button" onClick={() => props.onShowMore()}>
          {t('notes.showMore')}
        </button>
      </Show>
    </Show>
  );
}
