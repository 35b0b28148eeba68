import { Show } from 'solid-js';
import { COMMON_THEMES } from '../../../shared/themes.ts';
import { WORKSHOP_STATUSES } from '../../../shared/schemas/records.ts';
import { countryOptions, t } from '../../i18n/index.ts';
import { themeLabel } from '../../i18n/labels.ts';
import { OTHER_THEME, type WorkshopDraft } from './workshop-draft.ts';
import { WORKING_LANGUAGES } from '../../i18n/working-languages.ts';
import { CheckboxField, CheckboxGroup, FormActions, FormMessages, SelectField, TextField, type Option } from '../../ui/inputs.tsx';

export interface WorkshopFormProps {
  /** "new" asks for the essentials; "edit" shows every detail. */
  mode: 'new' | 'edit';
  draft: WorkshopDraft;
  errors: Record<string, string>;
  saving: boolean;
  formError?: string | undefined;
  notice?: string | undefined;
  onChange: (next: WorkshopDraft) => void;
  onSubmit: () => void;
  onCancel?: () => void;
  /** Frameworks to score with (edit mode). */
  frameworks?: readonly Option[];
}

export function WorkshopForm(props: WorkshopFormProps) {
  const set = <K extends keyof WorkshopDraft>(key: K, value: WorkshopDraft[K]) => props.onChange({ ...props.draft, [key]: value });
  const otherTheme = () => props.draft.themeChoice === OTHER_THEME;

  return (
    <form
      class="form"
      novalidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <p class="form__intro">{t('workshopForm.intro')}</p>
      <FormMessages notice={props.notice} error={props.formError} />
      <TextField id="w-title" label={t('workshopForm.fieldTitle')} required error={props.errors.title} value={props.draft.title} onInput={(v) => set('title', v)} />
      <SelectField
        id="w-theme"
        label={t('workshopForm.fieldTheme')}
        required
        error={otherTheme() ? undefined : props.errors.theme}
        value={props.draft.themeChoice}
        placeholder={t('workshopForm.themeChoose')}
        options={[...COMMON_THEMES.map((theme) => ({ value: theme, label: themeLabel(theme) })), { value: OTHER_THEME, label: t('workshopForm.themeOther') }]}
        onChange={(v) => set('themeChoice', v)}
      />
      <Show when={otherTheme()}>
        <TextField id="w-theme-other" label={t('workshopForm.fieldThemeOther')} required error={props.errors.theme} value={props.draft.themeOther} onInput={(v) => set('themeOther', v)} />
      </Show>
      <div class="form__row">
        <TextField id="w-start" type="date" label={t('workshopForm.fieldStart')} required error={props.errors.startDate} value={props.draft.startDate} onInput={(v) => set('startDate', v)} />
        <TextField
          id="w-end"
          type="date"
          min={props.draft.startDate || undefined}
          label={t('workshopForm.fieldEnd')}
          error={props.errors.endDate}
          value={props.draft.endDate}
          onInput={(v) => set('endDate', v)}
        />
      </div>
      <TextField id="w-venue" label={t('workshopForm.fieldVenue')} error={props.errors.venue} value={props.draft.venue} onInput={(v) => set('venue', v)} />
      <SelectField
        id="w-country"
        label={t('workshopForm.fieldCountry')}
        error={props.errors.country}
        value={props.draft.country}
        placeholder={t('workshopForm.countryNone')}
        options={countryOptions()}
        onChange={(v) => set('country', v)}
      />
      <Show when={props.mode === 'edit'}>
        <SelectField
          id="w-status"
          label={t('workshopForm.fieldStatus')}
          value={props.draft.status}
          options={WORKSHOP_STATUSES.map((s) => ({ value: s, label: t(`workshopStatus.${s}`) }))}
          onChange={(v) => set('status', v as WorkshopDraft['status'])}
        />
        <CheckboxGroup
          id="w-languages"
          legend={t('workshopForm.fieldLanguages')}
          options={WORKING_LANGUAGES.map((code) => ({ value: code, label: t(`languages.${code}`) }))}
          selected={props.draft.languages}
          error={props.errors.languages}
          onChange={(v) => set('languages', v)}
        />
        <TextField
          id="w-facilitators"
          multiline
          rows={3}
          label={t('workshopForm.fieldFacilitators')}
          hint={t('workshopForm.facilitatorsHint')}
          error={props.errors.facilitators}
          value={props.draft.facilitators}
          onInput={(v) => set('facilitators', v)}
        />
        <SelectField
          id="w-framework"
          label={t('frameworks.inUse')}
          value={props.draft.frameworkId}
          placeholder={props.frameworks?.[0]?.label ?? ''}
          options={(props.frameworks ?? []).slice(1)}
          onChange={(v) => set('frameworkId', v)}
        />
        <CheckboxField id="w-anonymous" label={t('scoring.fieldAnonymous')} checked={props.draft.anonymousScores} onChange={(v) => set('anonymousScores', v)} />
        <TextField
          id="w-objectives"
          multiline
          rows={4}
          label={t('workshopForm.fieldObjectives')}
          error={props.errors.objectives}
          value={props.draft.objectives}
          onInput={(v) => set('objectives', v)}
        />
      </Show>
      <FormActions saveLabel={props.mode === 'new' ? t('workshopForm.save') : t('workshopForm.saveDetails')} cancelLabel={t('workshopForm.cancel')} saving={props.saving} onCancel={props.onCancel} />
    </form>
  );
}
