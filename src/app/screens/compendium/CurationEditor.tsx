import type { Practice } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { announce } from '../../state/announcer.ts';
import { bindForm, createRecordForm } from '../../state/record-form.ts';
import { useStore } from '../../state/store-context.ts';
import { PracticeForm } from '../../components/PracticeForm.tsx';
import { changedFields } from '../../forms/changed-fields.ts';
import { draftToPractice, practiceToDraft } from '../../forms/practice-draft.ts';

/**
 * A curator edits a card's wording in place. Only changed fields are written: a coordinator may
 * change wording, capacities and status, and the facilitator's concurrent edits of other fields stay.
 */
export function CurationEditor(props: { practice: Practice; onDone: () => void }) {
  const store = useStore();
  const form = createRecordForm({
    formId: `practice-curate:${props.practice.id}`,
    initial: practiceToDraft(props.practice),
    save: (d, base) => store.repos.practice.update(props.practice.id, changedFields(draftToPractice(d), draftToPractice(base))),
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
