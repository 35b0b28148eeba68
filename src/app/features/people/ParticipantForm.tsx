import { Show } from 'solid-js';
import { GENDERS, type Organisation } from '../../../shared/schemas/records.ts';
import { type ParticipantDraft } from './people-draft.ts';
import { shortName } from '../../ui/names.ts';
import { t } from '../../i18n/index.ts';
import { CheckboxField, choices, FormActions, SelectField, TextField } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';

export interface ParticipantFormProps extends DraftFormProps<ParticipantDraft> {
  hint?: string;
  saveLabel: string;
  organisations: readonly Organisation[];
  nameRef?: (el: HTMLInputElement | HTMLTextAreaElement) => void;
}

/** One line per participant on a tablet: Enter in any field adds the person. */
export function ParticipantForm(props: ParticipantFormProps) {
  const { set, id, field } = draftFields(props);
  return (
    <SubForm heading={props.heading} notice={props.notice} error={props.formError} onSubmit={props.onSubmit}>
      <Show when={props.hint}>
        <p class="muted">{props.hint}</p>
      </Show>
      <div class="form__row form__row--line">
        <TextField {...field('name')} ref={props.nameRef} label={t('participants.fieldName')} required />
        <SelectField
          {...field('organisationId', 'org')}
          label={t('participants.fieldOrganisation')}
          placeholder={t('participants.noOrganisation')}
          options={props.organisations.map((o) => ({ value: o.id, label: shortName(o) }))}
        />
        <TextField {...field('role')} label={t('participants.fieldRole')} />
        <SelectField {...field('gender')} label={t('participants.fieldGender')} options={choices(GENDERS, 'gender')} />
      </div>
      <CheckboxField id={id('consent')} label={t('participants.fieldConsent')} checked={props.draft.consent} onChange={(v) => set('consent', v)} />
      <FormActions saveLabel={props.saveLabel} cancelLabel={t('form.cancel')} saving={props.saving} onCancel={props.onCancel} />
    </SubForm>
  );
}
