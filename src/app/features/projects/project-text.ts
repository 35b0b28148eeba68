import type { Budget, Project } from '../../../shared/schemas/records.ts';
import { countryName, formatDate, formatList, locale, t } from '../../i18n/index.ts';
import { themeLabel } from '../../i18n/labels.ts';

/** A project's values in words, in the reader's language: shared by the list, the page and the export. */

export const projectStatusLabel = (s: Project['status']): string => t(`exports.projectStatus.${s}`);

/** "Mar 1, 2022 to Dec 31, 2025", "From …", "Until …", or empty. */
export function projectDates(p: Pick<Project, 'startDate' | 'endDate'>): string {
  const start = formatDate(p.startDate);
  const end = formatDate(p.endDate);
  if (start && end) return t('projectList.dates', { start, end });
  if (start) return t('projectList.from', { start });
  if (end) return t('projectList.until', { end });
  return '';
}

/** An amount in its currency as the reader writes money ("NOK 4,500,000" or "4 500 000 NOK"). */
export function budgetText(b: Budget | undefined): string {
  if (!b) return '';
  try {
    return new Intl.NumberFormat(locale(), { style: 'currency', currency: b.currency, maximumFractionDigits: 2 }).format(b.amount);
  } catch {
    // A well-formed code the browser does not know still reads.
    return `${new Intl.NumberFormat(locale()).format(b.amount)} ${b.currency}`;
  }
}

export const countryList = (codes: readonly string[]): string => formatList(codes.map(countryName));
export const themeList = (themes: readonly string[]): string => formatList(themes.map(themeLabel));
