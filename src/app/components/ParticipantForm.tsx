import { GENDERS, type Organisation } from '../../shared/schemas/records.ts';
import { shortName, type ParticipantDraft } from '../forms/people-draft.ts';
import { t } from '../i18n/index.ts';
import { CheckboxField, FormActions, FormMessages, SelectField, TextField } from './inputs.tsx';

export interface ParticipantFormProps {
  idPrefix: string;
  heading: string;
  hint?: string;
  saveLabel: string;
  organisations: readonly Organisation[];
  draft: ParticipantDraft;
  errors: Record<string, string>;
  formError?: string | undefined;
  saving: boolean;
  nameRef?: (el: HTMLInputElement | HTMLTextAreaElement) => void;
  onChange: (d: ParticipantDraft) => void;
  onSubmit: () => void;
  onCancel?: () => void;
}

/** One line per participant on a tablet: Enter in any field adds the person. */
export function ParticipantForm(props: ParticipantFormProps) {
  const set = <K extends keyof ParticipantDraft>(k: K, v: ParticipantDraft[K]) => props.onChange({ ...props.draft, [k]: v });
  const id = (f: string) => `${props.idPrefix}-${f}`;
  return (
    <form
      class="subform"
      novalidate
      aria-label={props.heading}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <h3>{props.heading}</h3>
      {props.hint && <p class="muted">{props.hint}</p>}
      <FormMessages error={props.formError} />
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
    </form>
  );
}
