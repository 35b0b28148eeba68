import { untrack } from 'solid-js';
import type { Project } from '../../../shared/schemas/records.ts';
import { changedFields } from '../../ui/forms/changed-fields.ts';
import { draftToProject, emptyProjectDraft, PROJECT_ERROR_FIELDS, projectToDraft, type ProjectDraft } from './project-draft.ts';
import { t } from '../../i18n/index.ts';
import { announce } from '../../ui/announcer.ts';
import { bindForm, createRecordForm } from '../../ui/forms/record-form.ts';
import { useStore } from '../../core/db/store-context.ts';
import { ProjectForm } from './ProjectForm.tsx';

/**
 * Which budget message fits: the record has one budget field, the form two. With both parts
 * given, the amount is what could not be read.
 */
function withBudgetWords(errors: Record<string, string>, d: ProjectDraft): Record<string, string> {
  if (!errors.budget) return errors;
  const both = d.budgetAmount.trim() !== '' && d.budgetCurrency !== '';
  return { ...errors, budget: both ? t('projectImport.errors.amount') : t('projectField.budgetPair') };
}

/**
 * The project form bound to storage: a new project (owned by this device's owner until a key
 * claims it), or an existing one, where only the fields the person changed are written and the
 * form follows synced changes while nothing is typed.
 */
export function ProjectEditor(props: { project?: Project; onDone: (saved?: Project) => void }) {
  const store = useStore();
  // New or existing is settled when the editor opens; the draft starts from the record as it was then.
  const existing = untrack(() => props.project);
  const form = createRecordForm<ProjectDraft, Project>({
    formId: existing ? `project-edit:${existing.id}` : 'project-new',
    initial: existing ? projectToDraft(existing) : emptyProjectDraft(),
    errorFields: PROJECT_ERROR_FIELDS,
    ...(existing
      ? {
          next: (saved: ProjectDraft) => saved,
          source: () => projectToDraft(props.project ?? existing),
          save: async (d: ProjectDraft, base: ProjectDraft) => {
            const patch = changedFields(draftToProject(d), draftToProject(base));
            // Nothing changed: no write, so no change waits to sync.
            return Object.keys(patch).length > 0 ? store.repos.project.update(existing.id, patch) : (props.project ?? existing);
          },
        }
      : { save: (d: ProjectDraft) => store.repos.project.create(draftToProject(d), store.ownerId) }),
  });
  return (
    <ProjectForm
      id={existing ? 'project-edit' : 'project-new'}
      title={existing ? t('projectPage.edit') : t('projectList.newProject')}
      notice={form.restored ? t('form.draftRestored') : undefined}
      // A failed save is said in the form by the record form itself.
      {...bindForm(form, {
        onSaved: (saved) => {
          announce(t(existing ? 'projectPage.saved' : 'projectList.added', { reference: saved.reference }));
          props.onDone(saved);
        },
        onCancel: () => props.onDone(),
      })}
      errors={withBudgetWords(form.errors(), form.draft())}
    />
  );
}
