import writeExcelFile, { type Cell as SheetCell, type Feature, type Sheet, type SheetData } from 'write-excel-file/universal';
import type { Cell, ExportTable } from './table-context.ts';
import { looksLikeFormula } from './neutralise.ts';

const MAX_SHEET_NAME = 31;
/** Characters Excel refuses in a sheet name. */
const ILLEGAL_IN_SHEET_NAME = /[[\]:*?/\\]/g;

/** At most `max` UTF-16 units (what Excel and the writer count), never splitting a character in two. */
function cut(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** Apostrophes may not open or close a sheet name (Excel uses them to quote names in formulas). */
const trimName = (name: string) => name.replace(/^['\s]+|['\s]+$/g, '');

/**
 * Sheet names Excel accepts: at most 31 characters, none of []:*?/\, not starting or ending with an
 * apostrophe, not "History" (reserved), and unique ignoring case (Excel compares them that way).
 */
function sheetNames(titles: readonly string[]): string[] {
  const taken = new Set<string>();
  return titles.map((title, i) => {
    let base = trimName(cut(trimName(title.replace(ILLEGAL_IN_SHEET_NAME, ' ')), MAX_SHEET_NAME));
    if (!base || base.toLowerCase() === 'history') base = `Sheet ${i + 1}`;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = trimName(cut(base, MAX_SHEET_NAME - suffix.length)) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * Strings are written as text cells, which a spreadsheet never runs as a formula, so they keep
 * exactly what was typed (no visible apostrophe). Line breaks become LF, the only one a cell holds:
 * XML readers turn a raw CR into LF anyway, so this makes what Excel shows the same as what was written.
 */
function text(value: string): string {
  return value.replace(/\r\n?/g, '\n');
}

/**
 * A text cell that looks like a formula is also marked `quotePrefix`, the flag Excel sets when
 * someone types a leading apostrophe: editing the cell (F2, Enter) then keeps it text instead of
 * turning it into a live formula. The writer has no such style, so these cells carry a marker
 * it writes as an empty `<alignment/>` (rotation 0 changes nothing on screen), and `quotePrefixFeature`
 * turns each style holding it into a quote-prefixed one.
 */
const QUOTE_PREFIX_MARKER = { textRotation: 0 } as const;

function textCell(value: string, style?: { fontWeight: 'bold' }): SheetCell {
  const guard = looksLikeFormula(value);
  if (!guard && !style) return text(value);
  return { value: text(value), type: String, ...style, ...(guard ? QUOTE_PREFIX_MARKER : {}) };
}

const quotePrefixFeature: Feature<Blob> = {
  files: {
    transform: {
      'xl/styles.xml': {
        transform: (xml) => xml.replace(/<xf ([^>]*?)>(<alignment\/>)<\/xf>/g, '<xf $1 quotePrefix="1">$2</xf>'),
      },
    },
  },
};

function sheetCell(cell: Cell): SheetCell {
  return typeof cell === 'string' ? textCell(cell) : cell;
}

/** Width in characters from the header and the first rows: wide enough to read, capped so long notes wrap off-screen rather than push everything right. */
function columnWidths(table: ExportTable): { width: number }[] {
  const sample = table.rows.slice(0, 200);
  return table.columns.map((header, c) => {
    const longest = sample.reduce((max, row) => Math.max(max, String(row[c] ?? '').length), header.length);
    return { width: Math.min(60, Math.max(8, longest + 2)) };
  });
}

/** The universal build's file content (for images, unused here) is a Blob. */
function sheetOf(table: ExportTable, name: string): Sheet<Blob> {
  const header = table.columns.map((h) => textCell(h, { fontWeight: 'bold' }));
  const data: SheetData = [header, ...table.rows.map((row) => row.map(sheetCell))];
  return { data, sheet: name, columns: columnWidths(table), stickyRowsCount: 1 };
}

/** One sheet per table, bold frozen header row. `onTable` hears each table as its sheet is laid out. */
export async function toXlsx(tables: readonly ExportTable[], onTable?: (index: number) => void): Promise<Blob> {
  const names = sheetNames(tables.map((t) => t.title));
  const sheets = tables.map((table, i) => {
    const sheet = sheetOf(table, names[i] ?? `Sheet ${i + 1}`);
    onTable?.(i);
    return sheet;
  });
  return writeExcelFile(sheets, { features: [quotePrefixFeature] }).toBlob();
}
