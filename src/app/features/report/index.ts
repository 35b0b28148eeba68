// What other features may use of report: everything else in this folder is its own.
export { toCsv } from './export/csv.ts';
export { type Cell, type ExportTable } from './export/table-context.ts';
