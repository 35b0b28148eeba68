import { decodeCsvBytes, parseCsv } from './csv-read.ts';
import { readXlsx, type SheetRow } from './xlsx-read.ts';
import { ZipError } from './zip.ts';

export type { SheetRow } from './xlsx-read.ts';

/** What a sheet read from outside may weigh: the file itself, each part once inflated, all parts, and its rows. */
export const SHEET_LIMITS = { fileBytes: 4 * 1024 * 1024, entryBytes: 16 * 1024 * 1024, totalBytes: 24 * 1024 * 1024, entries: 500, rows: 5000 } as const;

export type SheetRead = { ok: true; rows: SheetRow[] } | { ok: false; code: 'not_sheet' | 'too_big' };

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * The rows of a spreadsheet file, whichever kind it is: an .xlsx (by its zip signature, not its
 * name), else CSV text. Anything else (an old binary .xls, a PDF, a picture) holds zero bytes
 * where text never does, and is refused as not a spreadsheet.
 */
export async function readSheet(bytes: Uint8Array): Promise<SheetRead> {
  if (bytes.length > SHEET_LIMITS.fileBytes) return { ok: false, code: 'too_big' };
  if (isZip(bytes)) {
    try {
      return { ok: true, rows: await readXlsx(bytes, SHEET_LIMITS) };
    } catch (err) {
      if (err instanceof ZipError) return { ok: false, code: err.code === 'too_big' ? 'too_big' : 'not_sheet' };
      throw err;
    }
  }
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, code: 'not_sheet' };
  const csv = parseCsv(decodeCsvBytes(bytes));
  if (csv.rows.length > SHEET_LIMITS.rows) return { ok: false, code: 'too_big' };
  return { ok: true, rows: csv.rows.map((cells, i) => ({ row: csv.rowNumbers[i]!, cells })) };
}
