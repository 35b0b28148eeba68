import { For, Show } from 'solid-js';
import { COMMON_THEMES, isCommonTheme } from '../../shared/themes.ts';
import { COUNTRY_CODES } from '../../shared/countries.ts';
import { countryName, t } from '../i18n/index.ts';
import { themeLabel } from '../i18n/theme-label.ts';
import { Field } from './Field.tsx';

/** What the form edits: plain strings, exactly as typed, so nothing is lost between keystrokes. */
export interface WorkshopDraft {
  title: string;
  themeChoice: string;
  themeOther: string;
  startDate: string;
  endDate: string;
  venue: string;
  country: string;
}

export const OTHER_THEME = 'other';

export const emptyWorkshopDraft = (): WorkshopDraft => ({
  title: '',
  themeChoice: '',
  themeOther: '',
  startDate: '',
  endDate: '',
  venue: '',
  country: '',
});

export function themeOf(d: WorkshopDraft): string {
  return d.themeChoice === OTHER_THEME ? d.themeOther : d.themeChoice;
}

export function draftThemeChoice(theme: string): Pick<WorkshopDraft, 'themeChoice' | 'themeOther'> {
  return isCommonTheme(theme) || theme === '' ? { themeChoice: theme, themeOther: '' } : { themeChoice: OTHER_THEME, themeOther: theme };
}

export interface WorkshopFormProps {
  draft: WorkshopDraft;
  errors: Record<string, string>;
  saving: boolean;
  formError?: string | undefined;
  notice?: string | undefined;
  onChange: (next: WorkshopDraft) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

export function WorkshopForm(props: WorkshopFormProps) {
  const set = <K extends keyof WorkshopDraft>(key: K, value: WorkshopDraft[K]) => props.onChange({ ...props.draft, [key]: value });
  const countries = () =>
    COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name));

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
      <Show when={props.notice}>
        <p class="notice">{props.notice}</p>
      </Show>
      <Show when={props.formError}>
        <p class="form__error" role="alert">
          {props.formError}
        </p>
      </Show>

      <Field id="w-title" label={t('workshopForm.fieldTitle')} required error={props.errors.title}>
        {(aria) => (
          <input {...aria} type="text" autocomplete="off" value={props.draft.title} onInput={(e) => set('title', e.currentTarget.value)} />
        )}
      </Field>

      <Field id="w-theme" label={t('workshopForm.fieldTheme')} required error={props.draft.themeChoice === OTHER_THEME ? undefined : props.errors.theme}>
        {(aria) => (
          <select {...aria} value={props.draft.themeChoice} onChange={(e) => set('themeChoice', e.currentTarget.value)}>
            <option value="">{t('workshopForm.themeChoose')}</option>
            <For each={COMMON_THEMES}>{(theme) => <option value={theme}>{themeLabel(theme)}</option>}</For>
            <option value={OTHER_THEME}>{t('workshopForm.themeOther')}</option>
          </select>
        )}
      </Field>
      <Show when={props.draft.themeChoice === OTHER_THEME}>
        <Field id="w-theme-other" label={t('workshopForm.fieldThemeOther')} required error={props.errors.theme}>
          {(aria) => (
            <input {...aria} type="text" value={props.draft.themeOther} onInput={(e) => set('themeOther', e.currentTarget.value)} />
          )}
        </Field>
      </Show>

      <div class="form__row">
        <Field id="w-start" label={t('workshopForm.fieldStart')} required error={props.errors.startDate}>
          {(aria) => <input {...aria} type="date" value={props.draft.startDate} onInput={(e) => set('startDate', e.currentTarget.value)} />}
        </Field>
        <Field id="w-end" label={t('workshopForm.fieldEnd')} error={props.errors.endDate}>
          {(aria) => (
            <input {...aria} type="date" min={props.draft.startDate || undefined} value={props.draft.endDate} onInput={(e) => set('endDate', e.currentTarget.value)} />
          )}
        </Field>
      </div>

      <Field id="w-venue" label={t('workshopForm.fieldVenue')} error={props.errors.venue}>
        {(aria) => <input {...aria} type="text" value={props.draft.venue} onInput={(e) => set('venue', e.currentTarget.value)} />}
      </Field>

      <Field id="w-country" label={t('workshopForm.fieldCountry')} error={props.errors.country}>
        {(aria) => (
          <select {...aria} value={props.draft.country} onChange={(e) => set('country', e.currentTarget.value)}>
            <option value="">{t('workshopForm.countryNone')}</option>
            <For each={countries()}>{(c) => <option value={c.code}>{c.name}</option>}</For>
          </select>
        )}
      </Field>

      <div class="form__actions">
        <button type="submit" class="button button--primary" disabled={props.saving}>
          {t('workshopForm.save')}
        </button>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          {t('workshopForm.cancel')}
        </button>
      </div>
    </form>
  );
}
