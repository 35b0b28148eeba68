import type { Project } from '../../../shared/schemas/records.ts';
import { toCsv } from '../report/index.ts';
import type { Cell, ExportTable } from '../report/index.ts';
import { t } from '../../i18n/index.ts';
import { themeLabel } from '../../i18n/labels.ts';
import { PROJECT_COLUMNS, type ProjectColumn } from './projects-import.ts';
import { joinCell } from './projects-values.ts';
import { projectStatusLabel } from './project-text.ts';

/** How each column of the import is filled from a project: the export reads back through the import unchanged. */
const CELLS: Record<ProjectColumn, (p: Project) => Cell> = {
  reference: (p) => p.reference,
  title: (p) => p.title,
  donor: (p) => p.donor,
  implementer: (p) => p.implementer ?? '',
  partners: (p) => joinCell(p.partners),
  // Codes, not names: they read back in any language.
  countries: (p) => joinCell(p.countries),
  themes: (p) => joinCell(p.themes.map(themeLabel)),
  startDate: (p) => p.startDate,
  endDate: (p) => p.endDate,
  status: (p) => projectStatusLabel(p.status),
  budgetAmount: (p) => p.budget?.amount ?? null,
  budgetCurrency: (p) => p.budget?.currency ?? '',
  contact: (p) => p.contact ?? '',
};

/** Projects as a table with the import's columns, headed in the reader's language. */
function projectsTable(projects: readonly Project[]): ExportTable {
  return {
    name: 'projects',
    title: t('projectList.caption'),
    columns: PROJECT_COLUMNS.map((c) => t(`projectField.${c}`)),
    rows: projects.map((p) => PROJECT_COLUMNS.map((c) => CELLS[c](p))),
  };
}

/** The CSV file of a list of projects: the app's CSV writer, so text that a spreadsheet would run as a formula is neutralised. */
export function projectsCsv(projects: readonly Project[], today = new Date().toISOString().slice(0, 10)): { text: string; fileName: string } {
  return { text: toCsv(projectsTable(projects)), fileName: `projects-${today}.csv` };
}
