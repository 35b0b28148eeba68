import type { FrameworkDocument } from '../../../shared/framework/schema.ts';
import type { Workshop } from '../../../shared/schemas/records.ts';
import { loadWorkshopBundle, workshopJson } from './export/bundle.ts';
import { fileSlug } from './export/csv.ts';
import { runExport, type ExportFile } from './export/run.ts';
import type { ExportRequest } from './export/serialise.ts';
import { buildTables, type TableName } from './export/tables.ts';
import type { LocalStore } from '../../core/db/store.ts';
import { photoFiles } from './export/photo-files.ts';

export type ExportChoice = { format: 'csv'; table: TableName } | { format: 'csv-zip' | 'xlsx' | 'json' };

/**
 * Make one export of a workshop: the records are read and put into words here (the dictionaries
 * live on this thread), then a worker writes the file, reporting progress, so the page never stalls.
 */
export async function exportWorkshop(
  store: LocalStore,
  workshop: Workshop,
  framework: FrameworkDocument,
  choice: ExportChoice,
  onProgress: (done: number, total: number) => void,
): Promise<ExportFile> {
  const bundle = await loadWorkshopBundle(store, workshop.id, framework);
  if (!bundle) throw new Error('workshop not found');
  const baseName = fileSlug(workshop.title);
  let request: ExportRequest;
  if (choice.format === 'json') request = { format: 'json', json: workshopJson(bundle, new Date().toISOString()), baseName };
  else if (choice.format === 'csv-zip') {
    // The zip holds the photos' files too, under photos/, and its photos table names each one.
    const photos = await photoFiles(store, bundle.photos);
    request = { format: 'csv-zip', tables: buildTables(bundle, false, photos.names), baseName, files: photos.files };
  } else {
    // Names stay (with the consent column); respondents are left out when the workshop scores anonymously.
    const tables = buildTables(bundle, false);
    if (choice.format === 'csv') {
      const table = tables.find((x) => x.name === choice.table);
      if (!table) throw new Error(`no table ${choice.table}`);
      request = { format: 'csv', table, baseName };
    } else request = { format: 'xlsx', tables, baseName };
  }
  return runExport(request, onProgress);
}
