import { analyseProfile } from '../../../shared/framework/analysis.ts';
import { frameworkItems, type FrameworkDocument, type LocalText } from '../../../shared/framework/schema.ts';
import type { ActionItem, Assessment, Organisation, Score, Workshop } from '../../../shared/schemas/records.ts';
import type { AgreedScore } from '../../../shared/schemas/room-records.ts';
import { organisationKey } from '../compendium/index.ts';
import { toScored } from '../analysis/index.ts';

/** What an organisation's history reads: records of every workshop on the device (or of those a page looks at). */
export interface HistorySource {
  workshops: readonly Workshop[];
  organisations: readonly Organisation[];
  assessments: readonly Assessment[];
  scores: readonly Score[];
  agreedScores: readonly AgreedScore[];
  actions: readonly ActionItem[];
}

/**
 * The framework a round is analysed with: the one its answers name (id and version), or, for a
 * round with agreed scores only, its workshop's.
 */
export type FrameworkOf = (workshop: Workshop, answered: Pick<Assessment, 'frameworkId' | 'frameworkVersion'> | undefined) => FrameworkDocument;

/** One round of one workshop: a workshop's baseline, its follow-up, the next workshop's follow-up… */
export interface HistoryRound {
  workshop: Workshop;
  round: string;
  /** The workshop's year, as its start date says. */
  year: string;
  framework: FrameworkDocument;
  /** Submitted assessments of the organisation in this round. */
  respondents: number;
  /** Mean of the item means; null when nobody answered. */
  overall: number | null;
}

/** One capacity in one round: the individual mean and the group's agreed score. */
export interface HistoryCell {
  mean: number | null;
  /** Answers counted in the mean ("don't know" aside). */
  n: number;
  /** The agreed score; null when none is recorded or the group could not agree (`agreedRecorded`). */
  agreed: number | null;
  agreedRecorded: boolean;
}

export interface CapacityHistory {
  itemId: string;
  /** Its words in the latest framework version that has it. */
  label: LocalText;
  /** One per round, in round order; undefined where that round's framework version has no such item. */
  cells: (HistoryCell | undefined)[];
  /** The item is in every round's framework version. */
  inEveryRound: boolean;
  /** Latest mean less the first (baseline) mean; null with fewer than two rounds that have one. */
  change: number | null;
  /** The same for agreed scores. */
  agreedChange: number | null;
}

export interface OrganisationHistory {
  /** The organisation as its latest workshop names it. */
  organisation: Organisation;
  /** Its record in each workshop, the same union matched by organisationKey. */
  records: Organisation[];
  /** In the order they happened: by workshop start date, then by their first record. */
  rounds: HistoryRound[];
  capacities: CapacityHistory[];
  /** Its action-plan items of every workshop (drafts from phones aside), by workshop then due date. */
  actions: { action: ActionItem; workshop: Workshop }[];
}

const byStart = (a: Workshop, b: Workshop) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title);

/** Last value less first value of a sequence, the gaps skipped; null with fewer than two values. */
function changeOf(values: readonly (number | null | undefined)[]): number | null {
  const known = values.filter((v): v is number => typeof v === 'number');
  return known.length >= 2 ? known.at(-1)! - known[0]! : null;
}

/**
 * An organisation's capacity over the years: every round of every workshop on the device where
 * the same union (organisationKey: acronym or name folded, and country) was scored or agreed its
 * scores, each round analysed with the framework version it answered, each capacity's mean and
 * agreed score per round and its change from the first round to the latest.
 */
export function organisationHistory(src: HistorySource, organisation: Organisation, frameworkOf: FrameworkOf): OrganisationHistory {
  const key = organisationKey(organisation);
  const workshops = new Map(src.workshops.map((w) => [w.id, w]));
  const records = src.organisations.filter((o) => organisationKey(o) === key && workshops.has(o.workshopId));
  const ids = new Set(records.map((o) => o.id));
  const latest = records.slice().sort((a, b) => byStart(workshops.get(b.workshopId)!, workshops.get(a.workshopId)!))[0] ?? organisation;

  const submitted = src.assessments.filter((a) => a.submitted && ids.has(a.organisationId) && workshops.has(a.workshopId));
  const agreed = src.agreedScores.filter((s) => ids.has(s.organisationId) && workshops.has(s.workshopId));
  const scored = new Map(toScored(submitted, src.scores).map((s) => [s.id, s]));

  // A round is a workshop and a round name; it starts with its first assessment or agreed score.
  const starts = new Map<string, { workshop: Workshop; round: string; first: string }>();
  for (const r of [...submitted, ...agreed]) {
    const k = `${r.workshopId}\n${r.round}`;
    const seen = starts.get(k);
    if (!seen) starts.set(k, { workshop: workshops.get(r.workshopId)!, round: r.round, first: r.createdAt });
    else if (r.createdAt < seen.first) seen.first = r.createdAt;
  }
  const order = [...starts.values()].sort((a, b) => byStart(a.workshop, b.workshop) || a.first.localeCompare(b.first));

  const analysed = order.map(({ workshop, round }) => {
    const inRound = submitted.filter((a) => a.workshopId === workshop.id && a.round === round).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const framework = frameworkOf(workshop, inRound[0]);
    const profile = analyseProfile(
      framework,
      inRound.map((a) => scored.get(a.id)!),
    );
    const agreedHere = new Map(agreed.filter((s) => s.workshopId === workshop.id && s.round === round).map((s) => [s.itemId, s]));
    const cells = new Map(
      profile.items.map((i): [string, HistoryCell] => {
        const a = agreedHere.get(i.itemId);
        return [i.itemId, { mean: i.stats.mean, n: i.stats.n, agreed: a?.value ?? null, agreedRecorded: a !== undefined }];
      }),
    );
    const summary: HistoryRound = { workshop, round, year: workshop.startDate.slice(0, 4), framework, respondents: inRound.length, overall: profile.overall };
    return { round: summary, cells };
  });

  // Capacities in the latest version's order; those only earlier versions had follow, in theirs.
  const labels = new Map<string, LocalText>();
  for (const { round } of analysed.slice().reverse()) for (const item of frameworkItems(round.framework)) if (!labels.has(item.id)) labels.set(item.id, item.label);
  const capacities = [...labels].map(([itemId, label]): CapacityHistory => {
    const cells = analysed.map((r) => r.cells.get(itemId));
    return {
      itemId,
      label,
      cells,
      inEveryRound: cells.every((c) => c !== undefined),
      change: changeOf(cells.map((c) => c?.mean)),
      agreedChange: changeOf(cells.map((c) => c?.agreed)),
    };
  });

  const actions = src.actions
    .filter((a) => a.status !== 'proposed' && a.organisationId !== undefined && ids.has(a.organisationId) && workshops.has(a.workshopId))
    .map((action) => ({ action, workshop: workshops.get(action.workshopId)! }))
    .sort((a, b) => byStart(a.workshop, b.workshop) || (a.action.due || '9').localeCompare(b.action.due || '9'));

  return { organisation: latest, records, rounds: analysed.map((r) => r.round), capacities, actions };
}
