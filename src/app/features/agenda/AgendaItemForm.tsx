import { AGENDA_KINDS } from '../../../shared/schemas/records.ts';
import type { AgendaDraft } from './agenda-draft.ts';
import { t } from '../../i18n/index.ts';
import { choices, FormActions, SelectField, TextField } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';

export function AgendaItemForm(props: DraftFormProps<AgendaDraft>) {
  const { field } = draftFields(props);
  return (
    <SubForm heading={props.heading} notice={props.notice} error={props.formError} onSubmit={props.onSubmit}>
      <TextField {...field('title')} label={t('agenda.fieldTitle')} required />
      <div class="form__row form__row--4">
        <SelectField {...field('kind')} label={t('agenda.fieldKind')} options={choices(AGENDA_KINDS, 'agendaKinds')} />
        <TextField {...field('day')} type="number" min={1} max={31} label={t('agenda.fieldDay')} />
        <TextField {...field('start')} type="time" label={t('agenda.fieldStart')} />
        <TextField {...field('minutes')} type="number" min={0} max={1440} label={t('agenda.fieldMinutes')} />
      </div>
      <FormActions saveLabel={t('agenda.save')} cancelLabel={t('form.cancel')} saving={props.saving} onCancel={props.onCancel} />
    </SubForm>
  );
}
