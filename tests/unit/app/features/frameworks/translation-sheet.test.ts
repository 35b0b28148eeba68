import { describe, expect, it } from 'vitest';
import { DEFAULT_TUOC } from '../../../../../src/shared/framework/default-tuoc.ts';
import { parseFrameworkJson, frameworkToJson } from '../../../../../src/shared/framework/import.ts';
import type { FrameworkDocument } from '../../../../../src/shared/framework/schema.ts';
import { frameworkTexts } from '../../../../../src/shared/framework/texts.ts';
import { readSheet, type SheetRow } from '../../../../../src/app/core/sheets/sheet.ts';
import { xlsxOf } from '../../../../../src/app/core/sheets/xlsx-write.ts';
import { toCsv } from '../../../../../src/app/features/report/index.ts';
import { addItem, duplicateFramework } from '../../../../../src/app/features/frameworks/framework-edit.ts';
import { applyTranslationRows, translationRows } from '../../../../../src/app/features/frameworks/translation-sheet.ts';

const adapted: FrameworkDocument = addItem(duplicateFramework(DEFAULT_TUOC, 'TUOC for ports', new Set(['tuoc'])), 'relate', {
  en: 'Digital organising',
  fr: 'Organisation numérique',
  ar: 'التنظيم الرقمي',
});
const rows = translationRows(adapted, (x) => `${x.kind} ${x.n ?? ''}`);
const asSheet = (table: string[][]): SheetRow[] => table.map((cells, i) => ({ row: i + 1, cells }));
/** The row number (as a spreadsheet counts) of a key. */
const rowOf = (key: string) => rows.findIndex((r) => r[0] === key) + 1;
const edited = (fn: (table: string[][]) => void) => {
  const table = rows.map((r) => [...r]);
  fn(table);
  return asSheet(table);
};
const problems = (sheet: SheetRow[]) => {
  const result = applyTranslationRows(adapted, sheet);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};

describe('the translators’ spreadsheet', () => {
  it('has one row per text with a stable key, a context, and a column per language', () => {
    expect(rows[0]).toEqual(['key', 'context', 'en', 'fr', 'es', 'ar', 'pt']);
    expect(rows).toHaveLength(frameworkTexts(adapted).length + 1);
    const keys = rows.map((r) => r[0]);
    expect(keys).toEqual(
      expect.arrayContaining(['name', 'scale.1', 'scale.5', 'group.influence.label', 'item.collective-bargaining.label', 'item.collective-bargaining.question.2', 'factor.legal-framework.label']),
    );
    expect(rows[rowOf('item.digital-organising.label') - 1]).toEqual(['item.digital-organising.label', 'item ', 'Digital organising', 'Organisation numérique', '', 'التنظيم الرقمي', '']);
  });

  it('reads back unchanged through XLSX and through CSV', async () => {
    const xlsx = await readSheet(await xlsxOf(rows, { sheetName: 'tuoc' }));
    const csv = await readSheet(new TextEncoder().encode(toCsv({ columns: rows[0]!, rows: rows.slice(1) })));
    for (const read of [xlsx, csv]) {
      if (!read.ok) throw new Error(read.code);
      expect(applyTranslationRows(adapted, read.rows)).toEqual({ ok: true, framework: adapted, changed: false });
    }
  });

  it('applies a new translation and an emptied one, keeping every other text and the structure', () => {
    const pt = rows[0]!.indexOf('pt');
    const fr = rows[0]!.indexOf('fr');
    const result = applyTranslationRows(
      adapted,
      edited((t) => {
        t[rowOf('item.digital-organising.label') - 1]![pt] = ' Organização digital ';
        t[rowOf('item.digital-organising.label') - 1]![fr] = '';
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.changed).toBe(true);
    const item = result.framework.groups.find((g) => g.id === 'relate')!.items.at(-1)!;
    expect(item.label).toEqual({ en: 'Digital organising', ar: 'التنظيم الرقمي', pt: 'Organização digital' });
    expect(result.framework.groups.map((g) => g.items.map((i) => i.id))).toEqual(adapted.groups.map((g) => g.items.map((i) => i.id)));
  });

  it('keeps the texts of a language with no column, and of rows left out', () => {
    const without = rows.map((r) => r.filter((_, c) => c !== rows[0]!.indexOf('ar'))).filter((r) => r[0] !== 'name');
    expect(applyTranslationRows(adapted, asSheet(without))).toEqual({ ok: true, framework: adapted, changed: false });
  });

  it('lists every problem by its cell, and applies nothing', () => {
    const en = rows[0]!.indexOf('en');
    const sheet = edited((t) => {
      t[rowOf('scale.3') - 1]![en] = '';
      t[rowOf('item.autonomy.label') - 1]![0] = 'item.foo.label';
      t[rowOf('factor.legal-framework.label') - 1]![rows[0]!.indexOf('es')] = 'x'.repeat(201);
      t[rowOf('group.relate.label') - 1]![0] = 'group.influence.label';
      t.push(['', '', '', 'orphan']);
    });
    const last = sheet.length;
    expect(problems(sheet)).toEqual([
      { cell: `C${rowOf('scale.3')}`, code: 'emptyEnglish' },
      { cell: `A${rowOf('group.relate.label')}`, code: 'dupKey', value: 'group.influence.label', row: rowOf('group.influence.label') },
      { cell: `A${rowOf('item.autonomy.label')}`, code: 'unknownKey', value: 'item.foo.label' },
      { cell: `E${rowOf('factor.legal-framework.label')}`, code: 'tooLong', max: 200 },
      { cell: `A${last}`, code: 'noKey' },
    ]);
  });

  it('refuses a sheet without its header, with a wrong or repeated language, or without English', () => {
    expect(problems(asSheet(rows.slice(1)))).toEqual([{ cell: 'A1', code: 'header' }]);
    expect(problems(edited((t) => (t[0]![3] = 'French')))).toEqual([{ cell: 'D1', code: 'badLang', value: 'French' }]);
    expect(problems(edited((t) => (t[0]![4] = 'FR')))).toEqual([{ cell: 'E1', code: 'dupLang', value: 'fr' }]);
    expect(problems(edited((t) => (t[0]![2] = '')))).toEqual([{ cell: 'A1', code: 'noEnglish' }]);
    expect(problems([])).toEqual([{ cell: '', code: 'empty' }]);
  });

  it('takes off the apostrophe the CSV export puts before formula-like text', () => {
    const f = { ...adapted, scale: { ...adapted.scale, labels: adapted.scale.labels.map((l, i) => (i === 0 ? { ...l, en: '-1 (not at all)' } : l)) } };
    const table = translationRows(f, () => '').map((r) => r.map((c) => (c.startsWith('-') ? `'${c}` : c)));
    expect(applyTranslationRows(f, asSheet(table))).toMatchObject({ ok: true, changed: false });
  });
});

describe('a framework file (JSON)', () => {
  it('keeps every language through export and import', () => {
    const parsed = parseFrameworkJson(frameworkToJson(adapted));
    expect(parsed).toEqual({ ok: true, framework: adapted });
    const item = adapted.groups.find((g) => g.id === 'relate')!.items.at(-1)!;
    expect(Object.keys(item.label)).toEqual(['en', 'fr', 'ar']);
    expect(Object.keys(adapted.scale.labels[0]!).sort()).toEqual(['ar', 'en', 'es', 'fr', 'pt']);
  });
});
