import { CURRENCY_CODE, projectFields, projectInputSchema, type Project, type ProjectInput } from '../../../shared/schemas/records.ts';
import type { ParsedCsv } from '../../core/sheets/csv-read.ts';
import { dateOrderOf, foldKey, parseAmount, readDate, splitList } from './projects-values.ts';

/** The project fields a CSV column can fill, in the order the mapping offers them. */
/** The apostrophe a spreadsheet export puts before text that could run as a formula ("'+221 33…") is not part of the value. */
const unneutralise = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export const PROJECT_COLUMNS = [
  'reference',
  'title',
  'donor',
  'implementer',
  'partners',
  'countries',
  'themes',
  'startDate',
  'endDate',
  'status',
  'budgetAmount',
  'budgetCurrency',
  'contact',
] as const;
export type ProjectColumn = (typeof PROJECT_COLUMNS)[number];
/** Without these no row can be read: a project is found by its reference and needs a title. */
export const REQUIRED_COLUMNS: readonly ProjectColumn[] = ['reference', 'title'];
/** The CSV column (by index) that fills each field; -1 when none does. */
export type ColumnMapping = Record<ProjectColumn, number>;

/**
 * Pre-fill the mapping from the header row: a header names a field when, case, accents and
 * punctuation aside, it is one of the field's words ("Reference code", "Code du projet"…), or
 * else starts with one ("Budget (EUR)"). Each column fills one field at most.
 */
export function guessMapping(headers: readonly string[], words: Record<ProjectColumn, readonly string[]>): ColumnMapping {
  const folded = headers.map(foldKey);
  const taken = new Set<number>();
  const mapping = Object.fromEntries(PROJECT_COLUMNS.map((c) => [c, -1])) as ColumnMapping;
  const pass = (matches: (header: string, word: string) => boolean) => {
    for (const column of PROJECT_COLUMNS) {
      if (mapping[column] !== -1) continue;
      const keys = words[column].map(foldKey).filter(Boolean);
      const index = folded.findIndex((h, i) => !taken.has(i) && h !== '' && keys.some((k) => matches(h, k)));
      if (index >= 0) {
        mapping[column] = index;
        taken.add(index);
      }
    }
  };
  pass((h, k) => h === k);
  pass((h, k) => k.length >= 4 && h.startsWith(k));
  return mapping;
}

/** How the import reads values that have words: country names, theme labels and status labels in the reader's languages. */
export interface ImportVocabulary {
  /** An ISO 3166 code from a code or a country name; undefined when unknown. */
  country(text: string): string | undefined;
  /** A common theme's key from its key or label; any other theme as typed. */
  theme(text: string): string;
  status(text: string): Project['status'] | undefined;
}

/** What is wrong with one cell, as a stable code; the screen puts it into words. */
export type RowProblem =
  | { column: ProjectColumn; code: 'required' | 'date' | 'amount' | 'currency' | 'budgetPair' }
  | { column: ProjectColumn; code: 'status' | 'country'; value: string }
  | { column: ProjectColumn; code: 'dateAmbiguous'; readings: [string, string] }
  | { column: ProjectColumn; code: 'duplicate'; firstRow: number }
  /** The shared schema refused the value: its issues, put into words by the validation messages. */
  | { column: ProjectColumn; code: 'schema'; issues: readonly SchemaIssue[] };

export interface SchemaIssue {
  path: readonly PropertyKey[];
  code?: string;
  message: string;
  maximum?: unknown;
}

export interface PreviewRow {
  /** The row number in the spreadsheet (the header is row 1). */
  row: number;
  reference: string;
  title: string;
  /** The project this row updates (same reference, case aside). */
  existing?: Project;
  /** The project as it will be written, when the row is valid. */
  input?: ProjectInput;
  /** Fields an update changes; empty for a new project or an update that changes nothing. */
  changes: (keyof ProjectInput)[];
  problems: RowProblem[];
}

export interface ImportPreview {
  /** Required fields that no column fills. */
  unmapped: ProjectColumn[];
  rows: PreviewRow[];
  /** True when every row is valid: only then is anything written. */
  valid: boolean;
  created: number;
  updated: number;
}

const referenceKey = (r: string) => r.trim().toUpperCase();

/** The editable fields of a stored project (system fields left out). */
function projectInputOf(p: Project): ProjectInput {
  const { id: _id, ownerId: _owner, createdAt: _c, updatedAt: _u, deviceId: _d, deleted: _x, ...input } = p;
  return input;
}

const NEW_PROJECT: ProjectInput = { reference: '', title: '', donor: '', partners: [], countries: [], themes: [], startDate: '', endDate: '', status: 'active' };

/**
 * Check every row of a file against the mapping, and say what importing it would do. Rows whose
 * reference is already on the device update that project: only mapped columns change it, and an
 * empty cell clears an optional field (except status, which an empty cell leaves as it is).
 */
export function previewImport(csv: ParsedCsv, mapping: ColumnMapping, projects: readonly Project[], vocab: ImportVocabulary): ImportPreview {
  const unmapped = REQUIRED_COLUMNS.filter((c) => mapping[c] < 0);
  const byReference = new Map<string, Project>();
  // The oldest project wins when two devices each made one with the same reference.
  for (const p of [...projects].sort((a, b) => b.createdAt.localeCompare(a.createdAt))) byReference.set(referenceKey(p.reference), p);
  const body = csv.rows.slice(1);
  const cellOf = (cells: readonly string[], c: ProjectColumn) => (mapping[c] >= 0 ? unneutralise((cells[mapping[c]] ?? '').trim()) : undefined);
  const order = dateOrderOf(body.flatMap((cells) => [cellOf(cells, 'startDate') ?? '', cellOf(cells, 'endDate') ?? '']));
  const seen = new Map<string, number>();
  const rows =
    unmapped.length > 0
      ? []
      : body.map((cells, i) => {
          const row = csv.rowNumbers[i + 1] ?? i + 2;
          const cell = (c: ProjectColumn) => cellOf(cells, c);
          const reference = cell('reference') ?? '';
          const key = referenceKey(reference);
          const firstRow = seen.get(key);
          if (key && firstRow === undefined) seen.set(key, row);
          const existing = byReference.get(key);
          const referenceProblems: RowProblem[] = !key ? [{ column: 'reference', code: 'required' }] : firstRow !== undefined ? [{ column: 'reference', code: 'duplicate', firstRow }] : [];
          const result = readRow(cell, existing ? projectInputOf(existing) : { ...NEW_PROJECT }, order, vocab, referenceProblems);
          const preview: PreviewRow = { row, reference, title: cell('title') ?? '', changes: [], problems: result.problems };
          if (existing) preview.existing = existing;
          if (result.problems.length === 0 && result.input) {
            preview.input = result.input;
            if (existing) preview.changes = changedKeys(projectInputOf(existing), result.input);
          }
          return preview;
        });
  const valid = unmapped.length === 0 && rows.length > 0 && rows.every((r) => r.problems.length === 0);
  return { unmapped, rows, valid, created: rows.filter((r) => !r.existing).length, updated: rows.filter((r) => r.existing && r.changes.length > 0).length };
}

function readRow(cell: (c: ProjectColumn) => string | undefined, base: ProjectInput, order: ReturnType<typeof dateOrderOf>, vocab: ImportVocabulary, problems: RowProblem[]) {
  const next: ProjectInput = { ...base };
  const text = (c: 'donor' | 'title') => {
    const v = cell(c);
    if (v !== undefined) next[c] = v;
  };
  const optional = (c: 'implementer' | 'contact') => {
    const v = cell(c);
    if (v !== undefined) next[c] = v || undefined;
  };
  // Kept as typed (an update matched case-insensitively keeps the stored spelling).
  if (!base.reference) next.reference = cell('reference') ?? '';
  text('title');
  text('donor');
  optional('implementer');
  optional('contact');
  const partners = cell('partners');
  if (partners !== undefined) next.partners = splitList(partners);
  const themes = cell('themes');
  if (themes !== undefined) next.themes = [...new Set(splitList(themes).map((theme) => vocab.theme(theme)))];
  const countries = cell('countries');
  if (countries !== undefined) {
    const codes: string[] = [];
    for (const name of splitList(countries)) {
      const code = vocab.country(name);
      if (code) codes.push(code);
      else problems.push({ column: 'countries', code: 'country', value: name });
    }
    next.countries = [...new Set(codes)];
  }
  for (const c of ['startDate', 'endDate'] as const) {
    const v = cell(c);
    if (v === undefined) continue;
    const date = readDate(v, order);
    if (date.ok) next[c] = date.iso;
    else problems.push(date.ambiguous ? { column: c, code: 'dateAmbiguous', readings: date.ambiguous } : { column: c, code: 'date' });
  }
  const status = cell('status');
  if (status) {
    const value = vocab.status(status);
    if (value) next.status = value;
    else problems.push({ column: 'status', code: 'status', value: status });
  }
  readBudget(cell, base, next, problems);
  const flagged = new Set(problems.map((p) => p.column));
  const parsed = projectInputSchema().safeParse(next);
  if (!parsed.success) {
    const byColumn = new Map<ProjectColumn, SchemaIssue[]>();
    // Dates out of order say nothing when one of them is not a date at all.
    const badDate =
      flagged.has('startDate') || flagged.has('endDate') || parsed.error.issues.some((i) => i.message !== 'end date before start date' && (i.path[0] === 'startDate' || i.path[0] === 'endDate'));
    for (const issue of parsed.error.issues) {
      if (badDate && issue.message === 'end date before start date') continue;
      const field = String(issue.path[0] ?? '');
      const column: ProjectColumn = field === 'budget' ? 'budgetAmount' : (PROJECT_COLUMNS as readonly string[]).includes(field) ? (field as ProjectColumn) : 'reference';
      if (!flagged.has(column)) byColumn.set(column, [...(byColumn.get(column) ?? []), issue]);
    }
    for (const [column, issues] of byColumn) problems.push({ column, code: 'schema', issues });
  }
  return { problems, input: parsed.success ? parsed.data : undefined };
}

/** Amount and currency travel together: one without the other is a problem, an unmapped one keeps what is stored. */
function readBudget(cell: (c: ProjectColumn) => string | undefined, base: ProjectInput, next: ProjectInput, problems: RowProblem[]) {
  const amountCell = cell('budgetAmount');
  const currencyCell = cell('budgetCurrency');
  if (amountCell === undefined && currencyCell === undefined) return;
  const amountText = amountCell ?? (base.budget ? String(base.budget.amount) : '');
  const currency = (currencyCell ?? base.budget?.currency ?? '').toUpperCase();
  if (amountText === '' && currency === '') {
    next.budget = undefined;
    return;
  }
  const amount = amountText === '' ? null : parseAmount(amountText);
  if (amountText === '') problems.push({ column: 'budgetAmount', code: 'budgetPair' });
  else if (amount === null) problems.push({ column: 'budgetAmount', code: 'amount' });
  if (currency === '') problems.push({ column: 'budgetCurrency', code: 'budgetPair' });
  else if (!CURRENCY_CODE.test(currency)) problems.push({ column: 'budgetCurrency', code: 'currency' });
  if (amount !== null && CURRENCY_CODE.test(currency)) next.budget = { amount, currency };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose value differs, in the schema's order; an absent optional field equals one set to undefined. */
function changedKeys(before: ProjectInput, after: ProjectInput): (keyof ProjectInput)[] {
  return (Object.keys(projectFields()) as (keyof ProjectInput)[]).filter((k) => !same(before[k], after[k]));
}
