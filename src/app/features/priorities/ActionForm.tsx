import { ACTION_STATUSES } from '../../../shared/schemas/records.ts';
import type { ActionDraft } from './priorities-draft.ts';
import { t } from '../../i18n/index.ts';
import type { Option } from '../../ui/inputs.tsx';
import { FormActions, SelectField, TextField } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';

export function ActionForm(props: DraftFormProps<ActionDraft> & { capacities: readonly Option[] }) {
  const { set, id } = draftFields(props);
  return (
    <SubForm heading={props.heading} notice={props.notice} error={props.formError} onSubmit={props.onSubmit}>
      <SelectField
        id={id('item')}
        label={t('actions.fieldCapacity')}
        required
        value={props.draft.itemId}
        placeholder={t('actions.chooseCapacity')}
        options={props.capacities}
        error={props.errors.itemId}
        onChange={(v) => set('itemId', v)}
      />
      <TextField id={id('action')} multiline rows={2} label={t('actions.fieldAction')} required error={props.errors.action} value={props.draft.action} onInput={(v) => set('action', v)} />
      <div class="form__row form__row--3">
        <TextField id={id('who')} label={t('actions.fieldWho')} error={props.errors.who} value={props.draft.who} onInput={(v) => set('who', v)} />
        <TextField id={id('due')} type="date" label={t('actions.fieldDue')} error={props.errors.due} value={props.draft.due} onInput={(v) => set('due', v)} />
        <SelectField
          id={id('status')}
          label={t('actions.fieldStatus')}
          value={props.draft.status}
          options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))}
          onChange={(v) => set('status', v as ActionDraft['status'])}
        />
      </div>
      <TextField id={id('indicator')} label={t('actions.fieldIndicator')} error={props.errors.indicator} value={props.draft.indicator} onInput={(v) => set('indicator', v)} />
      <FormActions saveLabel={t('actions.add')} saving={props.saving} />
    </SubForm>
  );
}
