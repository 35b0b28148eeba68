import { Show, untrack } from 'solid-js';
import type { AgreedRow } from '../../../shared/framework/agreed.ts';
import type { AgreedScore } from '../../../shared/schemas/room-records.ts';
import { agreedScoreIdFor } from '../../../shared/identity/derived-id.ts';
import { formatScore, t } from '../../i18n/index.ts';
import { useStore } from '../../core/db/store-context.ts';
import { StorageError } from '../../core/db/errors.ts';
import { announce } from '../../ui/announcer.ts';
import { bindForm, createRecordForm } from '../../ui/forms/record-form.ts';
import { FormActions, FormMessages, SelectField, TextField, type Option } from '../../ui/inputs.tsx';
import { draftFields, Form } from '../../ui/SubForm.tsx';
import { agreedToDraft, agreedWrite, type AgreedDraft } from './agreed-draft.ts';

export interface AgreedItemEditorProps {
  workshopId: string;
  organisationId: string;
  round: string;
  row: AgreedRow;
  label: string;
  /** The item's record as it is now, if any (it may change through sync while the form is open). */
  record: AgreedScore | undefined;
  /** The scale's points with their labels, then "Could not agree" (the empty choice, "not recorded yet", comes first by itself). */
  options: readonly Option[];
}

/**
 * One item's agreed score and its justification, saved on its own: a group settles items one at a
 * time. The draft is kept under the organisation, round and item, so a failed save or a reload
 * never loses what was typed.
 */
export function AgreedItemEditor(props: AgreedItemEditorProps) {
  const store = useStore();
  // The form belongs to one organisation, round and item: the panel mounts a new one when they change.
  const key = untrack(() => ({ workshopId: props.workshopId, organisationId: props.organisationId, round: props.round, itemId: props.row.itemId }));
  const id = agreedScoreIdFor(key.workshopId, key.organisationId, key.itemId, key.round);
  const form = createRecordForm<AgreedDraft, string>({
    formId: `agreed:${id}`,
    initial: untrack(() => agreedToDraft(props.record)),
    // After saving, the saved choice is what the form shows and compares with.
    next: (saved) => saved,
    source: () => agreedToDraft(props.record),
    save: async (draft, baseline) => {
      const write = agreedWrite(draft, baseline, props.record !== undefined);
      if (write.kind === 'needsValue') throw new StorageError('invalid_record', 'agreed score without a value', [{ path: ['value'], code: 'too_small', message: 'required' }]);
      if (write.kind === 'remove') {
        await store.repos.agreedScore.remove(id);
        return t('agreed.cleared', { item: props.label });
      }
      if (write.kind === 'put') await store.repos.agreedScore.put(id, { organisationId: key.organisationId, itemId: key.itemId, round: key.round, ...write.fields }, key.workshopId);
      return t('agreed.saved', { item: props.label });
    },
  });
  const bound = bindForm(form, { onSaved: (message) => announce(message) });
  const { field } = draftFields(bound, `agreed-${key.itemId}`);
  const headingId = `agreed-${key.itemId}-title`;
  return (
    <Form class="subform agreed-item" labelledBy={headingId} onSubmit={() => void bound.onSubmit()}>
      <h4 id={headingId}>{props.label}</h4>
      <p class="muted">
        <Show when={props.row.n > 0} fallback={t('agreed.noIndividual')}>
          {t('agreed.individual', { mean: formatScore(props.row.mean), sd: formatScore(props.row.sd) })}
        </Show>
      </p>
      <FormMessages notice={form.restored ? t('form.draftRestored') : undefined} error={bound.formError} />
      <SelectField
        {...field('value')}
        // A justification without a score: say what is missing in this form's own words.
        error={bound.errors.value ? t('agreed.chooseValue') : undefined}
        label={t('agreed.fieldValue')}
        placeholder={t('agreed.notRecorded')}
        options={props.options}
      />
      <TextField {...field('justification')} multiline rows={3} label={t('agreed.fieldJustification')} />
      <FormActions saveLabel={t('agreed.save')} saving={bound.saving} />
    </Form>
  );
}
