import { PRACTICE_CURATION_FIELDS, type Practice } from '../../../shared/schemas/records.ts';

const curationOnly = <T extends object>(patch: T): Partial<T> => Object.fromEntries(Object.entries(patch).filter(([k]) => (PRACTICE_CURATION_FIELDS as readonly string[]).includes(k))) as Partial<T>;
import { t } from '../../i18n/index.ts';
import { announce } from '../../ui/announcer.ts';
import { bindForm } from '../../ui/forms/record-form.ts';
import { useStore } from '../../core/db/store-context.ts';
import { PracticeForm } from '../practices/index.ts';
import { changedFields } from '../../ui/forms/changed-fields.ts';
import { draftToPractice, practiceToDraft } from '../practices/index.ts';
import { createEditForm } from '../../ui/forms/edit-form.ts';

/**
 * A curator edits a card's wording in place. Only changed fields are written: a coordinator may
 * change wording, capacities and status, and the facilitator's concurrent edits of other fields stay.
 */
export function CurationEditor(props: { practice: Practice; onDone: () => void }) {
  const store = useStore();
  const form = createEditForm({
    name: 'practice-curate',
    record: () => props.practice,
    toDraft: practiceToDraft,
    // Only the fields a curator may change, and only those that changed.
    save: (d, base) => store.repos.practice.update(props.practice.id, curationOnly(changedFields(draftToPractice(d), draftToPractice(base)))),
  });
  return (
    <PracticeForm
      idPrefix={`curate-${props.practice.id}`}
      heading={t('compendium.editTitle')}
      organisations={[]}
      curating
      {...bindForm(form, {
        onSaved: (saved) => {
          announce(t('compendium.saved', { title: saved.title }));
          props.onDone();
        },
        onCancel: props.onDone,
      })}
    />
  );
}
