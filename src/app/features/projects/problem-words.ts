import { PROJECT_STATUSES } from '../../../shared/schemas/records.ts';
import { formatDate, locale, t } from '../../i18n/index.ts';
import { fieldErrors } from '../../ui/forms/field-errors.ts';
import type { ProjectColumn, RowProblem } from './projects-import.ts';
import { projectStatusLabel } from './project-text.ts';

export const columnLabel = (c: ProjectColumn): string => t(`projectField.${c}`);

/** "Planned, Active or Completed", in the reader's language. */
const statusChoices = () => new Intl.ListFormat(locale(), { type: 'disjunction' }).format(PROJECT_STATUSES.map(projectStatusLabel));

/** A row problem in words. Schema refusals reuse the app's validation messages, field by field. */
export function problemMessage(p: RowProblem): string {
  switch (p.code) {
    case 'required':
      return t('validation.required');
    case 'date':
      return t('projectImport.errors.date');
    case 'dateAmbiguous':
      return t('projectImport.errors.dateAmbiguous', { first: formatDate(p.readings[0]), second: formatDate(p.readings[1]) });
    case 'amount':
      return t('projectImport.errors.amount');
    case 'currency':
      return t('projectImport.errors.currency');
    case 'budgetPair':
      return t('projectField.budgetPair');
    case 'duplicate':
      return t('projectImport.errors.duplicate', { row: p.firstRow });
    case 'status':
      return t('projectImport.errors.status', { value: p.value, allowed: statusChoices() });
    case 'country':
      return t('projectImport.errors.country', { value: p.value });
    case 'schema': {
      const messages = fieldErrors(p.issues);
      return Object.values(messages)[0] ?? t('validation.invalid');
    }
  }
}
