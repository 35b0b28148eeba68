import { searchable } from '../notes/index.ts';

/**
 * Values of a project as people type them in a form or a spreadsheet cell, read into what the
 * record stores. Shared by the project form and the CSV import, so both read "the same" the same way.
 */

/** Compare names and headers the way people mean them: case, accents, spaces and punctuation aside. */
export const foldKey = (s: string): string => searchable(s).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A list typed in one cell: items separated by semicolons, vertical bars or line breaks; when none
 * of those is there, by commas ("CNTL, NUSF"). Names may hold commas, so a list written with
 * semicolons keeps them whole.
 */
export function splitList(cell: string): string[] {
  const parts = /[;|\n\r]/.test(cell) ? cell.split(/[;|\n\r]+/) : cell.split(',');
  return parts.map((s) => s.trim()).filter(Boolean);
}

/**
 * A list as one cell, read back by splitList: "; " between items. A single item holding a comma
 * gets a closing ";" so it is not read back as several.
 */
export function joinCell(items: readonly string[]): string {
  const kept = items.filter((s) => s !== '');
  const joined = kept.join('; ');
  return kept.length === 1 && joined.includes(',') ? `${joined};` : joined;
}

/**
 * An amount as a spreadsheet in any locale may write it: "250000", "250 000,50", "1,250,000.00",
 * "1.250.000", "CHF 1'250'000". The last "." or "," is the decimal mark when one or two digits
 * follow it; otherwise dots, commas, spaces and apostrophes group thousands. Null when it is not a
 * non-negative number.
 */
export function parseAmount(cell: string): number | null {
  const s = cell.replace(/[\s\u00a0\u202f'’]/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  const decimals = last >= 0 && /^\d{1,2}$/.test(s.slice(last + 1));
  const whole = (decimals ? s.slice(0, last) : s).replace(/[.,]/g, '');
  const value = Number(decimals ? `${whole}.${s.slice(last + 1)}` : whole);
  return Number.isFinite(value) ? value : null;
}

/** How a file writes dates that are not year-month-day: day first (31/12/2025) or month first (12/31/2025). */
export type DateOrder = 'dmy' | 'mdy';

const DAY_MONTH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * The order a file's dates follow, told by any date that can only be read one way (a first number
 * over 12 is a day). Undefined when no date tells, or when the file mixes both.
 */
export function dateOrderOf(cells: readonly string[]): DateOrder | undefined {
  let dmy = false;
  let mdy = false;
  for (const cell of cells) {
    const m = DAY_MONTH.exec(cell.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  return dmy === mdy ? undefined : dmy ? 'dmy' : 'mdy';
}

export type DateReading = { ok: true; iso: string } | { ok: false; ambiguous?: [string, string] };

const pad = (n: string) => n.padStart(2, '0');

/**
 * A date cell as year-month-day. Spreadsheets often turn 2025-03-31 into 31/03/2025 or 3/31/2025
 * when a file is saved again, so day-first and month-first dates are read too, in the file's
 * order; a date the file leaves open (04/03/2025) is refused with both readings, never guessed.
 * The calendar check itself (no 30 February) is the schema's.
 */
export function readDate(cell: string, order: DateOrder | undefined): DateReading {
  const s = cell.trim();
  if (s === '') return { ok: true, iso: '' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return { ok: true, iso: `${iso[1]}-${pad(iso[2]!)}-${pad(iso[3]!)}` };
  const m = DAY_MONTH.exec(s);
  if (!m) return { ok: false };
  const [a, b, year] = [m[1]!, m[2]!, m[3]!];
  const dayFirst = `${year}-${pad(b)}-${pad(a)}`;
  const monthFirst = `${year}-${pad(a)}-${pad(b)}`;
  if (Number(a) > 12 || order === 'dmy') return { ok: true, iso: dayFirst };
  if (Number(b) > 12 || order === 'mdy') return { ok: true, iso: monthFirst };
  return a === b ? { ok: true, iso: dayFirst } : { ok: false, ambiguous: [dayFirst, monthFirst] };
}
