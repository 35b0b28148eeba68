import type { ExportTable } from './table-context.ts';
import { csvFileName, fileSlug, toCsv } from './csv.ts';
import { toXlsx } from './xlsx.ts';
import { zipCsv } from './zip.ts';

/**
 * What to serialise. Tables arrive already translated: the worker that runs this has no
 * dictionaries, so it stays small and free of UI code. `baseName` starts every file name.
 */
export type ExportRequest =
  | { format: 'csv'; table: ExportTable; baseName: string }
  | { format: 'csv-zip'; tables: ExportTable[]; baseName: string; files?: { name: string; bytes: Uint8Array }[] }
  | { format: 'xlsx'; tables: ExportTable[]; baseName: string }
  | { format: 'json'; json: unknown; baseName: string };
export type ExportFormat = ExportRequest['format'];

export interface SerialisedExport {
  /** Backed by its own ArrayBuffer, so the worker can transfer it instead of copying. */
  bytes: Uint8Array<ArrayBuffer>;
  mime: string;
  fileName: string;
}

export type ProgressListener = (done: number, total: number) => void;

/** Messages from the export worker to the page. */
export type ExportWorkerMessage = { type: 'progress'; done: number; total: number } | ({ type: 'done' } & SerialisedExport) | { type: 'error'; message: string };

const MIME = {
  csv: 'text/csv;charset=utf-8',
  'csv-zip': 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
} as const satisfies Record<ExportFormat, string>;

const encode = (text: string) => new TextEncoder().encode(text);
const rowCount = (tables: readonly ExportTable[]) => tables.reduce((n, t) => n + t.rows.length, 0);

/**
 * Turn an export request into file bytes. Progress counts data rows written, plus one last step for
 * packaging (zip or workbook), so the bar only reaches its end when the file is ready.
 */
export async function serialise(request: ExportRequest, onProgress: ProgressListener): Promise<SerialisedExport> {
  const slug = fileSlug(request.baseName);
  switch (request.format) {
    case 'csv': {
      const total = request.table.rows.length + 1;
      onProgress(0, total);
      const bytes = encode(toCsv(request.table, (done) => onProgress(done, total)));
      onProgress(total, total);
      return { bytes, mime: MIME.csv, fileName: csvFileName(slug, request.table) };
    }
    case 'csv-zip': {
      const total = rowCount(request.tables) + 1;
      let done = 0;
      onProgress(0, total);
      const files = request.tables.map((table) => {
        const text = toCsv(table, (n) => onProgress(done + n, total));
        done += table.rows.length;
        return { name: csvFileName(slug, table), text };
      });
      const bytes = ownBuffer(zipCsv(files, request.files));
      onProgress(total, total);
      return { bytes, mime: MIME['csv-zip'], fileName: `${slug}-csv.zip` };
    }
    case 'xlsx': {
      const total = rowCount(request.tables) + 1;
      let done = 0;
      onProgress(0, total);
      const blob = await toXlsx(request.tables, (i) => {
        done += request.tables[i]?.rows.length ?? 0;
        onProgress(done, total);
      });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      onProgress(total, total);
      return { bytes, mime: MIME.xlsx, fileName: `${slug}.xlsx` };
    }
    case 'json': {
      onProgress(0, 1);
      const bytes = encode(JSON.stringify(request.json, null, 2));
      onProgress(1, 1);
      return { bytes, mime: MIME.json, fileName: `${slug}.json` };
    }
  }
}

/** A view over exactly its own buffer (a fresh copy only when it shares one), so transferring it moves no other data. */
function ownBuffer(view: Uint8Array): Uint8Array<ArrayBuffer> {
  if (view.buffer instanceof ArrayBuffer && view.byteOffset === 0 && view.byteLength === view.buffer.byteLength) {
    return new Uint8Array(view.buffer);
  }
  return new Uint8Array(view);
}
