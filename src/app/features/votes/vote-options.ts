import { LIMITS } from '../../../shared/schemas/fields.ts';
import type { SwotEntry } from '../../../shared/schemas/records.ts';
import type { PollOption } from '../../../shared/schemas/room-records.ts';

/** A label as a vote may carry it: one line, at most the schema's title length. */
function optionLabel(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= LIMITS.title ? line : `${line.slice(0, LIMITS.title - 1).trimEnd()}…`;
}

/**
 * The cards a vote on cards offers: those not merged into another (the merged card stands for
 * them), in the facilitator's words, ideas for priorities first (what step 3 votes on), then the
 * board's cards in the order they came.
 */
export function cardOptions(cards: readonly SwotEntry[]): PollOption[] {
  const present = new Set(cards.filter((c) => !c.deleted).map((c) => c.id));
  // A card merged into one since deleted stands on the board again, and so in the vote.
  const live = cards.filter((c) => !c.deleted && (!c.mergedInto || !present.has(c.mergedInto)));
  const ideas = live.filter((c) => c.quadrant === 'idea');
  const others = live.filter((c) => c.quadrant !== 'idea');
  return [...ideas, ...others].map((c) => ({ id: c.id, label: optionLabel(c.wording ?? c.text) }));
}

/** The framework's capacities as options, named in the reader's language. */
export function capacityOptions(items: readonly { id: string }[], label: (id: string) => string): PollOption[] {
  return items.map((i) => ({ id: i.id, label: optionLabel(label(i.id)) }));
}
