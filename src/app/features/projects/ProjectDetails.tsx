import { For } from 'solid-js';
import type { Project } from '../../../shared/schemas/records.ts';
import { formatList, t } from '../../i18n/index.ts';
import { budgetText, countryList, projectDates, projectStatusLabel, themeList } from './project-text.ts';

/** Everything recorded about a project, as label and value; a field left empty says so. */
export function ProjectDetails(props: { project: Project }) {
  const p = () => props.project;
  const facts = () => [
    { label: t('projectField.reference'), value: p().reference },
    { label: t('projectField.status'), value: projectStatusLabel(p().status) },
    { label: t('projectField.donor'), value: p().donor },
    { label: t('projectField.implementer'), value: p().implementer ?? '' },
    { label: t('projectField.partners'), value: formatList(p().partners) },
    { label: t('projectField.countries'), value: countryList(p().countries) },
    { label: t('projectField.themes'), value: themeList(p().themes) },
    { label: t('projectPage.dates'), value: projectDates(p()) },
    { label: t('projectPage.budget'), value: budgetText(p().budget) },
    { label: t('projectField.contact'), value: p().contact ?? '' },
  ];
  return (
    <dl class="project-facts">
      <For each={facts()}>
        {(f) => (
          <div>
            <dt>{f.label}</dt>
            <dd classList={{ muted: !f.value }}>{f.value || t('projectList.none')}</dd>
          </div>
        )}
      </For>
    </dl>
  );
}
