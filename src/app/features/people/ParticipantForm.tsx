import { Show } from 'solid-js';
import { GENDERS, type Organisation } from '../../../shared/schemas/records.ts';
import { type ParticipantDraft } from './people-draft.ts';
import { shortName } from '../../ui/names.ts';
import { t } from '../../i18n/index.ts';
import { CheckboxField, FormActions, SelectField, TextField } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';

export interface ParticipantFormProps extends DraftFormProps<ParticipantDraft> {
  hint?: string;
  saveLabel: string;
  organisations: readonly Organisation[];
  nameRef?: (el: HTMLInputElement | HTMLTextAreaElement) => void;
}

/** One line per participant on a tablet: Enter in any field adds the person. */
export function ParticipantForm(props: ParticipantFormProps) {
  const { set, id } = draftFields(props);
  return (
    <SubForm heading={props.heading} notice={props.notice} error={props.formError} onSubmit={props.onSubmit}>
      <Show when={props.hint}>
        <p class="muted">{props.hint}</p>
      </Show>
      <div class="form__row form__row--line">
        <TextField id={id('name')} ref={props.nameRef} label={t('participants.fieldName')} required error={props.errors.name} value={props.draft.name} onInput={(v) => set('name', v)} />
        <SelectField
          id={id('org')}
          label={t('participants.fieldOrganisation')}
          value={props.draft.organisationId}
          placeholder={t('participants.noOrganisation')}
          options={props.organisations.map((o) => ({ value: o.id, label: shortName(o) }))}
          onChange={(v) => set('organisationId', v)}
        />
        <TextField id={id('role')} label={t('participants.fieldRole')} error={props.errors.role} value={props.draft.role} onInput={(v) => set('role', v)} />
        <SelectField
          id={id('gender')}
          label={t('participants.fieldGender')}
          value={props.draft.gender}
          options={GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))}
          onChange={(v) => set('gender', v as ParticipantDraft['gender'])}
        />
      </div>
      <CheckboxField id={id('consent')} label={t('participants.fieldConsent')} checked={props.draft.consent} onChange={(v) => set('consent', v)} />
      <FormActions saveLabel={props.saveLabel} cancelLabel={t('form.cancel')} saving={props.saving} onCancel={props.onCancel} />
    </SubForm>
  );
}
