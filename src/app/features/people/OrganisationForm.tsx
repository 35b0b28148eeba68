import { ORGANISATION_KINDS, PARTNER_ROLES } from '../../../shared/schemas/records.ts';
import type { OrganisationDraft } from './people-draft.ts';
import { countryOptions, t } from '../../i18n/index.ts';
import { FormActions, SelectField, TextField } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';

export function OrganisationForm(props: DraftFormProps<OrganisationDraft>) {
  const { set, id } = draftFields(props);
  return (
    <SubForm heading={props.heading} notice={props.notice} error={props.formError} onSubmit={props.onSubmit}>
      <div class="form__row">
        <TextField id={id('name')} label={t('organisations.fieldName')} required error={props.errors.name} value={props.draft.name} onInput={(v) => set('name', v)} />
        <TextField id={id('acronym')} label={t('organisations.fieldAcronym')} error={props.errors.acronym} value={props.draft.acronym} onInput={(v) => set('acronym', v)} />
      </div>
      <div class="form__row form__row--3">
        <SelectField
          id={id('country')}
          label={t('organisations.fieldCountry')}
          value={props.draft.country}
          placeholder={t('workshopForm.countryNone')}
          options={countryOptions()}
          error={props.errors.country}
          onChange={(v) => set('country', v)}
        />
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
    </SubForm>
  );
}
