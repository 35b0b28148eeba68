import { SWOT_CARD_KINDS, type SwotEntry } from '../../../shared/schemas/records.ts';

export type CardKind = SwotEntry['quadrant'];

/** A card as the board shows it: the entry, and the cards merged into it (oldest first). */
export interface BoardCard {
  entry: SwotEntry;
  merged: SwotEntry[];
}

/** Cards that share a group label within one column; `label` undefined holds the ungrouped cards. */
export interface BoardGroup {
  label: string | undefined;
  cards: BoardCard[];
}

export interface BoardColumn {
  kind: CardKind;
  /** Labelled groups first, by label; then the ungrouped cards. Empty groups are left out. */
  groups: BoardGroup[];
  /** Cards shown in the column (merged ones not counted). */
  count: number;
}

/** The words the board shows for a card: the facilitator's rewording, else the author's. */
export const cardWords = (e: Pick<SwotEntry, 'text' | 'wording'>): string => e.wording ?? e.text;

/**
 * The card an entry is shown under: it follows `mergedInto` while the target is among `byId`.
 * A target that is gone (deleted, or outside the view) leaves the card on the board, so nothing
 * disappears with it; a loop (two devices merging each way at once) leaves each card where it is.
 */
export function shownUnder(entry: SwotEntry, byId: ReadonlyMap<string, SwotEntry>): SwotEntry {
  const seen = new Set<string>([entry.id]);
  let at = entry;
  while (at.mergedInto !== undefined) {
    const next = byId.get(at.mergedInto);
    if (!next) return at;
    if (seen.has(next.id)) return entry;
    seen.add(next.id);
    at = next;
  }
  return at;
}

/**
 * Turns SWOT entries (in the order given: oldest first) into the board's five columns: each card
 * with the cards merged into it, and the cards gathered under their group labels.
 */
export function boardColumns(entries: readonly SwotEntry[]): BoardColumn[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const cards = new Map<string, BoardCard>();
  for (const e of entries) {
    const root = shownUnder(e, byId);
    const card = cards.get(root.id) ?? { entry: root, merged: [] };
    cards.set(root.id, card);
    if (root.id !== e.id) card.merged.push(e);
  }
  const shown = entries.flatMap((e) => cards.get(e.id) ?? []);
  return SWOT_CARD_KINDS.map((kind) => {
    const inColumn = shown.filter((c) => c.entry.quadrant === kind);
    const labels = [...new Set(inColumn.flatMap((c) => c.entry.group ?? []))].sort((a, b) => a.localeCompare(b));
    const groups: BoardGroup[] = [
      ...labels.map((label) => ({ label, cards: inColumn.filter((c) => c.entry.group === label) })),
      { label: undefined, cards: inColumn.filter((c) => c.entry.group === undefined) },
    ];
    return { kind, groups: groups.filter((g) => g.cards.length > 0), count: inColumn.length };
  });
}

/** Group labels already used in a column, for the group field's suggestions. */
export const groupLabels = (column: BoardColumn): string[] => column.groups.flatMap((g) => g.label ?? []);

/** Cards another card of the column may be merged into: every other shown card. */
export const mergeTargets = (column: BoardColumn, id: string): SwotEntry[] => column.groups.flatMap((g) => g.cards.map((c) => c.entry)).filter((e) => e.id !== id);
