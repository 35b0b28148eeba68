import { createMemo, createSignal, untrack } from 'solid-js';
import type { Project, Workshop } from '../../../shared/schemas/records.ts';
import { locale, t } from '../../i18n/index.ts';
import { DEFAULT_TUOC } from '../../../shared/framework/default-tuoc.ts';
import { localised, type FrameworkDocument } from '../../../shared/framework/schema.ts';
import { knownFrameworks } from '../frameworks/index.ts';
import { announce } from '../../ui/announcer.ts';
import { bindForm, createRecordForm } from '../../ui/forms/record-form.ts';
import { useStore } from '../../core/db/store-context.ts';
import type { WorkshopData } from '../../core/db/workshop-data.ts';
import { WorkshopForm } from './WorkshopForm.tsx';
import { ProjectLinks } from '../projects/index.ts';
import { WORKSHOP_ERROR_FIELDS, draftToWorkshopFields, workshopToDraft } from './workshop-draft.ts';
import { draftToProject, emptyProjectDraft } from '../projects/index.ts';
import { changedFields } from '../../ui/forms/changed-fields.ts';
import { updateWithUndo } from '../../ui/undo.ts';
import { PhotosPanel } from '../photos/index.ts';
import { CofacilitatorsPanel } from './CofacilitatorsPanel.tsx';

export function DetailsSection(props: { workshop: Workshop; data: WorkshopData }) {
  const store = useStore();
  // Another workshop's route mounts a new screen. The form starts from the workshop as it is now,
  // then follows it through `source` while nothing is typed.
  const id = untrack(() => props.workshop.id);
  const details = createRecordForm({
    formId: `workshop-details:${id}`,
    initial: untrack(() => workshopToDraft(props.workshop)),
    errorFields: WORKSHOP_ERROR_FIELDS,
    // After saving, the saved values are the new baseline.
    next: (saved) => saved,
    source: () => workshopToDraft(props.workshop),
    // Only the fields the person changed are written, so a concurrent edit of another field survives.
    save: (d, base) => store.repos.workshop.update(id, changedFields(draftToWorkshopFields(d), draftToWorkshopFields(base))),
  });

  // The built-in TUOC framework first (the empty choice), then each other framework by its latest name.
  const frameworkOptions = createMemo(() => {
    const latest = new Map<string, FrameworkDocument>();
    for (const f of knownFrameworks(props.data.frameworks() ?? [])) if ((latest.get(f.id)?.version ?? 0) < f.version) latest.set(f.id, f);
    const tuoc = latest.get(DEFAULT_TUOC.id)!;
    return [tuoc, ...[...latest.values()].filter((f) => f.id !== DEFAULT_TUOC.id)].map((f) => ({ value: f.id === DEFAULT_TUOC.id ? '' : f.id, label: localised(f.name, locale()) }));
  });
  const linkedIds = () => props.workshop.projectIds;
  const projects = () => props.data.projects() ?? [];
  const linked = createMemo(() =>
    linkedIds()
      .map((pid) => projects().find((p) => p.id === pid))
      .filter((p): p is Project => Boolean(p)),
  );
  const available = createMemo(() => projects().filter((p) => !linkedIds().includes(p.id)));
  const [chosen, setChosen] = createSignal('');

  const setLinks = (ids: string[]) => store.repos.workshop.update(id, { projectIds: ids });
  const project = createRecordForm({
    formId: `project-new:${id}`,
    initial: emptyProjectDraft(),
    save: async (d) => {
      const created = await store.repos.project.create(draftToProject(d, props.workshop.theme), store.ownerId);
      await setLinks([...linkedIds(), created.id]);
      return created;
    },
  });

  // Each write says its own failure (the command runner); nothing is left to handle here.
  async function linkChosen() {
    const p = projects().find((x) => x.id === chosen());
    if (!p) return;
    // A link or an unlink says so with an Undo that puts the list back as it was.
    if (await updateWithUndo(store.repos.workshop, id, { projectIds: [...linkedIds(), p.id] }, t('projects.linked', { reference: p.reference }))) setChosen('');
  }
  async function createProject() {
    const created = await project.submit();
    if (created) announce(t('projects.saved', { reference: created.reference }));
  }

  return (
    <>
      <section class="panel" aria-labelledby="details-title">
        <h2 id="details-title">{t('workshopForm.editTitle')}</h2>
        <WorkshopForm
          mode="edit"
          frameworks={frameworkOptions()}
          notice={details.restored ? t('workshopForm.draftRestored') : undefined}
          {...bindForm(details, { onSaved: () => announce(t('workshopForm.detailsSaved')) })}
        />
      </section>
      <CofacilitatorsPanel workshop={props.workshop} />
      <ProjectLinks
        linked={linked()}
        available={available()}
        chosen={chosen()}
        onChoose={setChosen}
        onLink={() => void linkChosen()}
        onUnlink={(p) => void updateWithUndo(store.repos.workshop, id, { projectIds: linkedIds().filter((x) => x !== p.id) }, t('projects.unlinked', { reference: p.reference }))}
        draft={project.draft()}
        errors={project.errors()}
        formError={project.formError()}
        saving={project.saving()}
        onDraftChange={project.change}
        onCreate={() => void createProject()}
      />
      <div class="panel">
        <PhotosPanel workshopId={id} subject="workshop" subjectId={id} title={t('photos.workshopPhotos')} titleId="workshop-photos" />
      </div>
    </>
  );
}
