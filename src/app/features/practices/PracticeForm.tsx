import { Show } from 'solid-js';
import { PRACTICE_STATUSES, type Organisation } from '../../../shared/schemas/records.ts';
import type { PracticeDraft } from './practice-draft.ts';
import { shortName } from '../../ui/names.ts';
import { t } from '../../i18n/index.ts';
import { CapacityPicker } from '../../ui/CapacityPicker.tsx';
import { CheckboxGroup, choices, FormActions, SelectField, TextField } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';

export interface PracticeFormProps extends DraftFormProps<PracticeDraft> {
  organisations: readonly Organisation[];
  /** Curating the compendium: only the wording, capacities and status are offered. */
  curating?: boolean;
}

export function PracticeForm(props: PracticeFormProps) {
  const { set, id, field } = draftFields(props);
  const long = (key: 'context' | 'approach' | 'results' | 'sustainability', label: string) => <TextField {...field(key)} multiline rows={4} label={label} />;
  return (
    <SubForm heading={props.heading} notice={props.notice} error={props.formError} onSubmit={props.onSubmit}>
      <TextField {...field('title')} label={t('practices.fieldTitle')} required />
      {long('context', t('practices.fieldContext'))}
      {long('approach', t('practices.fieldApproach'))}
      {long('results', t('practices.fieldResults'))}
      <CapacityPicker id={id('caps')} legend={t('practices.fieldCapacities')} selected={props.draft.capacities} onChange={(v) => set('capacities', v)} error={props.errors.capacities} />
      {long('sustainability', t('practices.fieldSustainability'))}
      <Show when={!props.curating}>
        <CheckboxGroup
          id={id('orgs')}
          legend={t('practices.fieldOrganisations')}
          options={props.organisations.map((o) => ({ value: o.id, label: shortName(o) }))}
          selected={props.draft.organisationIds}
          onChange={(v) => set('organisationIds', v)}
        />
      </Show>
      <div class="form__row">
        <Show when={!props.curating}>
          <TextField {...field('contact')} label={t('practices.fieldContact')} />
        </Show>
        <SelectField {...field('status')} label={t('practices.fieldStatus')} options={choices(PRACTICE_STATUSES, 'practiceStatus')} />
      </div>
      <FormActions saveLabel={t('practices.save')} cancelLabel={t('form.cancel')} saving={props.saving} onCancel={props.onCancel} />
    </SubForm>
  );
}
