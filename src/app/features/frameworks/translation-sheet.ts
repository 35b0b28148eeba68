import { frameworkDocumentSchema, type FrameworkDocument, type LocalText } from '../../../shared/framework/schema.ts';
import { frameworkLanguages, frameworkTexts, withTexts, type FrameworkText, type TextKind } from '../../../shared/framework/texts.ts';
import { columnName } from '../../core/sheets/xlsx-write.ts';
import type { SheetRow } from '../../core/sheets/sheet.ts';
import { editableLanguages } from './framework-languages.ts';

/**
 * The translators' spreadsheet of a framework: one row per text (a stable key, words saying what
 * the text is, then one column per language), and its way back. The sheet carries words only: its
 * keys must be the framework's, so the questions, their order and the scale never change through it.
 */

const HEAD = ['key', 'context'] as const;
const LANGUAGE = /^[a-z]{2,3}$/;
/** Texts a framework cannot do without; the others (a description, an explanation) may be left out altogether. */
const REQUIRED: ReadonlySet<TextKind> = new Set(['name', 'scale', 'group', 'item', 'question', 'factor', 'dimension']);

/** The sheet's rows, header first: every language the app speaks and any other the framework holds, so translators have a column to fill. */
export function translationRows(f: FrameworkDocument, context: (x: FrameworkText) => string): string[][] {
  const langs = editableLanguages(frameworkLanguages(f));
  return [[...HEAD, ...langs], ...frameworkTexts(f).map((x) => [x.key, context(x), ...langs.map((l) => x.text[l] ?? '')])];
}

export type SheetProblemCode = 'notSheet' | 'tooBig' | 'empty' | 'header' | 'badLang' | 'dupLang' | 'noEnglish' | 'unknownKey' | 'dupKey' | 'noKey' | 'emptyEnglish' | 'tooLong' | 'invalid';

export interface SheetProblem {
  /** The cell as the spreadsheet names it (D14); empty for the file as a whole. */
  cell: string;
  code: SheetProblemCode;
  value?: string;
  max?: number;
  /** For a repeated key: the row it first appears in. */
  row?: number;
}

export type TranslationImport = { ok: true; framework: FrameworkDocument; changed: boolean } | { ok: false; problems: SheetProblem[] };

/** Our CSV export puts an apostrophe before text a spreadsheet would run as a formula; it is not part of the words. */
const FORMULA_GUARD = /^'(?=\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;
const clean = (cell: string | undefined): string => (cell ?? '').replace(FORMULA_GUARD, '').replace(/\r\n?/g, '\n').trim();

/** The languages of the header row by column, or the problems that make it unreadable. */
function languageColumns(header: SheetRow): { langs: Map<number, string>; problems: SheetProblem[] } {
  const langs = new Map<number, string>();
  const problems: SheetProblem[] = [];
  if (clean(header.cells[0]).toLowerCase() !== HEAD[0] || clean(header.cells[1]).toLowerCase() !== HEAD[1]) return { langs, problems: [{ cell: `A${header.row}`, code: 'header' }] };
  header.cells.forEach((raw, c) => {
    const value = clean(raw).toLowerCase();
    if (c < HEAD.length || value === '') return;
    const cell = `${columnName(c)}${header.row}`;
    if (!LANGUAGE.test(value)) problems.push({ cell, code: 'badLang', value: clean(raw) });
    else if ([...langs.values()].includes(value)) problems.push({ cell, code: 'dupLang', value });
    else langs.set(c, value);
  });
  if (problems.length === 0 && ![...langs.values()].includes('en')) problems.push({ cell: `A${header.row}`, code: 'noEnglish' });
  return { langs, problems };
}

/**
 * The framework with the sheet's translations applied, or every problem found, each by its cell;
 * nothing is applied unless the whole sheet is valid. A language without a column keeps its texts;
 * an emptied cell removes that translation; a row left out keeps its text as it was.
 */
export function applyTranslationRows(f: FrameworkDocument, rows: readonly SheetRow[]): TranslationImport {
  const [header, ...body] = rows;
  if (!header) return { ok: false, problems: [{ cell: '', code: 'empty' }] };
  const { langs, problems } = languageColumns(header);
  if (problems.length) return { ok: false, problems };
  const known = new Map(frameworkTexts(f).map((x) => [x.key, x]));
  const firstRow = new Map<string, number>();
  const changes = new Map<string, LocalText>();
  for (const { row, cells } of body) {
    const key = clean(cells[0]);
    const at = (c: number) => `${columnName(c)}${row}`;
    if (key === '') {
      if ([...langs.keys()].some((c) => clean(cells[c]) !== '')) problems.push({ cell: at(0), code: 'noKey' });
      continue;
    }
    const text = known.get(key);
    if (!text) {
      problems.push({ cell: at(0), code: 'unknownKey', value: key });
      continue;
    }
    const first = firstRow.get(key);
    if (first !== undefined) {
      problems.push({ cell: at(0), code: 'dupKey', value: key, row: first });
      continue;
    }
    firstRow.set(key, row);
    const next: LocalText = { ...text.text };
    for (const [c, lang] of langs) {
      const value = clean(cells[c]);
      if (value.length > text.max) problems.push({ cell: at(c), code: 'tooLong', max: text.max });
      if (value) next[lang] = value;
      else delete next[lang];
    }
    // English is every reader's fallback: a text that exists must have it.
    const enColumn = [...langs].find(([, l]) => l === 'en')![0];
    if (!next.en && (REQUIRED.has(text.kind) || Object.keys(next).length > 0)) problems.push({ cell: at(enColumn), code: 'emptyEnglish' });
    changes.set(key, next);
  }
  if (problems.length) return { ok: false, problems };
  const framework = withTexts(f, changes);
  const parsed = frameworkDocumentSchema.safeParse(framework);
  // Every limit the schema holds is checked above, cell by cell; this is the last guard.
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => ({ cell: '', code: 'invalid', value: `${i.path.join('.')}: ${i.message}` })) };
  return { ok: true, framework: parsed.data, changed: JSON.stringify(parsed.data) !== JSON.stringify(f) };
}
