import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseCsv } from '../../../../../src/app/core/sheets/csv-read.ts';
import { toCsv } from '../../../../../src/app/features/report/export/csv.ts';

describe('CSV reading', () => {
  it('reads quoted fields holding commas, doubled quotes and line breaks (CRLF and LF)', () => {
    const text = 'reference,title,partners\r\nRAF/22/11/NOR,"Promoting ""decent"" work, in Africa","CNTL\r\nNUSF"\nINT/23/05/FIN,Trade,STEI\r\n';
    const csv = parseCsv(text);
    expect(csv.separator).toBe(',');
    expect(csv.rows).toEqual([
      ['reference', 'title', 'partners'],
      ['RAF/22/11/NOR', 'Promoting "decent" work, in Africa', 'CNTL\r\nNUSF'],
      ['INT/23/05/FIN', 'Trade', 'STEI'],
    ]);
    // A record spanning two lines is one spreadsheet row: the next record is row 3, not 4.
    expect(csv.rowNumbers).toEqual([1, 2, 3]);
  });

  it('drops a byte-order mark and detects semicolons, as Excel writes in French', () => {
    const csv = parseCsv('\uFEFFRéférence;Titre;Budget\r\nRAF/22/11/NOR;"Travail décent; Afrique";250 000,50\r\n');
    expect(csv.separator).toBe(';');
    expect(csv.rows[0]![0]).toBe('Référence');
    expect(csv.rows[1]).toEqual(['RAF/22/11/NOR', 'Travail décent; Afrique', '250 000,50']);
  });

  it('detects the separator from the header, outside quotes, and reads tab-separated text', () => {
    expect(parseCsv('"a;b;c",d,e\n1;2;3;4;5').separator).toBe(',');
    expect(parseCsv('a\tb\tc\n').separator).toBe('\t');
    expect(parseCsv('reference\nRAF/22/11/NOR').separator).toBe(',');
    expect(parseCsv('a\tb\n1\t"x\ty"').rows).toEqual([
      ['a', 'b'],
      ['1', 'x\ty'],
    ]);
  });

  it('skips blank lines but keeps spreadsheet row numbers, and reads a last line without a line break', () => {
    const csv = parseCsv('a,b\n\n1,2\r,\r\n3,4');
    expect(csv.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(csv.rowNumbers).toEqual([1, 3, 5]);
  });

  it('keeps empty fields and a quote inside an unquoted field as text', () => {
    expect(parseCsv('a,b,c\n,,x\n5" screen,"",y').rows).toEqual([
      ['a', 'b', 'c'],
      ['', '', 'x'],
      ['5" screen', '', 'y'],
    ]);
  });

  it('reads back what the app’s CSV writer writes (BOM, CRLF, quotes, neutralised formulas)', () => {
    const table = {
      name: 'projects' as const,
      title: 'Projects',
      columns: ['reference', 'title'],
      rows: [
        ['RAF/22/11/NOR', 'Line one\nline "two", end'],
        ['INT/23/05/FIN', '=HYPERLINK("x")'],
      ],
    };
    const csv = parseCsv(toCsv(table));
    expect(csv.rows).toEqual([
      ['reference', 'title'],
      ['RAF/22/11/NOR', 'Line one\nline "two", end'],
      ['INT/23/05/FIN', '\'=HYPERLINK("x")'],
    ]);
  });

  it('decodes UTF-8, and falls back to Windows-1252 for Excel’s plain CSV', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('\uFEFFSénégal;Côte d’Ivoire'))).toBe('Sénégal;Côte d’Ivoire');
    // "Sénégal" in Windows-1252: é is 0xE9, not valid UTF-8 on its own.
    expect(decodeCsvBytes(new Uint8Array([0x53, 0xe9, 0x6e, 0xe9, 0x67, 0x61, 0x6c]))).toBe('Sénégal');
  });
});
