import { createMemo, createSignal, Show, untrack } from 'solid-js';
import type { Note } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { emptyNoteFilter, filterNotes, isFiltered, type NoteFilter } from './note-filter.ts';
import { navigate } from '../../core/router.ts';
import { paths } from '../../routes.ts';
import { announce } from '../../ui/announcer.ts';
import { run } from '../../ui/command.ts';
import { bindForm, createRecordForm } from '../../ui/forms/record-form.ts';
import { useStore } from '../../core/db/store-context.ts';
import { setPracticeToOpen } from '../practices/index.ts';
import { removeWithUndo } from '../../ui/undo.ts';
import { NOTES_PAGE, type WorkshopData } from '../../core/db/workshop-data.ts';
import { NoteForm } from './NoteForm.tsx';
import { noteFilterChoices } from './note-filter-choices.ts';
import { FilterBar } from '../../ui/FilterBar.tsx';
import { NoteList } from './NoteList.tsx';
import { draftToNote, emptyNoteDraft, noteToDraft } from './note-draft.ts';
import { practiceFromNote } from '../practices/index.ts';
import { shortName } from '../../ui/names.ts';
import { Panel } from '../../ui/Panel.tsx';
import { createEditForm } from '../../ui/forms/edit-form.ts';
import { PhotosPanel, PhotoThumbs, photosBySubject } from '../photos/index.ts';

/**
 * A workshop's notes. On a participant's phone (`participant`): their own notes only, which the
 * server takes while the workshop is open, and nothing a facilitator makes of them (practice cards).
 */
export function NotesSection(props: { workshopId: string; data: WorkshopData; participant?: boolean }) {
  const store = useStore();
  // A closed workshop takes no participant's notes: the server would refuse them.
  const closed = () => Boolean(props.participant) && props.data.workshop()?.status === 'closed';
  const sessions = () => props.data.agenda() ?? [];
  const participants = () => props.data.participants() ?? [];
  const organisations = () => props.data.organisations() ?? [];
  const orgOfParticipant = createMemo(() => {
    const m = new Map(participants().map((p) => [p.id, p.organisationId]));
    return (id: string) => m.get(id);
  });
  const [filter, setFilter] = createSignal<NoteFilter>(emptyNoteFilter());
  const [limit, setLimit] = createSignal(NOTES_PAGE);
  const [editing, setEditing] = createSignal<string>();
  /**
   * The notes the list shows and how many match. Until every note is read, the newest page shows
   * with the number of all, unless a filter asks for more than that page can tell.
   */
  const shown = createMemo(() => {
    const list = props.data.shownNotes();
    if (list?.complete) {
      const notes = filterNotes(list.notes, filter(), orgOfParticipant());
      return { notes, count: notes.length, total: list.total };
    }
    return list && !isFiltered(filter()) ? { notes: list.notes, count: list.total, total: list.total } : undefined;
  });
  let textArea: HTMLInputElement | HTMLTextAreaElement | undefined;
  const notePhotos = createMemo(() => photosBySubject(props.data.photos() ?? [], 'note'));
  const [photosOf, setPhotosOf] = createSignal<string>();

  /** A note's thumbnails; on a facilitator's device, a Photos button opens attaching under it. */
  function NotePhotos(p: { note: Note }) {
    const list = () => notePhotos().get(p.note.id) ?? [];
    const open = () => photosOf() === p.note.id;
    return (
      <Show when={!props.participant} fallback={<PhotoThumbs photos={list()} store={store} />}>
        <div class="note__photos">
          <Show when={!open()}>
            <PhotoThumbs photos={list()} store={store} />
          </Show>
          <button type="button" class="button" aria-expanded={open()} onClick={() => setPhotosOf(open() ? undefined : p.note.id)}>
            {t('photos.noteButton', { count: list().length })}
          </button>
        </div>
        <Show when={open()}>
          <PhotosPanel workshopId={props.workshopId} subject="note" subjectId={p.note.id} title={t('photos.notePhotos')} titleId={`note-${p.note.id}-photos`} />
        </Show>
      </Show>
    );
  }

  const composer = createRecordForm({
    // Another workshop's route mounts a new screen.
    formId: `note-new:${untrack(() => props.workshopId)}`,
    initial: emptyNoteDraft(),
    // The session, kind and speaker stay chosen: notes come in runs.
    next: (saved) => ({ ...emptyNoteDraft(), agendaItemId: saved.agendaItemId, kind: saved.kind, who: saved.who }),
    dirtyWhen: (d) => d.text.trim() !== '',
    save: (d) => store.repos.note.create(draftToNote(d), props.workshopId),
  });

  const sessionTitle = (id: string | undefined) => sessions().find((s) => s.id === id)?.title ?? '';
  const whoName = (n: Note) => {
    if (n.participantId) return participants().find((p) => p.id === n.participantId)?.name ?? '';
    const org = n.organisationId ? organisations().find((o) => o.id === n.organisationId) : undefined;
    return org ? shortName(org) : '';
  };

  function NoteEditor(p: { note: Note }) {
    const form = createEditForm({
      name: 'note-edit',
      record: () => p.note,
      toDraft: noteToDraft,
      save: (d) => store.repos.note.update(p.note.id, draftToNote(d)),
    });
    const done = () => setEditing(undefined);
    return (
      <NoteForm
        idPrefix={`note-${p.note.id}`}
        heading={t('notes.edit')}
        saveLabel={t('notes.saveEdit')}
        sessions={sessions()}
        participants={participants()}
        organisations={organisations()}
        {...bindForm(form, { onSaved: done, onCancel: done })}
      />
    );
  }

  async function makePractice(note: Note) {
    const card = await run(() => store.repos.practice.create(practiceFromNote(note, orgOfParticipant()), props.workshopId));
    if (!card) return;
    setPracticeToOpen(card.id);
    announce(t('practices.fromNote'));
    navigate(paths.workshop(props.workshopId, 'practices'));
  }

  return (
    <Panel titleId="notes-title" title={t('notes.title')}>
      <Show when={props.participant}>
        <p class="muted">{t('participant.notesIntro')}</p>
      </Show>
      <Show when={!closed()} fallback={<p class="notice">{t('participant.closed')}</p>}>
        <NoteForm
          idPrefix="note-new"
          heading={t('notes.composer')}
          saveLabel={t('notes.save')}
          sessions={sessions()}
          participants={participants()}
          organisations={organisations()}
          textRef={(el) => (textArea = el)}
          notice={composer.restored ? t('form.draftRestored') : undefined}
          {...bindForm(composer, {
            onSaved: () => {
              announce(t('notes.saved'));
              textArea?.focus();
            },
          })}
        />
      </Show>
      <Show when={!props.participant}>
        <FilterBar
          words={{ id: 'nf', label: t('notes.filters'), search: t('notes.search'), clear: t('notes.clearFilters') }}
          of={{
            filter: filter(),
            onChange: (f) => {
              setFilter(f);
              setLimit(NOTES_PAGE);
            },
          }}
          columns={4}
          cleared={emptyNoteFilter}
          choices={noteFilterChoices(sessions(), organisations())}
        />
      </Show>
      <Show when={shown()} fallback={<p class="muted">{t('app.loading')}</p>}>
        {(list) => (
          <NoteList
            notes={list().notes}
            count={list().count}
            total={list().total}
            limit={limit()}
            filtered={isFiltered(filter())}
            editingId={editing()}
            sessionTitle={sessionTitle}
            whoName={whoName}
            renderEditor={(n) => <NoteEditor note={n} />}
            renderPhotos={(n) => <NotePhotos note={n} />}
            onShowMore={() => setLimit((l) => l + NOTES_PAGE)}
            onEdit={(n) => setEditing(n.id)}
            onRemove={(n) => void removeWithUndo(store.repos.note, n.id, n.text.slice(0, 40))}
            readOnly={closed()}
            onMakePractice={props.participant ? undefined : (n) => void makePractice(n)}
          />
        )}
      </Show>
    </Panel>
  );
}
