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

/** A sheet wider than this is not a translators' sheet (it needs two columns and one per language). */
const MAX_COLUMNS = 256;
/** Cells in all, kept well below what would weigh on a phone's memory. */
const MAX_CELLS = 200_000;

/** A character reference's character, or U+FFFD where the number names none. */
const character = (code: number) => (code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD');

/** XML text to a string: entities, character references, and OOXML's _xHHHH_ escapes (a carriage return is _x000D_). */
function unescape(xml: string): string {
  return xml
    .replace(/&(?:#x([0-9a-f]{1,8})|#(\d{1,10})|(\w+));/gi, (m, hex?: string, dec?: string, name?: string) => {
      if (hex) return character(parseInt(hex, 16));
      if (dec) return character(parseInt(dec, 10));
      return ENTITIES[name ?? ''] ?? m;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Each element `name` of `xml` in order: the text of its start tag after the name, and its body
 * (undefined when it closes itself). Found with indexOf, so reading is linear in the text whatever
 * it holds; an element left open makes the file unreadable, never a long search. Elements of the
 * same name never nest in the parts read here (rows, cells, string items, text runs).
 */
function* elements(xml: string, name: string): Generator<{ head: string; body: string | undefined }> {
  const open = `<${name}`;
  const close = `</${name}>`;
  let at = 0;
  for (;;) {
    const start = xml.indexOf(open, at);
    if (start < 0) return;
    const next = xml[start + open.length];
    at = start + open.length;
    // Another element whose name begins the same (<rPh> after <r>, <cols> after <c>).
    if (next !== '>' && next !== '/' && next !== ' ' && next !== '\t' && next !== '\n' && next !== '\r') continue;
    const end = xml.indexOf('>', at);
    if (end < 0) throw new ZipError('not_zip', `an unfinished <${name}> tag`);
    if (xml[end - 1] === '/') {
      yield { head: xml.slice(at, end - 1), body: undefined };
      at = end + 1;
      continue;
    }
    const stop = xml.indexOf(close, end);
    if (stop < 0) throw new ZipError('not_zip', `a <${name}> that never closes`);
    yield { head: xml.slice(at, end), body: xml.slice(end + 1, stop) };
    at = stop + close.length;
  }
}

const firstBody = (xml: string, name: string): string | undefined => {
  for (const e of elements(xml, name)) return e.body ?? '';
  return undefined;
};

/** The text of a string item (<si> or <is>): its <t> runs joined, phonetic runs (<rPh>) left out. */
function stringItem(xml: string): string {
  let plain = '';
  let at = 0;
  for (;;) {
    const start = xml.indexOf('<rPh', at);
    if (start < 0) break;
    const stop = xml.indexOf('</rPh>', start);
    if (stop < 0) throw new ZipError('not_zip', 'a <rPh> that never closes');
    plain += xml.slice(at, start);
    at = stop + '</rPh>'.length;
  }
  plain += xml.slice(at);
  let out = '';
  for (const t of elements(plain, 't')) out += unescape(t.body ?? '');
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...elements(xml, 'si')].map((si) => stringItem(si.body ?? ''));
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** A column's index from a cell reference's letters: A → 0, AA → 26. */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]{1,4}/.exec(ref)?.[0] ?? '';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function rows(xml: string, shared: readonly string[], maxRows: number): SheetRow[] {
  const out: SheetRow[] = [];
  let next = 1;
  let cellCount = 0;
  for (const r of elements(xml, 'row')) {
    const number = Number(attr(r.head, 'r') ?? next);
    next = number + 1;
    if (out.length >= maxRows) throw new ZipError('too_big', `more than ${maxRows} rows`);
    const cells: string[] = [];
    let col = 0;
    for (const c of elements(r.body ?? '', 'c')) {
      const ref = attr(c.head, 'r');
      if (ref) col = columnIndex(ref);
      if (col >= MAX_COLUMNS) throw new ZipError('too_big', `more than ${MAX_COLUMNS} columns`);
      const body = c.body ?? '';
      const type = attr(c.head, 't') ?? 'n';
      const v = firstBody(body, 'v');
      let value = '';
      if (type === 'inlineStr') value = stringItem(firstBody(body, 'is') ?? '');
      else if (type === 's') value = shared[Number(v)] ?? '';
      else if (type === 'b') value = v === '1' ? 'TRUE' : v === '0' ? 'FALSE' : '';
      else if (v !== undefined) value = unescape(v);
      cellCount += Math.max(1, col + 1 - cells.length);
      if (cellCount > MAX_CELLS) throw new ZipError('too_big', `more than ${MAX_CELLS} cells`);
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
  // The sheet's part counts toward the same total as the parts read first.
  const read = [...meta.values()].reduce((n, b) => n + b.length, 0);
  const sheet = decode((await readZip(bytes, (n) => n === path, { ...limits, totalBytes: limits.totalBytes - read })).get(path));
  if (sheet === undefined) throw new ZipError('not_zip', 'no worksheet');
  return rows(sheet, sharedStrings(decode(meta.get('xl/sharedStrings.xml'))), limits.rows);
}
