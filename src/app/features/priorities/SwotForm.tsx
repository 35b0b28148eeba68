import { Show } from 'solid-js';
import { SWOT_CARD_KINDS } from '../../../shared/schemas/records.ts';
import type { SwotDraft } from './priorities-draft.ts';
import { t } from '../../i18n/index.ts';
import { choices, FormActions, SelectField, TextField, type Option } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';

export function SwotForm(props: DraftFormProps<SwotDraft> & { factors: readonly Option[] }) {
  const { field } = draftFields(props);
  const external = () => props.draft.quadrant === 'opportunity' || props.draft.quadrant === 'threat';
  return (
    <SubForm heading={props.heading} notice={props.notice} error={props.formError} onSubmit={props.onSubmit}>
      <div class="form__row">
        <SelectField {...field('quadrant')} label={t('swot.fieldQuadrant')} options={choices(SWOT_CARD_KINDS, 'swot')} />
        <Show when={external()}>
          <SelectField {...field('factorId', 'factor')} label={t('swot.fieldFactor')} placeholder={t('swot.noFactor')} options={props.factors} />
        </Show>
      </div>
      <TextField {...field('text')} multiline rows={2} label={t('swot.fieldText')} required />
      <FormActions saveLabel={t('swot.add')} saving={props.saving} />
    </SubForm>
  );
}
