/** The field separators a spreadsheet writes: commas, semicolons (Excel in French, Spanish, Portuguese… locales) or tabs. */
export type CsvSeparator = ',' | ';' | '\t';

export interface ParsedCsv {
  separator: CsvSeparator;
  /** Every record, header first; lines holding nothing at all are left out. */
  rows: string[][];
  /** The spreadsheet row number of each record (the header is row 1), for messages. */
  rowNumbers: number[];
}

const SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];

/**
 * The separator of a file, from its first record: the candidate that occurs most often outside
 * quotes. A one-column file has none, and reads the same with any; ties go to the comma (RFC 4180).
 */
function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') break;
    else if (c === ',' || c === ';' || c === '\t') counts[c]++;
  }
  let best: CsvSeparator = ',';
  for (const s of SEPARATORS) if (counts[s] > counts[best]) best = s;
  return best;
}

/**
 * Read CSV as spreadsheets write it (RFC 4180 and its usual variations): a leading byte-order mark
 * is dropped; fields in double quotes may hold separators, doubled quotes and line breaks; lines
 * end in CRLF, LF or CR. A quote inside an unquoted field is kept as text, as Excel does.
 */
export function parseCsv(input: string, separator: CsvSeparator = detectSeparator(input.replace(/^\uFEFF/, ''))): ParsedCsv {
  const text = input.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  /** Whether the current field started with a quote (a quote elsewhere is literal text). */
  let inQuotes = false;
  // Physical lines are counted only to name rows; a spreadsheet row is one record.
  let record = 1;
  const endField = () => {
    row.push(field);
    field = '';
    inQuotes = false;
  };
  const endRecord = () => {
    endField();
    if (row.some((f) => f.trim() !== '')) {
      rows.push(row);
      rowNumbers.push(record);
    }
    record++;
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '' && !inQuotes) {
      quoted = true;
      inQuotes = true;
    } else if (c === separator) endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += c;
  }
  if (field !== '' || row.length > 0 || quoted) endRecord();
  return { separator, rows, rowNumbers };
}

/**
 * The text of a CSV file. Files are UTF-8 when saved as "CSV UTF-8"; Excel's plain "CSV" is the
 * Windows code page, whose accented letters are not valid UTF-8, so those files read as
 * Windows-1252 instead of turning "Sénégal" into "S�n�gal".
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
