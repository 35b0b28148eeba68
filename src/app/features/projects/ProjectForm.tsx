import { For } from 'solid-js';
import { COMMON_THEMES } from '../../../shared/themes.ts';
import { PROJECT_STATUSES } from '../../../shared/schemas/records.ts';
import type { ProjectDraft } from './project-draft.ts';
import { countryName, countryOptions, locale, t } from '../../i18n/index.ts';
import { themeLabel } from '../../i18n/labels.ts';
import { CheckboxGroup, Fieldset, FormActions, FormMessages, SelectField, TextField, type Option } from '../../ui/inputs.tsx';
import { draftFields, Form, type DraftProps } from '../../ui/SubForm.tsx';
import { projectStatusLabel } from './project-text.ts';
import { ProjectTextField } from './ProjectTextField.tsx';

export interface ProjectFormProps extends DraftProps<ProjectDraft> {
  /** Unique on the page: names the form's heading. */
  id: string;
  /** The form's accessible name (and its heading). */
  title: string;
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
  const { set, field } = draftFields(props, 'pj');
  const headingId = () => `${props.id}-title`;
  return (
    <Form class="subform" labelledBy={headingId()} onSubmit={() => props.onSubmit()}>
      <h3 id={headingId()}>{props.title}</h3>
      <FormMessages notice={props.notice} error={props.formError} />
      <div class="form__row">
        <ProjectTextField form={props} idPrefix="pj" field="reference" label={t('projectField.reference')} hint={t('projectField.referenceHint')} />
        <SelectField {...field('status')} label={t('projectField.status')} options={PROJECT_STATUSES.map((s) => ({ value: s, label: projectStatusLabel(s) }))} />
      </div>
      <ProjectTextField form={props} idPrefix="pj" field="title" label={t('projectField.title')} />
      <div class="form__row">
        <ProjectTextField form={props} idPrefix="pj" field="donor" label={t('projectField.donor')} />
        <ProjectTextField form={props} idPrefix="pj" field="implementer" label={t('projectField.implementer')} />
      </div>
      <ProjectTextField form={props} idPrefix="pj" field="partners" label={t('projectField.partners')} hint={t('projectField.partnersHint')} />
      <Fieldset id="pj-countries" legend={t('projectField.countries')} error={props.errors.countries}>
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
      </Fieldset>
      <CheckboxGroup
        id="pj-themes"
        legend={t('projectField.themes')}
        options={COMMON_THEMES.map((th) => ({ value: th, label: themeLabel(th) }))}
        selected={props.draft.themes}
        error={props.errors.themes}
        onChange={(v) => set('themes', v)}
      />
      <TextField {...field('otherThemes', 'other-themes')} label={t('projectField.otherThemes')} hint={t('projectField.otherThemesHint')} />
      <div class="form__row">
        <TextField {...field('startDate', 'start')} type="date" label={t('projectField.startDate')} />
        <TextField {...field('endDate', 'end')} type="date" label={t('projectField.endDate')} />
      </div>
      <div class="form__row">
        <TextField {...field('budgetAmount', 'amount')} error={props.errors.budget} label={t('projectField.budgetAmount')} />
        <SelectField
          {...field('budgetCurrency', 'currency')}
          label={t('projectField.budgetCurrency')}
          placeholder={t('projectField.noCurrency')}
          options={currencyOptions(props.draft.budgetCurrency)}
        />
      </div>
      <ProjectTextField form={props} idPrefix="pj" field="contact" label={t('projectField.contact')} hint={t('projectField.contactHint')} />
      <FormActions saveLabel={t('projectField.save')} cancelLabel={t('form.cancel')} saving={props.saving} onCancel={props.onCancel} />
    </Form>
  );
}
