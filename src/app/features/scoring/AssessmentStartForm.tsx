import { Show } from 'solid-js';
import { ROUND_PRESETS, type Organisation, type Participant } from '../../../shared/schemas/records.ts';
import { OTHER_ROUND, type AssessmentDraft } from './assessment-draft.ts';
import { t } from '../../i18n/index.ts';
import { FormActions, SelectField, TextField } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';

export interface AssessmentStartFormProps extends DraftFormProps<AssessmentDraft> {
  organisations: readonly Organisation[];
  /** Empty in anonymous mode: no respondent is asked for. */
  participants: readonly Participant[];
}

export function AssessmentStartForm(props: AssessmentStartFormProps) {
  const { set, id } = draftFields(props);
  return (
    <SubForm heading={props.heading} notice={props.notice} error={props.formError} onSubmit={props.onSubmit}>
      <SelectField
        id={id('org')}
        label={t('scoring.fieldOrganisation')}
        required
        value={props.draft.organisationId}
        placeholder={t('scoring.chooseOrganisation')}
        options={props.organisations.map((o) => ({ value: o.id, label: o.acronym ? `${o.acronym} – ${o.name}` : o.name }))}
        error={props.errors.organisationId}
        onChange={(v) => set('organisationId', v)}
      />
      <div class="form__row">
        <SelectField
          id={id('round')}
          label={t('scoring.fieldRound')}
          value={props.draft.roundChoice}
          options={[...ROUND_PRESETS.map((r) => ({ value: r, label: t(`rounds.${r}`) })), { value: OTHER_ROUND, label: t('scoring.roundOther') }]}
          onChange={(v) => set('roundChoice', v)}
        />
        <Show when={props.draft.roundChoice === OTHER_ROUND}>
          <TextField id={id('round-other')} label={t('scoring.fieldRoundOther')} required error={props.errors.round} value={props.draft.roundOther} onInput={(v) => set('roundOther', v)} />
        </Show>
      </div>
      <Show when={props.participants.length > 0}>
        <SelectField
          id={id('respondent')}
          label={t('scoring.fieldRespondent')}
          value={props.draft.respondentId}
          placeholder={t('scoring.respondentNone')}
          options={props.participants.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(v) => set('respondentId', v)}
        />
      </Show>
      <FormActions saveLabel={t('scoring.start')} saving={props.saving} />
    </SubForm>
  );
}
