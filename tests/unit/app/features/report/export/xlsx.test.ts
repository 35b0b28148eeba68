import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { looksLikeFormula } from '../../../../../../src/app/features/report/export/neutralise.ts';
import { serialise } from '../../../../../../src/app/features/report/export/serialise.ts';
import { buildTables, type ExportTable } from '../../../../../../src/app/features/report/export/tables.ts';
import { toXlsx } from '../../../../../../src/app/features/report/export/xlsx.ts';
import { frameworkItems } from '../../../../../../src/shared/framework/schema.ts';
import { RESPONDENTS, TRICKY, seedFieldScenario, seededBundle } from './fixture.ts';

async function readWorkbook(bytes: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  return book;
}

/**
 * The cells (by sheet number from 1, then address) whose style is quote-prefixed: the flag that
 * keeps a text cell text when someone edits it. exceljs does not read it, so the XML is read here.
 */
function quotePrefixed(bytes: ArrayBuffer): Set<string> {
  const files = unzipSync(new Uint8Array(bytes));
  const styles = strFromU8(files['xl/styles.xml']!);
  const xfs = [...(/<cellXfs[^>]*>(.*)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*>/g)].map((m) => m[0].includes('quotePrefix="1"'));
  const out = new Set<string>();
  for (const [name, file] of Object.entries(files)) {
    const sheet = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name)?.[1];
    if (!sheet) continue;
    for (const m of strFromU8(file).matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)) if (m[2] !== undefined && xfs[Number(m[2])]) out.add(`${sheet}!${m[1]}`);
  }
  return out;
}

/** Every cell of a sheet, row by row, as exceljs reads it. */
function cellsOf(sheet: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  return cells;
}

describe('XLSX', () => {
  it('has one sheet per table with a bold, frozen header and every row', async () => {
    const tables = buildTables(await seededBundle(), false);
    const book = await readWorkbook(await (await toXlsx(tables)).arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual(tables.map((t) => t.title));
    tables.forEach((table, i) => {
      const sheet = book.worksheets[i]!;
      expect(sheet.actualRowCount, table.name).toBe(table.rows.length + 1);
      const header = sheet.getRow(1);
      expect(table.columns.map((_, c) => header.getCell(c + 1).value)).toEqual(table.columns);
      expect(header.getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    });
  });

  it('types numbers and booleans, and holds formulas only as text, exactly as typed and quote-prefixed', async () => {
    const tables = buildTables(await seededBundle(), false);
    const bytes = await (await toXlsx(tables)).arrayBuffer();
    const book = await readWorkbook(bytes);
    const guarded = quotePrefixed(bytes);
    let formulaLike = 0;
    book.worksheets.forEach((sheet, s) => {
      const table = tables[s]!;
      for (const cell of cellsOf(sheet)) {
        expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeFalsy();
        const source = Number(cell.row) === 1 ? table.columns[Number(cell.col) - 1] : table.rows[Number(cell.row) - 2]![Number(cell.col) - 1];
        if (typeof source !== 'string') continue;
        // no apostrophe or anything else added: the cell holds what was typed
        expect(cell.value, `${sheet.name}!${cell.address}`).toBe(source.replace(/\r\n?/g, '\n'));
        expect(guarded.has(`${s + 1}!${cell.address}`), `${sheet.name}!${cell.address}`).toBe(looksLikeFormula(source));
        if (looksLikeFormula(source)) formulaLike++;
      }
    });
    expect(formulaLike).toBeGreaterThan(0);
    const agenda = book.getWorksheet('Agenda')!;
    expect(agenda.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(agenda.getCell('B2').value).toBe(1);
    const scores = book.getWorksheet('Scores')!;
    expect(scores.getRow(2).values).toEqual([
      undefined,
      expect.any(String),
      'Confédération nationale, "CNTL"',
      'Baseline',
      'collective-bargaining',
      'Collective bargaining',
      4,
      false,
      TRICKY.hyperlink,
    ]);
    expect(guarded.has(`${book.worksheets.indexOf(scores) + 1}!H2`)).toBe(true);
    expect(scores.getCell('F3').value).toBeNull();
    expect(scores.getCell('G3').value).toBe(true);
    const orgs = book.getWorksheet('Organisations')!;
    expect(orgs.getCell('B4').value).toBe(TRICKY.hyperlink);
    expect(guarded.has(`${book.worksheets.indexOf(orgs) + 1}!B4`)).toBe(true);
    expect(orgs.getCell('B3').value).toBe(TRICKY.arabic);
    expect(guarded.has(`${book.worksheets.indexOf(orgs) + 1}!B3`)).toBe(false);
    expect(book.getWorksheet('Notes')!.getCell('E3').value).toBe(TRICKY.multiline.replace('\r\n', '\n'));
  });

  it('quote-prefixes text behind spaces, tabs or line breaks and the full-width signs, and leaves other text plain', async () => {
    const tricky = [' =1+1', '\n=cmd', '\t@SUM(A1)', '＝HYPERLINK("http://example.com")', '＋1', '－1', '＠x'];
    const plain = ['a=b', 'plain', 'x\n=y'];
    const bytes = await (await toXlsx([{ name: 'notes', title: 'Notes', columns: ['Text'], rows: [...tricky, ...plain].map((x) => [x]) }])).arrayBuffer();
    const sheet = (await readWorkbook(bytes)).worksheets[0]!;
    const guarded = quotePrefixed(bytes);
    [...tricky, ...plain].forEach((x, i) => {
      expect(sheet.getCell(`A${i + 2}`).value, JSON.stringify(x)).toBe(x);
      expect(guarded.has(`1!A${i + 2}`), JSON.stringify(x)).toBe(tricky.includes(x));
    });
  });

  it('lays the wide scores out as one row per assessment and one numeric column per item', async () => {
    const b = await seedFieldScenario();
    const items = frameworkItems(b.framework);
    const { bytes } = await serialise({ format: 'xlsx', tables: buildTables(b, false), baseName: b.workshop.title }, () => {});
    const sheet = (await readWorkbook(bytes.buffer)).getWorksheet('Scores by assessment')!;
    expect(sheet.actualRowCount).toBe(1 + b.assessments.length);
    expect(sheet.actualColumnCount).toBe(8 + items.length);
    const firstItem = 9;
    for (let r = 2; r <= sheet.actualRowCount; r++) {
      for (let c = firstItem; c < firstItem + items.length; c++) {
        const cell = sheet.getRow(r).getCell(c);
        if (cell.value !== 'Don’t know') expect(cell.type, cell.address).toBe(ExcelJS.ValueType.Number);
      }
    }
  });

  it('leaks no respondent name when the workshop scores anonymously', async () => {
    const tables = buildTables(await seededBundle({ anonymousScores: true }), false);
    const book = await readWorkbook(await (await toXlsx(tables)).arrayBuffer());
    for (const name of ['Assessments', 'Scores', 'Scores by assessment']) {
      const text = cellsOf(book.getWorksheet(name)!)
        .map((c) => JSON.stringify(c.value))
        .join('\n');
      for (const who of RESPONDENTS) expect(text, name).not.toContain(who);
    }
  });

  it('makes sheet names Excel accepts: short, legal characters, unique', async () => {
    const sheetNames = async (titles: string[]) => {
      const tables = titles.map((title): ExportTable => ({ name: 'notes', title, columns: ['ID'], rows: [] }));
      return (await readWorkbook(await (await toXlsx(tables)).arrayBuffer())).worksheets.map((s) => s.name);
    };
    const names = await sheetNames(['Scores', 'scores', 'A/B: [draft]?*', `'Quoted'`, 'History', '', 'x'.repeat(40), 'x'.repeat(40)]);
    expect(names).toEqual(['Scores', 'scores (2)', 'A B   draft', 'Quoted', 'Sheet 5', 'Sheet 6', 'x'.repeat(31), `${'x'.repeat(27)} (2)`]);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
    // cut in UTF-16 units, as Excel counts, without halving an emoji; no apostrophe left at the cut
    expect(await sheetNames([`${'x'.repeat(30)}🤝`, `${'y'.repeat(30)}'s`])).toEqual(['x'.repeat(30), 'y'.repeat(30)]);
  });

  it('writes a workbook even for tables with no rows or odd titles', async () => {
    const empty: ExportTable[] = [
      { name: 'notes', title: 'Notes: [all]', columns: ['ID', '=x'], rows: [] },
      { name: 'swot', title: 'notes: [ALL]', columns: ['ID'], rows: [] },
    ];
    const book = await readWorkbook(await (await toXlsx(empty)).arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual(['Notes   all', 'notes   ALL (2)']);
    expect(book.worksheets[0]!.getCell('B1').value).toBe('=x');
    expect(book.worksheets[0]!.getCell('B1').font?.bold).toBe(true);
    expect(quotePrefixed(await (await toXlsx(empty)).arrayBuffer())).toEqual(new Set(['1!B1']));
  });
});
