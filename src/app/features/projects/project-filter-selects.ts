import type { Project } from '../../../shared/schemas/records.ts';
import type { ProjectFilter } from './projects.ts';
import { countryName, t } from '../../i18n/index.ts';
import { themeLabel } from '../../i18n/labels.ts';
import type { FilterChoice } from '../../ui/FilterSelects.tsx';
import { projectStatusLabel } from './project-text.ts';

/** The values some project has, which are all the directory's filter offers. */
export interface ProjectFilterValues {
  countries: string[];
  themes: string[];
  donors: { key: string; name: string }[];
  statuses: Project['status'][];
}

/** The choices of the projects directory's filter: by country, theme, donor and status. */
export const projectFilterSelects = (values: ProjectFilterValues): readonly FilterChoice<ProjectFilter>[] => [
  { key: 'country', id: 'pf-country', label: t('projectField.countries'), placeholder: t('projectList.any'), options: values.countries.map((c) => ({ value: c, label: countryName(c) })) },
  { key: 'theme', id: 'pf-theme', label: t('projectField.themes'), placeholder: t('projectList.any'), options: values.themes.map((th) => ({ value: th, label: themeLabel(th) })) },
  { key: 'donor', id: 'pf-donor', label: t('projectField.donor'), placeholder: t('projectList.any'), options: values.donors.map((d) => ({ value: d.key, label: d.name })) },
  { key: 'status', id: 'pf-status', label: t('projectField.status'), placeholder: t('projectList.any'), options: values.statuses.map((s) => ({ value: s, label: projectStatusLabel(s) })) },
];
