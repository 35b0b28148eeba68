import { t } from '../../i18n/index.ts';
import { FormActions, TextField } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';

/** Rewording one SWOT entry, for instance a strength suggested from the scores. */
export function SwotTextForm(props: DraftFormProps<{ text: string }>) {
  const { set, id } = draftFields(props);
  return (
    <SubForm heading={props.heading} error={props.formError} onSubmit={props.onSubmit}>
      <TextField id={id('text')} multiline rows={2} label={t('swot.fieldText')} required error={props.errors.text} value={props.draft.text} onInput={(v) => set('text', v)} />
      <FormActions saveLabel={t('form.save')} cancelLabel={t('form.cancel')} saving={props.saving} onCancel={props.onCancel} />
    </SubForm>
  );
}
