import { Show } from 'solid-js';
import { SWOT_QUADRANTS } from '../../../shared/schemas/records.ts';
import type { SwotDraft } from './priorities-draft.ts';
import { t } from '../../i18n/index.ts';
import type { Option } from '../../ui/inputs.tsx';
import { FormActions, SelectField, TextField } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';

export function SwotForm(props: DraftFormProps<SwotDraft> & { factors: readonly Option[] }) {
  const { set, id } = draftFields(props);
  const external = () => props.draft.quadrant === 'opportunity' || props.draft.quadrant === 'threat';
  return (
    <SubForm heading={props.heading} notice={props.notice} error={props.formError} onSubmit={props.onSubmit}>
      <div class="form__row">
        <SelectField
          id={id('quadrant')}
          label={t('swot.fieldQuadrant')}
          value={props.draft.quadrant}
          options={SWOT_QUADRANTS.map((q) => ({ value: q, label: t(`swot.${q}`) }))}
          onChange={(v) => set('quadrant', v as SwotDraft['quadrant'])}
        />
        <Show when={external()}>
          <SelectField id={id('factor')} label={t('swot.fieldFactor')} value={props.draft.factorId} placeholder={t('swot.noFactor')} options={props.factors} onChange={(v) => set('factorId', v)} />
        </Show>
      </div>
      <TextField id={id('text')} multiline rows={2} label={t('swot.fieldText')} required error={props.errors.text} value={props.draft.text} onInput={(v) => set('text', v)} />
      <FormActions saveLabel={t('swot.add')} saving={props.saving} />
    </SubForm>
  );
}
