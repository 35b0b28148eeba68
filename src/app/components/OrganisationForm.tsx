import { ORGANISATION_KINDS, PARTNER_ROLES } from '../../shared/schemas/records.ts';
import type { OrganisationDraft } from '../forms/people-draft.ts';
import { t } from '../i18n/index.ts';
import { FormActions, FormMessages, SelectField, TextField } from './inputs.tsx';
import { countryOptions } from './WorkshopForm.tsx';

export interface OrganisationFormProps {
  idPrefix: string;
  heading: string;
  draft: OrganisationDraft;
  errors: Record<string, string>;
  formError?: string | undefined;
  saving: boolean;
  onChange: (d: OrganisationDraft) => void;
  onSubmit: () => void;
  onCancel?: () => void;
}

export function OrganisationForm(props: OrganisationFormProps) {
  const set = <K extends keyof OrganisationDraft>(k: K, v: OrganisationDraft[K]) => props.onChange({ ...props.draft, [k]: v });
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
      <FormMessages error={props.formError} />
      <div class="form__row">
        <TextField id={id('name')} label={t('organisations.fieldName')} required error={props.errors.name} value={props.draft.name} onInput={(v) => set('name', v)} />
        <TextField id={id('acronym')} label={t('organisations.fieldAcronym')} error={props.errors.acronym} value={props.draft.acronym} onInput={(v) => set('acronym', v)} />
      </div>
      <div class="form__row form__row--3">
        <SelectField id={id('country')} label={t('organisations.fieldCountry')} value={props.draft.country} placeholder={t('workshopForm.countryNone')} options={countryOptions()} error={props.errors.country} onChange={(v) => set('country', v)} />
        <SelectField
          id={id('kind')}
          label={t('organisations.fieldKind')}
          value={props.draft.kind}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisationKinds.${k}`) }))}
          onChange={(v) => set('kind', v as OrganisationDraft['kind'])}
        />
        <SelectField
          id={id('role')}
          label={t('organisations.fieldRole')}
          value={props.draft.partnerRole}
          options={PARTNER_ROLES.map((r) => ({ value: r, label: t(`partnerRoles.${r}`) }))}
          onChange={(v) => set('partnerRole', v as OrganisationDraft['partnerRole'])}
        />
      </div>
      <FormActions saveLabel={t('organisations.save')} cancelLabel={t('form.cancel')} saving={props.saving} onCancel={props.onCancel} />
    </form>
  );
}
