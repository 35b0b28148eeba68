import type { Project } from '../../../shared/schemas/records.ts';
import { emptyProjectFilter, isProjectFiltered, type ProjectFilter } from './projects.ts';
import { countryName, t } from '../../i18n/index.ts';
import { themeLabel } from '../../i18n/labels.ts';
import { FilterSelects } from '../../ui/FilterSelects.tsx';
import { FilterBar } from '../../ui/FilterBar.tsx';
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
    <FilterBar
      label={t('projectList.filters')}
      search={{ id: 'pf-query', label: t('projectList.fieldSearch'), value: props.filter.query, onInput: (v) => set('query', v) }}
      columns={4}
      filtered={isProjectFiltered(props.filter)}
      clearLabel={t('projectList.clearFilters')}
      onClear={() => props.onChange(emptyProjectFilter())}
    >
      <FilterSelects
        filter={props.filter}
        onChange={props.onChange}
        choices={[
          { key: 'country', id: 'pf-country', label: t('projectField.countries'), placeholder: any(), options: props.choices.countries.map((c) => ({ value: c, label: countryName(c) })) },
          { key: 'theme', id: 'pf-theme', label: t('projectField.themes'), placeholder: any(), options: props.choices.themes.map((th) => ({ value: th, label: themeLabel(th) })) },
          { key: 'donor', id: 'pf-donor', label: t('projectField.donor'), placeholder: any(), options: props.choices.donors.map((d) => ({ value: d.key, label: d.name })) },
          { key: 'status', id: 'pf-status', label: t('projectField.status'), placeholder: any(), options: props.choices.statuses.map((s) => ({ value: s, label: projectStatusLabel(s) })) },
        ]}
      />
    </FilterBar>
  );
}
