import { For, Show } from 'solid-js';
import { COMMON_THEMES } from '../../../shared/themes.ts';
import { PROJECT_STATUSES } from '../../../shared/schemas/records.ts';
import type { ProjectDraft } from './project-draft.ts';
import { countryName, countryOptions, locale, t } from '../../i18n/index.ts';
import { themeLabel } from '../../i18n/labels.ts';
import { CheckboxGroup, FormActions, FormMessages, SelectField, TextField, type Option } from '../../ui/inputs.tsx';
import { projectStatusLabel } from './project-text.ts';
import { ProjectTextField } from './ProjectTextField.tsx';

export interface ProjectFormProps {
  /** Unique on the page: names the form's heading. */
  id: string;
  /** The form's accessible name (and its heading). */
  title: string;
  draft: ProjectDraft;
  errors: Record<string, string>;
  saving: boolean;
  formError?: string | undefined;
  notice?: string | undefined;
  onChange: (next: ProjectDraft) => void;
  onSubmit: () => void;
  onCancel?: () => void;
}

/** ISO 4217 currencies the browser knows, by code with their name; the draft's own code stays offered. */
function currencyOptions(current: string): Option[] {
  const codes = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['EUR', 'USD', 'GBP', 'CHF', 'NOK', 'SEK', 'DKK', 'XOF', 'XAF', 'ZAR'];
  const names = new Intl.DisplayNames([locale()], { type: 'currency' });
  const all = current && !codes.includes(current) ? [current, ...codes] : codes;
  return all.map((code) => ({ value: code, label: `${code} – ${names.of(code) ?? code}` }));
}

/** Every field of a project. Countries are chosen from a list and shown as removable items, so no code is ever mistyped. */
export function ProjectForm(props: ProjectFormProps) {
  const set = <K extends keyof ProjectDraft>(key: K, value: ProjectDraft[K]) => props.onChange({ ...props.draft, [key]: value });
  const headingId = () => `${props.id}-title`;
  return (
    <form
      class="subform"
      aria-labelledby={headingId()}
      novalidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <h3 id={headingId()}>{props.title}</h3>
      <FormMessages notice={props.notice} error={props.formError} />
      <div class="form__row">
        <ProjectTextField form={props} idPrefix="pj" field="reference" label={t('projectField.reference')} hint={t('projectField.referenceHint')} />
        <SelectField
          id="pj-status"
          label={t('projectField.status')}
          error={props.errors.status}
          value={props.draft.status}
          options={PROJECT_STATUSES.map((s) => ({ value: s, label: projectStatusLabel(s) }))}
          onChange={(v) => set('status', v as ProjectDraft['status'])}
        />
      </div>
      <ProjectTextField form={props} idPrefix="pj" field="title" label={t('projectField.title')} />
      <div class="form__row">
        <ProjectTextField form={props} idPrefix="pj" field="donor" label={t('projectField.donor')} />
        <ProjectTextField form={props} idPrefix="pj" field="implementer" label={t('projectField.implementer')} />
      </div>
      <ProjectTextField form={props} idPrefix="pj" field="partners" label={t('projectField.partners')} hint={t('projectField.partnersHint')} />
      <fieldset class="checks" aria-describedby={props.errors.countries ? 'pj-countries-error' : undefined}>
        <legend>{t('projectField.countries')}</legend>
        <ul class="project-chips">
          <For each={props.draft.countries}>
            {(code) => (
              <li>
                <span>{countryName(code)}</span>
                <button
                  type="button"
                  class="button button--small"
                  aria-label={t('projectField.removeCountry', { country: countryName(code) })}
                  onClick={() =>
                    set(
                      'countries',
                      props.draft.countries.filter((c) => c !== code),
                    )
                  }
                >
                  ×
                </button>
              </li>
            )}
          </For>
        </ul>
        <SelectField
          id="pj-country-add"
          label={t('projectField.addCountry')}
          value=""
          placeholder={t('projectField.chooseCountry')}
          options={countryOptions().filter((o) => !props.draft.countries.includes(o.value))}
          onChange={(v) => v && set('countries', [...props.draft.countries, v])}
        />
        <Show when={props.errors.countries}>
          <p class="field__error" id="pj-countries-error">
            {props.errors.countries}
          </p>
        </Show>
      </fieldset>
      <CheckboxGroup
        id="pj-themes"
        legend={t('projectField.themes')}
        options={COMMON_THEMES.map((th) => ({ value: th, label: themeLabel(th) }))}
        selected={props.draft.themes}
        error={props.errors.themes}
        onChange={(v) => set('themes', v)}
      />
      <TextField id="pj-other-themes" label={t('projectField.otherThemes')} hint={t('projectField.otherThemesHint')} value={props.draft.otherThemes} onInput={(v) => set('otherThemes', v)} />
      <div class="form__row">
        <TextField id="pj-start" type="date" label={t('projectField.startDate')} error={props.errors.startDate} value={props.draft.startDate} onInput={(v) => set('startDate', v)} />
        <TextField id="pj-end" type="date" label={t('projectField.endDate')} error={props.errors.endDate} value={props.draft.endDate} onInput={(v) => set('endDate', v)} />
      </div>
      <div class="form__row">
        <TextField id="pj-amount" label={t('projectField.budgetAmount')} error={props.errors.budget} value={props.draft.budgetAmount} onInput={(v) => set('budgetAmount', v)} />
        <SelectField
          id="pj-currency"
          label={t('projectField.budgetCurrency')}
          value={props.draft.budgetCurrency}
          placeholder={t('projectField.noCurrency')}
          options={currencyOptions(props.draft.budgetCurrency)}
          onChange={(v) => set('budgetCurrency', v)}
        />
      </div>
      <ProjectTextField form={props} idPrefix="pj" field="contact" label={t('projectField.contact')} hint={t('projectField.contactHint')} />
      <FormActions saveLabel={t('projectField.save')} cancelLabel={t('form.cancel')} saving={props.saving} onCancel={props.onCancel} />
    </form>
  );
}
