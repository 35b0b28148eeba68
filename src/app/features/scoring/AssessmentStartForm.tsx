import { fullName } from '../../ui/names.ts';
import { Show } from 'solid-js';
import { ROUND_PRESETS, type Organisation, type Participant } from '../../../shared/schemas/records.ts';
import { OTHER_ROUND, type AssessmentDraft } from './assessment-draft.ts';
import { t } from '../../i18n/index.ts';
import { choices, FormActions, SelectField, TextField } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';

export interface AssessmentStartFormProps extends DraftFormProps<AssessmentDraft> {
  organisations: readonly Organisation[];
  /** Empty in anonymous mode: no respondent is asked for. */
  participants: readonly Participant[];
}

export function AssessmentStartForm(props: AssessmentStartFormProps) {
  const { field } = draftFields(props);
  return (
    <SubForm heading={props.heading} notice={props.notice} error={props.formError} onSubmit={props.onSubmit}>
      <SelectField
        {...field('organisationId', 'org')}
        label={t('scoring.fieldOrganisation')}
        required
        placeholder={t('scoring.chooseOrganisation')}
        options={props.organisations.map((o) => ({ value: o.id, label: fullName(o) }))}
      />
      <div class="form__row">
        <SelectField {...field('roundChoice', 'round')} label={t('scoring.fieldRound')} options={[...choices(ROUND_PRESETS, 'rounds'), { value: OTHER_ROUND, label: t('scoring.roundOther') }]} />
        <Show when={props.draft.roundChoice === OTHER_ROUND}>
          <TextField {...field('roundOther', 'round-other')} error={props.errors.round} label={t('scoring.fieldRoundOther')} required />
        </Show>
      </div>
      <Show when={props.participants.length > 0}>
        <SelectField
          {...field('respondentId', 'respondent')}
          label={t('scoring.fieldRespondent')}
          placeholder={t('scoring.respondentNone')}
          options={props.participants.map((p) => ({ value: p.id, label: p.name }))}
        />
      </Show>
      <FormActions saveLabel={t('scoring.start')} saving={props.saving} />
    </SubForm>
  );
}
