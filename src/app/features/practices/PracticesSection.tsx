import { createMemo, createSignal, onMount, Show, untrack } from 'solid-js';
import type { Practice } from '../../../shared/schemas/records.ts';
import { t, formatList } from '../../i18n/index.ts';
import { capacityLabel } from '../../i18n/labels.ts';
import { announce } from '../../ui/announcer.ts';
import { bindForm, createRecordForm } from '../../ui/forms/record-form.ts';
import { useStore } from '../../core/db/store-context.ts';
import { practiceToOpen, setPracticeToOpen } from './practice-to-open.ts';
import { removeWithUndo } from '../../ui/undo.ts';
import type { WorkshopData } from '../../core/db/workshop-data.ts';
import { EditableRows } from '../../ui/EditableRows.tsx';
import { PracticeForm } from './PracticeForm.tsx';
import { draftToPractice, emptyPracticeDraft, practiceToDraft } from './practice-draft.ts';
import { shortName } from '../../ui/names.ts';
import { changedFields } from '../../ui/forms/changed-fields.ts';
import { Panel } from '../../ui/Panel.tsx';
import { Button } from '../../ui/Button.tsx';
import { createEditForm } from '../../ui/forms/edit-form.ts';
import { PhotosPanel, PhotoThumbs, photosBySubject } from '../photos/index.ts';

export function PracticesSection(props: { workshopId: string; data: WorkshopData }) {
  const store = useStore();
  const practices = () => props.data.practices() ?? [];
  const organisations = () => props.data.organisations() ?? [];
  const orgNames = createMemo(() => new Map(organisations().map((o) => [o.id, shortName(o)])));
  const [editing, setEditing] = createSignal<string>();
  const [adding, setAdding] = createSignal(false);
  const cardPhotos = createMemo(() => photosBySubject(props.data.photos() ?? [], 'practice'));
  onMount(() => {
    const open = practiceToOpen();
    if (open) {
      setEditing(open);
      setPracticeToOpen(undefined);
    }
  });

  function PracticeEditor(p: { practice: Practice }) {
    const form = createEditForm({
      name: 'practice-edit',
      record: () => p.practice,
      toDraft: practiceToDraft,
      save: (d, base) => store.repos.practice.update(p.practice.id, changedFields(draftToPractice(d), draftToPractice(base))),
    });
    const done = () => setEditing(undefined);
    return (
      <>
        <PracticeForm
          idPrefix={`practice-${p.practice.id}`}
          heading={t('practices.editTitle')}
          organisations={organisations()}
          notice={p.practice.sourceNoteId ? t('practices.fromNote') : undefined}
          {...bindForm(form, {
            onSaved: (saved) => {
              announce(t('practices.saved', { title: saved.title }));
              done();
            },
            onCancel: done,
          })}
        />
        <PhotosPanel workshopId={props.workshopId} subject="practice" subjectId={p.practice.id} title={t('photos.practicePhotos')} titleId={`practice-${p.practice.id}-photos`} />
      </>
    );
  }

  const newCard = createRecordForm({
    // Another workshop's route mounts a new screen.
    formId: `practice-new:${untrack(() => props.workshopId)}`,
    initial: emptyPracticeDraft(),
    save: (d) => store.repos.practice.create({ ...draftToPractice(d), projectIds: [] }, props.workshopId),
  });

  // The panel and its list are named by the same words.
  const title = () => t('practices.title');
  return (
    <Panel titleId="practices-title" title={title()}>
      <EditableRows
        label={title()}
        items={practices()}
        empty={t('practices.empty')}
        editingId={editing()}
        title={(p) => p.title}
        meta={(p) => (
          <>
            {[t(`practiceStatus.${p.status}`), formatList(p.organisationIds.map((id) => orgNames().get(id) ?? '')), formatList(p.capacities.map(capacityLabel))].filter(Boolean).join(' · ')}{' '}
            <PhotoThumbs photos={cardPhotos().get(p.id)} store={store} />
          </>
        )}
        editLabel={(p) => t('practices.edit', { title: p.title })}
        removeLabel={(p) => t('practices.remove', { title: p.title })}
        renderEditor={(p) => <PracticeEditor practice={p} />}
        onEdit={(p) => setEditing(p.id)}
        onRemove={(p) => void removeWithUndo(store.repos.practice, p.id, p.title)}
      />
      <Show when={adding() || newCard.restored} fallback={<Button tone="primary" label={t('practices.add')} onClick={() => setAdding(true)} />}>
        <PracticeForm
          idPrefix="practice-new"
          heading={t('practices.add')}
          organisations={organisations()}
          {...bindForm(newCard, {
            onSaved: (saved) => {
              announce(t('practices.saved', { title: saved.title }));
              setAdding(false);
            },
            onCancel: () => setAdding(false),
          })}
        />
      </Show>
    </Panel>
  );
}
