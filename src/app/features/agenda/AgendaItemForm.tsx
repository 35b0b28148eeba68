import { AGENDA_KINDS } from '../../../shared/schemas/records.ts';
import type { AgendaDraft } from './agenda-draft.ts';
import { t } from '../../i18n/index.ts';
import { FormActions, SelectField, TextField } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';

export function AgendaItemForm(props: DraftFormProps<AgendaDraft>) {
  const { set, id } = draftFields(props);
  return (
    <SubForm heading={props.heading} notice={props.notice} error={props.formError} onSubmit={props.onSubmit}>
      <TextField id={id('title')} label={t('agenda.fieldTitle')} required error={props.errors.title} value={props.draft.title} onInput={(v) => set('title', v)} />
      <div class="form__row form__row--4">
        <SelectField
          id={id('kind')}
          label={t('agenda.fieldKind')}
          value={props.draft.kind}
          options={AGENDA_KINDS.map((k) => ({ value: k, label: t(`agendaKinds.${k}`) }))}
          onChange={(v) => set('kind', v as AgendaDraft['kind'])}
        />
        <TextField id={id('day')} type="number" min={1} max={31} label={t('agenda.fieldDay')} error={props.errors.day} value={props.draft.day} onInput={(v) => set('day', v)} />
        <TextField id={id('start')} type="time" label={t('agenda.fieldStart')} error={props.errors.start} value={props.draft.start} onInput={(v) => set('start', v)} />
        <TextField id={id('minutes')} type="number" min={0} max={1440} label={t('agenda.fieldMinutes')} error={props.errors.minutes} value={props.draft.minutes} onInput={(v) => set('minutes', v)} />
      </div>
      <FormActions saveLabel={t('agenda.save')} cancelLabel={t('form.cancel')} saving={props.saving} onCancel={props.onCancel} />
    </SubForm>
  );
}
