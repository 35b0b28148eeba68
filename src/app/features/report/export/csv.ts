import type { Cell, ExportTable } from './table-context.ts';
import { neutraliseCell } from './neutralise.ts';

/** Excel reads a CSV as the legacy code page unless it starts with a byte-order mark; with it, accents and Arabic survive. */
const BOM = '\uFEFF';
const CRLF = '\r\n';
// Semicolons and tabs too: Excel in French, Spanish or Portuguese settings splits a .csv on `;`, and an
// unquoted `ok;=cmd…` would become a second cell starting with `=`.
const NEEDS_QUOTES = /[",;\t\r\n]/;

function field(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  const text = neutraliseCell(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as RFC 4180 CSV: CRLF after every record, fields quoted when they hold a quote, comma,
 * semicolon, tab or line break. `onRows` hears how many data rows are written, every few hundred rows and at the end.
 */
export function toCsv(table: Pick<ExportTable, 'columns' | 'rows'> & Partial<ExportTable>, onRows?: (done: number) => void): string {
  const lines = [table.columns.map(field).join(',')];
  table.rows.forEach((row, i) => {
    lines.push(row.map(field).join(','));
    if (onRows && (i + 1) % 500 === 0) onRows(i + 1);
  });
  onRows?.(table.rows.length);
  return BOM + lines.join(CRLF) + CRLF;
}

const MAX_SLUG = 60;

/**
 * A file-name part from a title: letters (any script), marks and digits kept, anything else a dash,
 * lower case, at most 60 characters. Applying it twice changes nothing.
 */
export function fileSlug(title: string): string {
  const dashed = title
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code point, not UTF-16 unit, so a letter outside the basic plane is never split in half.
  const cut = Array.from(dashed).slice(0, MAX_SLUG).join('').replace(/-+$/, '');
  return cut || 'workshop';
}

export function csvFileName(workshopTitle: string, table: Pick<ExportTable, 'name'>): string {
  return `${fileSlug(workshopTitle)}-${table.name}.csv`;
}
