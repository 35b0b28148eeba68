/**
 * Characters that make a spreadsheet read a text cell as a formula (OWASP "CSV injection"): a note
 * typed as `=HYPERLINK(...)` must open as text, not as a link that sends data elsewhere.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would run as a formula gets a leading apostrophe; any other text is unchanged. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
