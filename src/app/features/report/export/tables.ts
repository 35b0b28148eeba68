import type { WorkshopBundle } from './bundle.ts';
import { exportContext, type ExportContext, type ExportTable, type TableName } from './table-context.ts';
import { actionsTable, agendaTable, notesTable, organisationsTable, participantsTable, practicesTable, projectsTable, swotTable, workshopTable } from './tables-records.ts';
import { assessmentsTable, scoresTable, scoresWideTable } from './tables-scores.ts';
import { agreedScoresTable, ballotsTable, votesTable } from './tables-room.ts';
import { photosTable } from './tables-photos.ts';

export { type Cell, type ExportTable, type TableName } from './table-context.ts';

/**
 * The table of every record kind whose registry entry names an export table, and the wide scores,
 * in sheet order. Typed by the registry: a kind given an `exportTable` has no export until it has
 * a table here.
 */
const TABLES: { [N in TableName]: (ctx: ExportContext) => ExportTable } = {
  workshop: workshopTable,
  agenda: agendaTable,
  organisations: organisationsTable,
  participants: participantsTable,
  notes: notesTable,
  practices: practicesTable,
  assessments: assessmentsTable,
  scores: scoresTable,
  'scores-wide': scoresWideTable,
  'agreed-scores': agreedScoresTable,
  swot: swotTable,
  actions: actionsTable,
  votes: votesTable,
  ballots: ballotsTable,
  projects: projectsTable,
  photos: photosTable,
};

/** The tables of an export, in sheet order. */
export const TABLE_NAMES = Object.keys(TABLES) as readonly TableName[];

/**
 * A workshop as human-readable tables, one per record kind plus a wide score table: headers and
 * enum values in the reader's language, references resolved to names, each row's id first for joins.
 * Made on the main thread (translation lives there); the worker only serialises the result.
 *
 * `anonymous` leaves people's names out: participants become numbered pseudonyms and no respondent
 * is shown. A workshop that scores anonymously never shows respondents, whatever `anonymous` says.
 * `photoFiles`: the photos' files the export holds, by photo id (a zip); absent when it holds none.
 */
export function buildTables(bundle: WorkshopBundle, anonymous: boolean, photoFiles?: ReadonlyMap<string, string>): ExportTable[] {
  const ctx = exportContext(bundle, anonymous, photoFiles);
  return TABLE_NAMES.map((name) => TABLES[name](ctx));
}
