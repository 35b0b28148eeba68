import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { neutraliseCell } from '../../../../src/app/export/neutralise.ts';
import { serialise } from '../../../../src/app/export/serialise.ts';
import { buildTables, type ExportTable } from '../../../../src/app/export/tables.ts';
import { sheetNames, toXlsx } from '../../../../src/app/export/xlsx.ts';
import { frameworkItems } from '../../../../src/shared/framework/schema.ts';
import { RESPONDENTS, TRICKY, seedFieldScenario, seededBundle } from './fixture.ts';

async function readWorkbook(bytes: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  return book;
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

  it('types numbers and booleans, and holds formulas only as neutralised text', async () => {
    const tables = buildTables(await seededBundle(), false);
    const book = await readWorkbook(await (await toXlsx(tables)).arrayBuffer());
    for (const sheet of book.worksheets) {
      for (const cell of cellsOf(sheet)) {
        expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeFalsy();
        if (typeof cell.value === 'string') expect(cell.value).toBe(neutraliseCell(cell.value.replace(/^'(?=[=+\-@\t\r])/, '')));
      }
    }
    const agenda = book.getWorksheet('Agenda')!;
    expect(agenda.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(agenda.getCell('B2').value).toBe(1);
    const scores = book.getWorksheet('Scores')!;
    expect(scores.getRow(2).values).toEqual([undefined, expect.any(String), 'Confédération nationale, "CNTL"', 'Baseline', 'collective-bargaining', 'Collective bargaining', 4, false, `'${TRICKY.hyperlink}`]);
    expect(scores.getCell('F3').value).toBeNull();
    expect(scores.getCell('G3').value).toBe(true);
    const orgs = book.getWorksheet('Organisations')!;
    expect(orgs.getCell('B4').value).toBe(`'${TRICKY.hyperlink}`);
    expect(orgs.getCell('B3').value).toBe(TRICKY.arabic);
    expect(book.getWorksheet('Notes')!.getCell('E3').value).toBe(TRICKY.multiline.replace('\r\n', '\n'));
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
      const text = cellsOf(book.getWorksheet(name)!).map((c) => String(c.value)).join('\n');
      for (const who of RESPONDENTS) expect(text, name).not.toContain(who);
    }
  });

  it('makes sheet names Excel accepts: short, legal characters, unique', () => {
    const names = sheetNames(['Scores', 'scores', 'A/B: [draft]?*', `'Quoted'`, 'History', '', 'x'.repeat(40), 'x'.repeat(40)]);
    expect(names).toEqual(['Scores', 'scores (2)', 'A B   draft', 'Quoted', 'Sheet 5', 'Sheet 6', 'x'.repeat(31), `${'x'.repeat(27)} (2)`]);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
    // cut in UTF-16 units, as Excel counts, without halving an emoji; no apostrophe left at the cut
    expect(sheetNames([`${'x'.repeat(30)}🤝`, `${'y'.repeat(30)}'s`])).toEqual(['x'.repeat(30), 'y'.repeat(30)]);
  });

  it('writes a workbook even for tables with no rows or odd titles', async () => {
    const empty: ExportTable[] = [
      { name: 'notes', title: 'Notes: [all]', columns: ['ID', '=x'], rows: [] },
      { name: 'swot', title: 'notes: [ALL]', columns: ['ID'], rows: [] },
    ];
    const book = await readWorkbook(await (await toXlsx(empty)).arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual(['Notes   all', 'notes   ALL (2)']);
    expect(book.worksheets[0]!.getCell('B1').value).toBe(`'=x`);
  });
});
