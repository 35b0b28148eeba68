import { Show } from 'solid-js';
import type { Project } from '../../../shared/schemas/records.ts';
import { emptyProjectFilter, isProjectFiltered, type ProjectFilter } from './projects.ts';
import { countryName, t } from '../../i18n/index.ts';
import { themeLabel } from '../../i18n/labels.ts';
import { SelectField, TextField } from '../../ui/inputs.tsx';
import { projectStatusLabel } from './project-text.ts';

export interface ProjectFiltersProps {
  filter: ProjectFilter;
  choices: { countries: string[]; themes: string[]; donors: { key: string; name: string }[]; statuses: Project['status'][] };
  onChange: (f: ProjectFilter) => void;
}

/** Search and filters of the projects directory; each list offers only values some project has. */
export function ProjectFilters(props: ProjectFiltersProps) {
  const set = <K extends keyof ProjectFilter>(k: K, v: ProjectFilter[K]) => props.onChange({ ...props.filter, [k]: v });
  const any = () => t('projectList.any');
  return (
    <div role="search" class="filters" aria-label={t('projectList.filters')}>
      <TextField id="pf-query" type="search" label={t('projectList.fieldSearch')} value={props.filter.query} onInput={(v) => set('query', v)} />
      <div class="form__row form__row--4">
        <SelectField
          id="pf-country"
          label={t('projectField.countries')}
          value={props.filter.country}
          placeholder={any()}
          options={props.choices.countries.map((c) => ({ value: c, label: countryName(c) }))}
          onChange={(v) => set('country', v)}
        />
        <SelectField
          id="pf-theme"
          label={t('projectField.themes')}
          value={props.filter.theme}
          placeholder={any()}
          options={props.choices.themes.map((th) => ({ value: th, label: themeLabel(th) }))}
          onChange={(v) => set('theme', v)}
        />
        <SelectField
          id="pf-donor"
          label={t('projectField.donor')}
          value={props.filter.donor}
          placeholder={any()}
          options={props.choices.donors.map((d) => ({ value: d.key, label: d.name }))}
          onChange={(v) => set('donor', v)}
        />
        <SelectField
          id="pf-status"
          label={t('projectField.status')}
          value={props.filter.status}
          placeholder={any()}
          options={props.choices.statuses.map((s) => ({ value: s, label: projectStatusLabel(s) }))}
          onChange={(v) => set('status', v)}
        />
      </div>
      <Show when={isProjectFiltered(props.filter)}>
        <button type="button" class="button" onClick={() => props.onChange(emptyProjectFilter())}>
          {t('projectList.clearFilters')}
        </button>
      </Show>
    </div>
  );
}
