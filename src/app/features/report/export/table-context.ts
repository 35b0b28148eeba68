import { decodeHlc } from '../../../../shared/hlc.ts';
import { frameworkItems, localisedWithFallback } from '../../../../shared/framework/schema.ts';
import { locale, t } from '../../../i18n/index.ts';
import { capacityLabel } from '../../../i18n/labels.ts';
import { translatedText } from '../../../i18n/translated-text.ts';
import type { en } from '../../../i18n/en/index.ts';
import type { WorkshopBundle } from './bundle.ts';
import type { ExportedKind, ExportTableOf } from '../../../../shared/schemas/kind-rules.ts';

/** A spreadsheet cell: text, a number, a yes/no, or empty. */
export type Cell = string | number | boolean | null;

/** The export's tables: one per record kind that names one (the registry's `exportTable`), and the wide scores. */
export type TableName = ExportTableOf<ExportedKind> | 'scores-wide';

export interface ExportTable {
  /** File and sheet slug, stable across languages. */
  name: TableName;
  /** Sheet name in the reader's language. */
  title: string;
  /** Column headers in the reader's language. */
  columns: string[];
  rows: Cell[][];
}

export type ColumnKey = keyof (typeof en)['exports']['columns'];
/** A column: its header key and how a record fills it. Keeping both together keeps them aligned. */
export type Column<T> = readonly [ColumnKey, (record: T) => Cell];

export function table<T>(name: TableName, columns: readonly Column<T>[], records: readonly T[]): ExportTable {
  return {
    name,
    title: t(`exports.sheets.${name}`),
    columns: columns.map(([key]) => t(`exports.columns.${key}`)),
    rows: records.map((r) => columns.map(([, cell]) => cell(r))),
  };
}

/** Fields of a record that fill a cell as they are, under a column of the same name. */
export type CellField<T> = { [K in keyof T]: T[K] extends Cell ? K : never }[keyof T] & ColumnKey;

/** Columns that copy the record's own fields, each under its name. */
export function own<T>(...fields: CellField<T>[]): Column<T>[] {
  // CellField admits only fields whose value is a Cell.
  return fields.map((field) => [field, (record: T) => record[field] as Cell]);
}

/** A table of records: their id first, which the other tables' references join on, then the kind's columns. */
export function recordTable<T extends { id: string }>(name: TableName, columns: readonly Column<T>[], records: readonly T[]): ExportTable {
  return table(name, [['id', (record) => record.id], ...columns], records);
}

/** Lists read as one cell; "; " because commas already appear inside names. */
export const joinList = (xs: readonly string[]): string => xs.filter((x) => x !== '').join('; ');

/** The local calendar date a record was made, from its clock stamp: what the facilitator saw that day. */
export function dateOfStamp(stamp: string): string {
  const d = new Date(decodeHlc(stamp).wall);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Lookups every table needs: references turned into names, in the reader's language. */
export interface ExportContext {
  bundle: WorkshopBundle;
  /** No respondent may be named: the workshop scores anonymously, or the export leaves names out. */
  hideRespondents: boolean;
  organisation(id: string | undefined): string;
  organisations(ids: readonly string[]): string;
  participant(id: string | undefined): string;
  session(id: string | undefined): string;
  /** A framework item: the workshop framework's wording when it has the item, else the TUOC name or the id. */
  item(id: string | undefined): string;
  factor(id: string | undefined): string;
  /** Each photo's file name in the export, by photo id; undefined when the format holds no files. */
  photoFiles: ReadonlyMap<string, string> | undefined;
}

export function exportContext(bundle: WorkshopBundle, anonymous: boolean, photoFiles?: ReadonlyMap<string, string>): ExportContext {
  const lang = locale();
  const orgs = new Map(bundle.organisations.map((o) => [o.id, o.name]));
  // Pseudonyms follow creation order, so the same export made twice numbers people the same way.
  const people = new Map(bundle.participants.map((p, i) => [p.id, anonymous ? t('exports.pseudonym', { n: i + 1 }) : p.name]));
  const sessions = new Map(bundle.agenda.map((a) => [a.id, a.title]));
  // A wording not translated into the export's language comes in one of the workshop's, saying which.
  const wording = (x: Record<string, string>) => translatedText(localisedWithFallback(x, lang, bundle.workshop.languages));
  const items = new Map(frameworkItems(bundle.framework).map((i) => [i.id, wording(i.label)]));
  const factors = new Map(bundle.framework.factors.map((f) => [f.id, wording(f.label)]));
  // A reference to a record deleted since shows its id rather than nothing, so the link is not lost silently.
  const lookup = (map: Map<string, string>) => (id: string | undefined) => (id === undefined ? '' : (map.get(id) ?? id));
  const organisation = lookup(orgs);
  return {
    bundle,
    hideRespondents: anonymous || bundle.workshop.anonymousScores === true,
    organisation,
    organisations: (ids) => joinList(ids.map(organisation)),
    participant: lookup(people),
    session: lookup(sessions),
    item: (id) => (id === undefined ? '' : (items.get(id) ?? capacityLabel(id))),
    factor: lookup(factors),
    photoFiles,
  };
}
