import { t } from '../../i18n/index.ts';
import { FormActions, SelectField, TextField, type Option } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';
import type { PlanDraft } from './participant-drafts.ts';

/** A delegation's draft action: the capacity it builds, what, who, by when and how success shows. No status: the facilitator accepts it. */
export function ParticipantPlanForm(props: DraftFormProps<PlanDraft> & { capacities: readonly Option[]; saveLabel: string }) {
  const { field } = draftFields(props);
  return (
    <SubForm heading={props.heading} notice={props.notice} error={props.formError} onSubmit={props.onSubmit}>
      <SelectField {...field('itemId', 'item')} label={t('actions.fieldCapacity')} required placeholder={t('actions.chooseCapacity')} options={props.capacities} />
      <TextField {...field('action')} multiline rows={2} label={t('actions.fieldAction')} required />
      <TextField {...field('who')} label={t('actions.fieldWho')} />
      <TextField {...field('due')} type="date" label={t('actions.fieldDue')} />
      <TextField {...field('indicator')} label={t('actions.fieldIndicator')} />
      <FormActions saveLabel={props.saveLabel} saving={props.saving} cancelLabel={t('form.cancel')} onCancel={props.onCancel} />
    </SubForm>
  );
}
