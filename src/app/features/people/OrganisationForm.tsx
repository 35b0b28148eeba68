import { ORGANISATION_KINDS, PARTNER_ROLES } from '../../../shared/schemas/records.ts';
import type { OrganisationDraft } from './people-draft.ts';
import { countryOptions, t } from '../../i18n/index.ts';
import { choices, FormActions, SelectField, TextField } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';

export function OrganisationForm(props: DraftFormProps<OrganisationDraft>) {
  const { field } = draftFields(props);
  return (
    <SubForm heading={props.heading} notice={props.notice} error={props.formError} onSubmit={props.onSubmit}>
      <div class="form__row">
        <TextField {...field('name')} label={t('organisations.fieldName')} required />
        <TextField {...field('acronym')} label={t('organisations.fieldAcronym')} />
      </div>
      <div class="form__row form__row--3">
        <SelectField {...field('country')} label={t('organisations.fieldCountry')} placeholder={t('workshopForm.countryNone')} options={countryOptions()} />
        <SelectField {...field('kind')} label={t('organisations.fieldKind')} options={choices(ORGANISATION_KINDS, 'organisationKinds')} />
        <SelectField {...field('partnerRole', 'role')} label={t('organisations.fieldRole')} options={choices(PARTNER_ROLES, 'partnerRoles')} />
      </div>
      <FormActions saveLabel={t('organisations.save')} cancelLabel={t('form.cancel')} saving={props.saving} onCancel={props.onCancel} />
    </SubForm>
  );
}
