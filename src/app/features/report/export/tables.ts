import type { WorkshopBundle } from './bundle.ts';
import { exportContext, type ExportTable } from './table-context.ts';
import {
  actionsTable, agendaTable, notesTable, organisationsTable, participantsTable, practicesTable, projectsTable, swotTable, workshopTable,
} from './tables-records.ts';
import { assessmentsTable, scoresTable, scoresWideTable } from './tables-scores.ts';

export { TABLE_NAMES, type Cell, type ExportTable, type TableName } from './table-context.ts';

/**
 * A workshop as human-readable tables, one per record kind plus a wide score table: headers and
 * enum values in the reader's language, references resolved to names, each row's id first for joins.
 * Made on the main thread (translation lives there); the worker only serialises the result.
 *
 * `anonymous` leaves people's names out: participants become numbered pseudonyms and no respondent
 * is shown. A workshop that scores anonymously never shows respondents, whatever `anonymous` says.
 */
export function buildTables(bundle: WorkshopBundle, anonymous: boolean): ExportTable[] {
  const ctx = exportContext(bundle, anonymous);
  return [
    workshopTable(ctx),
    agendaTable(ctx),
    organisationsTable(ctx),
    participantsTable(ctx),
    notesTable(ctx),
    practicesTable(ctx),
    assessmentsTable(ctx),
    scoresTable(ctx),
    scoresWideTable(ctx),
    swotTable(ctx),
    actionsTable(ctx),
    projectsTable(ctx),
  ];
}
