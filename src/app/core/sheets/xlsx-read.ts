import { readZip, ZipError, type ZipLimits } from './zip.ts';

/**
 * The first sheet of an .xlsx as text, cell by cell, read the way spreadsheet programs save it:
 * shared strings (rich-text runs joined, phonetic hints left out), inline strings, numbers and
 * booleans as written. Cells are placed by their reference (B7), so empty cells a program skipped
 * stay empty columns. Formulas are not evaluated: a formula cell gives its saved result.
 */

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (the first row is 1). */
  row: number;
  cells: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text to a string: entities, character references, and OOXML's _xHHHH_ escapes (a carriage return is _x000D_). */
function unescape(xml: string): string {
  return xml
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (m, hex?: string, dec?: string, name?: string) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      if (dec) return String.fromCodePoint(parseInt(dec, 10));
      return ENTITIES[name ?? ''] ?? m;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of a string item (<si> or <is>): its <t> runs joined, phonetic runs (<rPh>) left out. */
function stringItem(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of plain.matchAll(/<t(?:\s[^>]*)?\/>|<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += unescape(m[1] ?? '');
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => stringItem(m[1] ?? ''));
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** A column's index from a cell reference's letters: A → 0, AA → 26. */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? '';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function rows(xml: string, shared: readonly string[], maxRows: number): SheetRow[] {
  const out: SheetRow[] = [];
  let next = 1;
  for (const r of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const number = Number(attr(r[1] ?? '', 'r') ?? next);
    next = number + 1;
    if (out.length >= maxRows) throw new ZipError('too_big', `more than ${maxRows} rows`);
    const cells: string[] = [];
    let col = 0;
    for (const c of (r[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const head = c[1] ?? '';
      const ref = attr(head, 'r');
      if (ref) col = columnIndex(ref);
      const body = c[2] ?? '';
      const type = attr(head, 't') ?? 'n';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value = '';
      if (type === 'inlineStr') value = stringItem(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (type === 's') value = shared[Number(v)] ?? '';
      else if (type === 'b') value = v === '1' ? 'TRUE' : v === '0' ? 'FALSE' : '';
      else if (v !== undefined) value = unescape(v);
      while (cells.length < col) cells.push('');
      cells[col] = value;
      col++;
    }
    out.push({ row: number, cells });
  }
  return out;
}

/** Where the workbook's first sheet is: its relationship's target, else the usual name. */
function firstSheetPath(workbook: string | undefined, rels: string | undefined): string {
  const id = workbook && /<sheet\b[^>]*?\sr:id="([^"]+)"/.exec(workbook)?.[1];
  const target = id && rels ? new RegExp(`<Relationship\\b[^>]*?\\sId="${id}"[^>]*?>`).exec(rels)?.[0] : undefined;
  const path = target ? attr(target, 'Target') : undefined;
  if (!path) return 'xl/worksheets/sheet1.xml';
  return path.startsWith('/') ? path.slice(1) : `xl/${path}`;
}

const decode = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

/** The rows of an .xlsx file's first sheet; a ZipError says it is not one, or too large. */
export async function readXlsx(bytes: Uint8Array, limits: ZipLimits & { rows: number }): Promise<SheetRow[]> {
  const meta = await readZip(bytes, (n) => n === 'xl/workbook.xml' || n === 'xl/_rels/workbook.xml.rels' || n === 'xl/sharedStrings.xml', limits);
  const path = firstSheetPath(decode(meta.get('xl/workbook.xml')), decode(meta.get('xl/_rels/workbook.xml.rels')));
  const sheet = decode((await readZip(bytes, (n) => n === path, limits)).get(path));
  if (sheet === undefined) throw new ZipError('not_zip', 'no worksheet');
  return rows(sheet, sharedStrings(decode(meta.get('xl/sharedStrings.xml'))), limits.rows);
}
