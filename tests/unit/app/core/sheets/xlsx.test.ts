import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { readSheet, SHEET_LIMITS } from '../../../../../src/app/core/sheets/sheet.ts';
import { readXlsx } from '../../../../../src/app/core/sheets/xlsx-read.ts';
import { columnName, xlsxOf } from '../../../../../src/app/core/sheets/xlsx-write.ts';
import { readZip } from '../../../../../src/app/core/sheets/zip.ts';

const ROWS = [
  ['key', 'context', 'en', 'ar'],
  ['item.x.label', 'A question', 'Collective bargaining', 'المفاوضة الجماعية'],
  ['item.x.question.1', 'Quotes "and" <tags> & ampersands', 'Line one\nline two', ''],
  ['scale.1', 'Looks like a formula', '=HYPERLINK("http://evil")', '+1'],
];

describe('the zip and xlsx writer', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('writes a workbook another program reads cell for cell, formulas kept as text', async () => {
    const bytes = await xlsxOf(ROWS, { sheetName: 'Translations', widths: [30, 30, 40, 40] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.slice().buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Translations');
    const read = ROWS.map((row, r) => row.map((_, c) => sheet.getRow(r + 1).getCell(c + 1).text));
    expect(read).toEqual(ROWS);
    expect(sheet.getCell('C4').formula).toBeUndefined();
  });

  it('reads back what it wrote, each entry’s CRC-32 checked', async () => {
    const rows = await readXlsx(await xlsxOf(ROWS, { sheetName: 'T' }), SHEET_LIMITS);
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4]);
    expect(rows.map((r) => r.cells)).toEqual(ROWS);
  });
});

describe('reading workbooks spreadsheet programs save', () => {
  it('reads shared strings and rich text written by another program', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Feuille 1');
    sheet.addRow(['key', 'context', 'en', 'fr']);
    sheet.addRow(['name', 'Name', 'Capacity', { richText: [{ text: 'Capacité ' }, { font: { bold: true }, text: 'syndicale' }] }]);
    sheet.getCell('A4').value = 'scale.2';
    sheet.getCell('D4').value = 'Un peu';
    sheet.getCell('C5').value = 42;
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const rows = await readXlsx(bytes, SHEET_LIMITS);
    expect(rows).toEqual([
      { row: 1, cells: ['key', 'context', 'en', 'fr'] },
      { row: 2, cells: ['name', 'Name', 'Capacity', 'Capacité syndicale'] },
      { row: 4, cells: ['scale.2', '', '', 'Un peu'] },
      { row: 5, cells: ['', '', '42'] },
    ]);
  });

  it('reads what such programs write by hand too: phonetic runs, escapes, cells without references, a sheet not named sheet1', async () => {
    const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const files = {
      'xl/workbook.xml': strToU8(`<workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="Traduções" sheetId="1" r:id="rId7"/></sheets></workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="${rel}/worksheet" Target="/xl/worksheets/data.xml"/></Relationships>`,
      ),
      'xl/sharedStrings.xml': strToU8(
        `<sst ${ns} count="3" uniqueCount="3"><si><t>key</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Sindicato </t></r><r><t>forte</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t>a_x000D_b &amp; &#x4E2D;&#1575;</t></si></sst>`,
      ),
      'xl/worksheets/data.xml': strToU8(
        `<worksheet ${ns}><sheetData><row r="1"><c t="s"><v>0</v></c><c t="inlineStr"><is><r><t>con</t></r><r><t>text</t></r></is></c><c r="E1" t="b"><v>1</v></c></row><row r="3" spans="1:3"><c r="B3" t="s"><v>1</v></c><c t="s"><v>2</v></c><c r="D3" s="1"/><c r="E3" t="str"><f>A1</f><v>key</v></c></row></sheetData></worksheet>`,
      ),
    };
    const rows = await readXlsx(zipSync(files, { level: 6 }), SHEET_LIMITS);
    expect(rows).toEqual([
      { row: 1, cells: ['key', 'context', '', '', 'TRUE'] },
      { row: 3, cells: ['', 'Sindicato forte', 'a\rb & 中ا', '', 'key'] },
    ]);
  });

  it('reads a zip written as a stream, its sizes after each entry (data descriptors, as Java-based programs write)', async () => {
    const parts: Uint8Array[] = [];
    const zip = new Zip((err, chunk) => {
      if (err) throw err;
      parts.push(chunk);
    });
    const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
    zip.add(sheet);
    sheet.push(strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>key</t></is></c></row></sheetData></worksheet>'), true);
    zip.end();
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);
    expect(new DataView(bytes.buffer).getUint16(6, true) & 0x8).toBe(0x8); // sizes follow the data
    expect(await readXlsx(bytes, SHEET_LIMITS)).toEqual([{ row: 1, cells: ['key'] }]);
  });
});

describe('refusing what is not a sheet, or too large', () => {
  const limits = { entryBytes: 1000, totalBytes: 1500, entries: 10 };

  it('stops inflating an entry as soon as it passes its cap, whatever its header claims', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(SHEET_LIMITS.entryBytes + 1) }, { level: 1 });
    expect(bomb.length).toBeLessThan(SHEET_LIMITS.fileBytes / 10);
    await expect(readZip(bomb, () => true, limits)).rejects.toMatchObject({ code: 'too_big' });
    // The same bomb with its declared size made small: the cap still holds.
    const lying = bomb.slice();
    const view = new DataView(lying.buffer);
    for (let i = lying.length - 22; i >= 0; i--) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 10, true);
    await expect(readZip(lying, () => true, limits)).rejects.toMatchObject({ code: 'too_big' });
    expect(await readSheet(bomb)).toEqual({ ok: false, code: 'too_big' });
  });

  it('caps the entries, the sum of entries and the file itself', async () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}.xml`, strToU8('x')])));
    await expect(readZip(many, () => true, limits)).rejects.toMatchObject({ code: 'too_big' });
    const two = zipSync({ 'a.xml': new Uint8Array(900), 'b.xml': new Uint8Array(900) });
    await expect(readZip(two, () => true, limits)).rejects.toMatchObject({ code: 'too_big' });
    expect(await readSheet(new Uint8Array(SHEET_LIMITS.fileBytes + 1))).toEqual({ ok: false, code: 'too_big' });
  });

  /** A workbook of one sheet holding `sheet`, as a program could write it by hand. */
  const book = (sheet: string, sharedXml?: string) =>
    zipSync(
      {
        'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="T" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
        'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${sheet}</sheetData></worksheet>`),
        ...(sharedXml ? { 'xl/sharedStrings.xml': strToU8(sharedXml) } : {}),
      },
      { level: 9 },
    );

  it('refuses a tiny file that names a cell far to the right, or a sheet of too many cells, before making them', async () => {
    for (const ref of ['IW1', 'XFD1', 'ZZZZZZZ1']) {
      expect(await readSheet(book(`<row r="1"><c r="${ref}" t="inlineStr"><is><t>x</t></is></c></row>`))).toEqual({ ok: false, code: 'too_big' });
    }
    expect(await readSheet(book('<row r="1"><c r="IV1" t="inlineStr"><is><t>x</t></is></c></row>'))).toMatchObject({ ok: true, rows: [{ row: 1 }] });
    const wide = Array.from({ length: 1000 }, (_, i) => `<row r="${i + 1}"><c r="IV${i + 1}"/></row>`).join('');
    expect(await readSheet(book(wide))).toEqual({ ok: false, code: 'too_big' });
  });

  it('reads in one pass: tags left open make a small file unreadable at once, not a long search', async () => {
    // 80,000 unclosed tags in a file of about a kilobyte each: a search that rescans to the end from
    // every tag would take minutes; read in one pass, each is refused at its first open tag.
    for (const sheet of ['<row>'.repeat(80_000), `<row r="1">${'<c r="A1"><v>'.repeat(80_000)}</row>`]) {
      expect(await readSheet(book(sheet))).toEqual({ ok: false, code: 'not_sheet' });
    }
    expect(await readSheet(book('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', `<sst>${'<si><t>a'.repeat(80_000)}</sst>`))).toEqual({ ok: false, code: 'not_sheet' });
    expect(await readSheet(book('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', `<sst><si><t>a</t>${'<rPh>'.repeat(80_000)}</si></sst>`))).toEqual({ ok: false, code: 'not_sheet' });
  });

  it('reads a character reference beyond Unicode as a replacement character, not a crash', async () => {
    const read = await readSheet(book('<row r="1"><c r="A1" t="inlineStr"><is><t>a&#x110000;b&#1114112;</t></is></c></row>'));
    expect(read).toEqual({ ok: true, rows: [{ row: 1, cells: ['a\uFFFDb\uFFFD'] }] });
  });

  it('says a file is not a spreadsheet: a broken zip, a changed byte, a binary file', async () => {
    const good = await xlsxOf(ROWS, { sheetName: 'T' });
    expect(await readSheet(good.slice(0, 200))).toEqual({ ok: false, code: 'not_sheet' });
    const stored = zipSync({ 'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData/></worksheet>') }, { level: 0 });
    const flipped = stored.slice();
    const at = 30 + 'xl/worksheets/sheet1.xml'.length + 5; // inside the stored entry's data: its checksum no longer matches
    flipped[at] = flipped[at]! ^ 0xff;
    expect(await readSheet(flipped)).toEqual({ ok: false, code: 'not_sheet' });
    expect(await readSheet(zipSync({ 'readme.txt': strToU8('hello') }))).toEqual({ ok: false, code: 'not_sheet' });
    expect(await readSheet(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]))).toEqual({ ok: false, code: 'not_sheet' });
  });

  it('reads CSV (with its byte-order mark, quotes and line breaks) as rows numbered like the spreadsheet', async () => {
    const csv = strToU8('\uFEFFkey,context,en\r\n\r\nname,"A ""name""","Two\r\nlines"\r\n');
    expect(await readSheet(csv)).toEqual({
      ok: true,
      rows: [
        { row: 1, cells: ['key', 'context', 'en'] },
        { row: 3, cells: ['name', 'A "name"', 'Two\r\nlines'] },
      ],
    });
  });
});
