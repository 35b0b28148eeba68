import type { ItemStats } from '../stats.ts';

/** What an agreed-score record says about one item (the record itself lives in schemas/room-records.ts). */
export interface AgreedEntry {
  organisationId: string;
  itemId: string;
  round: string;
  /** null: the group could not agree. */
  value: number | null;
  justification: string;
}

/** One item's individual statistics beside the score its group agreed. */
export interface AgreedRow {
  itemId: string;
  mean: number | null;
  sd: number | null;
  n: number;
  /** Whether the group has recorded anything for the item (a score, or that it could not agree). */
  recorded: boolean;
  /** The agreed score; null when not recorded or when the group could not agree (see `recorded`). */
  agreed: number | null;
  justification: string;
  /** The agreed score is more than one point away from the individual mean. */
  differs: boolean;
}

/** How far apart an agreed score and the mean must be, strictly, to be worth talking about. */
const DIFFERS_BY = 1;
// Means are quotients of whole numbers: a gap of exactly one can come out as 1.0000000000000002.
const EPSILON = 1e-9;

/** Whether an agreed score stands more than a point away from the mean; "could not agree" or no answers never do. */
export function agreedDiffers(agreed: number | null, mean: number | null): boolean {
  return agreed !== null && mean !== null && Math.abs(agreed - mean) > DIFFERS_BY + EPSILON;
}

/** The agreed entries of one organisation in one round, by item. */
export function agreedFor<E extends AgreedEntry>(entries: readonly E[], organisationId: string, round: string): Map<string, E> {
  return new Map(entries.filter((e) => e.organisationId === organisationId && e.round === round).map((e) => [e.itemId, e]));
}

/**
 * Per item of a profile, in its order: the individual mean and spread beside the agreed score and
 * its justification. `agreed` holds one organisation's entries of one round (see `agreedFor`).
 */
export function agreedBeside(items: readonly { itemId: string; stats: ItemStats }[], agreed: ReadonlyMap<string, AgreedEntry>): AgreedRow[] {
  return items.map((i) => {
    const entry = agreed.get(i.itemId);
    const value = entry?.value ?? null;
    return {
      itemId: i.itemId,
      mean: i.stats.mean,
      sd: i.stats.sd,
      n: i.stats.n,
      recorded: entry !== undefined,
      agreed: value,
      justification: entry?.justification ?? '',
      differs: agreedDiffers(value, i.stats.mean),
    };
  });
}

/** The counts a screen says above the rows: items with an agreed score, without agreement, and differing. */
export function agreedSummary(rows: readonly AgreedRow[]) {
  return {
    total: rows.length,
    agreed: rows.filter((r) => r.agreed !== null).length,
    couldNotAgree: rows.filter((r) => r.recorded && r.agreed === null).length,
    differing: rows.filter((r) => r.differs).length,
  };
}
