import type { FrameworkDocument } from '../../../../shared/framework/schema.ts';
import type { Practice, Workshop } from '../../../../shared/schemas/records.ts';
import type { Poll } from '../../../../shared/schemas/room-records.ts';
import { RECORD_KINDS, RECORD_KIND_NAMES, type RecordOf } from '../../../../shared/schemas/kinds.ts';
import { KIND_RULES, type ExportedKind, type ExportTableOf } from '../../../../shared/schemas/kind-rules.ts';
import type { LocalStore } from '../../../core/db/store.ts';
import { handedIn, withoutHandedIn } from '../../../core/db/handed-in.ts';
import { sortAgenda } from '../../../../shared/agenda.ts';
import { TABLE_NAMES } from './tables.ts';

/** The kinds a workshop's export lists (each in its table), besides the workshop itself. */
type Listed = Exclude<ExportedKind, 'workshop'>;

/**
 * Everything one workshop holds, read once, so every export format is made from the same snapshot:
 * the workshop, the records of every kind its export lists, under the name of the kind's table
 * (the registry's `exportTable`: `agenda`, `notes`…), and the framework it scores with (for item
 * labels and column order). Of projects, shared across workshops, only those the workshop or one
 * of its practices names.
 */
export type WorkshopBundle = { workshop: Workshop } & { [K in Listed as ExportTableOf<K>]: RecordOf<K>[] } & { framework: FrameworkDocument };

/** The listed kinds, in the order of the export's tables. */
const LISTED: readonly Listed[] = TABLE_NAMES.flatMap((name) => RECORD_KIND_NAMES.filter((k): k is Listed => k !== 'workshop' && KIND_RULES[k].exportTable === name));
const tableOf = (kind: Listed): ExportTableOf<Listed> => KIND_RULES[kind].exportTable;

/** Creation order is stable across devices (stamps are totally ordered), so exports diff well. */
const byCreation = <T extends { createdAt: string }>(xs: T[]): T[] => xs.sort((a, b) => a.createdAt.localeCompare(b.createdAt));

interface Reading {
  workshop: Workshop;
  /** Assessments handed in on this participant's phone. */
  hidden: ReadonlySet<string>;
  /** The records read, by kind. */
  read: ReadonlyMap<Listed, unknown[]>;
}

/**
 * How a kind's records enter the bundle where it is not "in creation order": the records read are
 * the workshop's (every record on this device, for a kind scoped by owner).
 */
const ARRANGE: { [K in Listed]?: (records: RecordOf<K>[], r: Reading) => RecordOf<K>[] } = {
  agendaItem: (items) => sortAgenda(items),
  // Answers handed in on a participant's phone are in no export made on it.
  assessment: (xs, r) => byCreation(withoutHandedIn(xs, r.hidden)),
  score: (xs, r) => byCreation(withoutHandedIn(xs, r.hidden)),
  // A vote is secret until revealed: no export holds the ballots of one that is not.
  ballot: (xs, r) => {
    const revealed = new Set(((r.read.get('poll') ?? []) as Poll[]).filter((p) => p.state === 'revealed').map((p) => p.id));
    return byCreation(xs.filter((b) => revealed.has(b.pollId)));
  },
  project: (xs, r) => {
    const practices = (r.read.get('practice') ?? []) as Practice[];
    const named = new Set([...r.workshop.projectIds, ...practices.flatMap((p) => p.projectIds)]);
    return byCreation(xs.filter((p) => named.has(p.id)));
  },
};

/** Read a workshop's live records (list() leaves tombstones out); undefined when the workshop is not on this device. */
export async function loadWorkshopBundle(store: LocalStore, workshopId: string, framework: FrameworkDocument): Promise<WorkshopBundle | undefined> {
  const { repos } = store;
  const workshop = await repos.workshop.get(workshopId);
  if (!workshop) return undefined;
  const list = (kind: Listed) => (repos[kind] as unknown as { list(scope?: string): Promise<unknown[]> }).list(RECORD_KINDS[kind].scope === 'workshopId' ? workshopId : undefined);
  const [hidden, ...lists] = await Promise.all([handedIn(store.db), ...LISTED.map(list)]);
  const reading: Reading = { workshop, hidden, read: new Map(LISTED.map((k, i) => [k, lists[i]!])) };
  const arranged = LISTED.map((kind, i) => {
    const arrange = ARRANGE[kind] as ((records: unknown[], r: Reading) => unknown[]) | undefined;
    const records = lists[i]!;
    return [tableOf(kind), arrange ? arrange(records, reading) : byCreation(records as { createdAt: string }[])] as const;
  });
  return { workshop, ...Object.fromEntries(arranged), framework } as WorkshopBundle;
}

const WORKSHOP_JSON_FORMAT = 'workshop-companion.workshop';

/**
 * The machine-readable export: records as stored, ids kept, so another tool can join them.
 * Exceptions: in a workshop with anonymous scores, an assessment's respondent id and a card's
 * author are dropped, since joined with the participants they would name who said what; a ballot
 * is only its vote and dots.
 */
export function workshopJson(bundle: WorkshopBundle, exportedAt: string): object {
  const anonymous = bundle.workshop.anonymousScores === true;
  const assessments = anonymous ? bundle.assessments.map(({ respondentId: _dropped, ...rest }) => rest) : bundle.assessments;
  // A card's author, likewise, and a ballot carries only its dots: its id, device and stamps would
  // tie it to the phone's other records.
  const swot = anonymous ? bundle.swot.map(({ author: _dropped, ...rest }) => rest) : bundle.swot;
  const ballots = bundle.ballots.map(({ pollId, dots }) => ({ pollId, dots }));
  // Every listed kind under its table's name, in table order; the assessments as just said.
  const lists = Object.fromEntries(LISTED.map((kind) => [tableOf(kind), bundle[tableOf(kind)]]));
  return {
    format: WORKSHOP_JSON_FORMAT,
    formatVersion: 1,
    exportedAt,
    workshop: bundle.workshop,
    ...lists,
    assessments,
    swot,
    ballots,
    framework: bundle.framework,
  };
}
