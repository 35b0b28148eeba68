import { ACTION_STATUSES } from '../../../shared/schemas/records.ts';
import type { ActionDraft } from './priorities-draft.ts';
import { t } from '../../i18n/index.ts';
import { choices, FormActions, SelectField, TextField, type Option } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';

/** The tablet writes plan items; drafts (`proposed`) come only from the delegations' phones. */
const PLAN_STATUSES = ACTION_STATUSES.filter((s) => s !== 'proposed');

export function ActionForm(props: DraftFormProps<ActionDraft> & { capacities: readonly Option[] }) {
  const { field } = draftFields(props);
  return (
    <SubForm heading={props.heading} notice={props.notice} error={props.formError} onSubmit={props.onSubmit}>
      <SelectField {...field('itemId', 'item')} label={t('actions.fieldCapacity')} required placeholder={t('actions.chooseCapacity')} options={props.capacities} />
      <TextField {...field('action')} multiline rows={2} label={t('actions.fieldAction')} required />
      <div class="form__row form__row--3">
        <TextField {...field('who')} label={t('actions.fieldWho')} />
        <TextField {...field('due')} type="date" label={t('actions.fieldDue')} />
        <SelectField {...field('status')} label={t('actions.fieldStatus')} options={choices(PLAN_STATUSES, 'actionStatus')} />
      </div>
      <TextField {...field('indicator')} label={t('actions.fieldIndicator')} />
      <FormActions saveLabel={t('actions.add')} saving={props.saving} />
    </SubForm>
  );
}
