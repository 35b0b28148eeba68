import { COUNTRY_CODES } from '../../../shared/countries.ts';
import { PROJECT_STATUSES, type Project } from '../../../shared/schemas/records.ts';
import { COMMON_THEMES } from '../../../shared/themes.ts';
import { en } from '../../i18n/en/index.ts';
import { countryName, t } from '../../i18n/index.ts';
import { themeLabel } from '../../i18n/labels.ts';
import { PROJECT_COLUMNS, type ImportVocabulary, type ProjectColumn } from './projects-import.ts';
import { foldKey } from './projects-values.ts';

/**
 * The words an import understands, in English and in the reader's language: a spreadsheet made
 * by a French-speaking union says "Pays" and "Sénégal", one from a donor says "Country" and
 * "Senegal"; both read. Other languages' words are not loaded, so not understood.
 */
export function importVocabulary(): ImportVocabulary {
  const english: Readonly<Record<string, string>> = en.countries;
  const countries = new Map<string, string>();
  for (const code of COUNTRY_CODES) {
    for (const name of [code, english[code] ?? '', countryName(code)]) if (name) countries.set(foldKey(name), code);
  }
  const themes = new Map<string, string>();
  for (const key of COMMON_THEMES) for (const name of [key, en.themes[key], themeLabel(key)]) themes.set(foldKey(name), key);
  const statuses = new Map<string, Project['status']>();
  for (const s of PROJECT_STATUSES) for (const name of [s, en.exports.projectStatus[s], t(`exports.projectStatus.${s}`)]) statuses.set(foldKey(name), s);
  return {
    country: (text) => countries.get(foldKey(text)),
    theme: (text) => themes.get(foldKey(text)) ?? text.trim(),
    status: (text) => statuses.get(foldKey(text)),
  };
}

/** The header words of each field: the field's label and its usual names, in English and in the reader's language. */
export function headerWords(): Record<ProjectColumn, string[]> {
  const words = (c: ProjectColumn) => [en.projectField[c], ...en.projectImport.headers[c].split('|'), t(`projectField.${c}`), ...t(`projectImport.headers.${c}`).split('|')];
  return Object.fromEntries(PROJECT_COLUMNS.map((c) => [c, words(c)])) as Record<ProjectColumn, string[]>;
}
