import { Show } from 'solid-js';
import { COMMON_THEMES } from '../../../shared/themes.ts';
import { WORKSHOP_STATUSES } from '../../../shared/schemas/records.ts';
import { countryOptions, t } from '../../i18n/index.ts';
import { themeLabel } from '../../i18n/labels.ts';
import { OTHER_THEME, type WorkshopDraft } from './workshop-draft.ts';
import { WORKING_LANGUAGES } from '../../i18n/working-languages.ts';
import { CheckboxField, CheckboxGroup, choices, FormActions, FormMessages, SelectField, TextField, type Option } from '../../ui/inputs.tsx';
import { draftFields, Form, type DraftProps } from '../../ui/SubForm.tsx';

export interface WorkshopFormProps extends DraftProps<WorkshopDraft> {
  /** "new" asks for the essentials; "edit" shows every detail. */
  mode: 'new' | 'edit';
  /** Frameworks to score with (edit mode). */
  frameworks?: readonly Option[];
}

export function WorkshopForm(props: WorkshopFormProps) {
  const { set, field } = draftFields(props, 'w');
  const otherTheme = () => props.draft.themeChoice === OTHER_THEME;

  return (
    <Form class="form" onSubmit={() => props.onSubmit()}>
      <p class="form__intro">{t('workshopForm.intro')}</p>
      <FormMessages notice={props.notice} error={props.formError} />
      <TextField {...field('title')} label={t('workshopForm.fieldTitle')} required />
      <SelectField
        {...field('themeChoice', 'theme')}
        error={otherTheme() ? undefined : props.errors.theme}
        label={t('workshopForm.fieldTheme')}
        required
        placeholder={t('workshopForm.themeChoose')}
        options={[...COMMON_THEMES.map((theme) => ({ value: theme, label: themeLabel(theme) })), { value: OTHER_THEME, label: t('workshopForm.themeOther') }]}
      />
      <Show when={otherTheme()}>
        <TextField {...field('themeOther', 'theme-other')} error={props.errors.theme} label={t('workshopForm.fieldThemeOther')} required />
      </Show>
      <div class="form__row">
        <TextField {...field('startDate', 'start')} type="date" label={t('workshopForm.fieldStart')} required />
        <TextField {...field('endDate', 'end')} type="date" min={props.draft.startDate || undefined} label={t('workshopForm.fieldEnd')} />
      </div>
      <TextField {...field('venue')} label={t('workshopForm.fieldVenue')} />
      <SelectField {...field('country')} label={t('workshopForm.fieldCountry')} placeholder={t('workshopForm.countryNone')} options={countryOptions()} />
      <Show when={props.mode === 'edit'}>
        <SelectField {...field('status')} label={t('workshopForm.fieldStatus')} options={choices(WORKSHOP_STATUSES, 'workshopStatus')} />
        <CheckboxGroup
          id="w-languages"
          legend={t('workshopForm.fieldLanguages')}
          options={choices(WORKING_LANGUAGES, 'languages')}
          selected={props.draft.languages}
          error={props.errors.languages}
          onChange={(v) => set('languages', v)}
        />
        <TextField {...field('facilitators')} multiline rows={3} label={t('workshopForm.fieldFacilitators')} hint={t('workshopForm.facilitatorsHint')} />
        <SelectField {...field('frameworkId', 'framework')} label={t('frameworks.inUse')} placeholder={props.frameworks?.[0]?.label ?? ''} options={(props.frameworks ?? []).slice(1)} />
        <CheckboxField id="w-anonymous" label={t('scoring.fieldAnonymous')} checked={props.draft.anonymousScores} onChange={(v) => set('anonymousScores', v)} />
        <TextField {...field('objectives')} multiline rows={4} label={t('workshopForm.fieldObjectives')} />
      </Show>
      <FormActions saveLabel={props.mode === 'new' ? t('workshopForm.save') : t('workshopForm.saveDetails')} cancelLabel={t('workshopForm.cancel')} saving={props.saving} onCancel={props.onCancel} />
    </Form>
  );
}
