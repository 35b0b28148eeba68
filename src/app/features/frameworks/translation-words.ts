import { localised } from '../../../shared/framework/schema.ts';
import type { FrameworkText } from '../../../shared/framework/texts.ts';
import { formatBytes } from '../../i18n/format-bytes.ts';
import { locale, t } from '../../i18n/index.ts';
import { SHEET_LIMITS } from '../../core/sheets/sheet.ts';
import type { SheetProblem } from './translation-sheet.ts';

/** What a text of the sheet is, in the words of whoever downloads it. */
export function contextText(x: FrameworkText): string {
  return t(`translations.context.${x.kind}`, { n: x.n ?? '', of: localised(x.of, locale()) });
}

/** One line per problem of an imported sheet: the cell, then what is wrong there (a problem of the whole file has no cell). */
export function sheetProblemText(p: SheetProblem): string {
  const what = t(`translations.problems.${p.code}`, { value: p.value ?? '', max: p.code === 'tooBig' ? formatBytes(SHEET_LIMITS.fileBytes) : (p.max ?? ''), row: p.row ?? '' });
  return p.cell ? t('translations.problemAt', { cell: p.cell, what }) : what;
}
