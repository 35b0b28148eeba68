/**
 * Text a spreadsheet would read as a formula (OWASP "CSV injection"): a note typed as
 * `=HYPERLINK(...)` must open as text, not as a link that sends data elsewhere. Spreadsheets skip
 * leading spaces, tabs and line breaks before a formula sign, and Excel and LibreOffice read the
 * full-width signs (＝ ＋ － ＠, typed by CJK input methods) as the ASCII ones. A leading tab or carriage
 * return alone is refused too: some importers split or trim on it and leave a formula sign first.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

/** Whether a spreadsheet could take this text for a formula. */
export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

/**
 * For CSV, where a cell is whatever its text says: text a spreadsheet would run as a formula gets a
 * leading apostrophe; any other text is unchanged. (XLSX marks text cells as text instead: see xlsx.ts.)
 */
export function neutraliseCell(value: string): string {
  return looksLikeFormula(value) ? `'${value}` : value;
}
