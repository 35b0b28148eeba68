import { describe, expect, it } from 'vitest';
import { boardColumns, cardWords, groupLabels, mergeTargets, shownUnder } from '../../../../../src/app/features/priorities/board-cards.ts';
import { wordingFor } from '../../../../../src/app/features/priorities/card-commands.ts';
import type { SwotEntry } from '../../../../../src/shared/schemas/records.ts';

let n = 0;
/** A card as the store holds it; ids and stamps in the order cards are made. */
function card(text: string, over: Partial<SwotEntry> = {}): SwotEntry {
  n += 1;
  const at = `stamp-${String(n).padStart(4, '0')}`;
  return { id: `card-${n}`, createdAt: at, updatedAt: at, deviceId: 'phone', deleted: false, workshopId: 'w1', quadrant: 'strength', text, ...over };
}
const column = (entries: SwotEntry[], kind: SwotEntry['quadrant']) => boardColumns(entries).find((c) => c.kind === kind)!;
const words = (entries: SwotEntry[], kind: SwotEntry['quadrant']) => column(entries, kind).groups.map((g) => [g.label, g.cards.map((c) => cardWords(c.entry))]);

describe('the board’s columns', () => {
  it('has the four quadrants and the ideas, in that order, each with its own cards', () => {
    const entries = [card('Strong dues base'), card('Few young members', { quadrant: 'weakness' }), card('Organise riders', { quadrant: 'idea' })];
    const columns = boardColumns(entries);
    expect(columns.map((c) => c.kind)).toEqual(['strength', 'weakness', 'opportunity', 'threat', 'idea']);
    expect(columns.map((c) => c.count)).toEqual([1, 1, 0, 0, 1]);
    expect(words(entries, 'idea')).toEqual([[undefined, ['Organise riders']]]);
  });

  it('shows the facilitator’s wording instead of the author’s words, which stay on the entry', () => {
    const e = card('we have many memebrs', { wording: 'Large membership' });
    expect(cardWords(e)).toBe('Large membership');
    expect(cardWords(card('Unchanged'))).toBe('Unchanged');
    expect(column([e], 'strength').groups[0]!.cards[0]!.entry.text).toBe('we have many memebrs');
  });

  it('gathers grouped cards under their labels, labels in order, the ungrouped cards last', () => {
    const entries = [card('A', { group: 'Money' }), card('B'), card('C', { group: 'Members' }), card('D', { group: 'Money' }), card('E', { quadrant: 'threat', group: 'Money' })];
    expect(words(entries, 'strength')).toEqual([
      ['Members', ['C']],
      ['Money', ['A', 'D']],
      [undefined, ['B']],
    ]);
    expect(groupLabels(column(entries, 'strength'))).toEqual(['Members', 'Money']);
    expect(groupLabels(column(entries, 'threat'))).toEqual(['Money']);
  });

  it('lists a merged card under the card it joined, not as a card of its own', () => {
    const into = card('Dues paid by mobile money');
    const merged = card('M-Pesa for dues', { mergedInto: into.id });
    const col = column([into, merged], 'strength');
    expect(col.count).toBe(1);
    expect(col.groups[0]!.cards[0]!.merged.map((m) => m.text)).toEqual(['M-Pesa for dues']);
  });

  it('follows a chain of merges to the card that is shown', () => {
    const c = card('C');
    const b = card('B', { mergedInto: c.id });
    const a = card('A', { mergedInto: b.id });
    const col = column([a, b, c], 'strength');
    expect(col.groups[0]!.cards.map((x) => [x.entry.text, x.merged.map((m) => m.text)])).toEqual([['C', ['A', 'B']]]);
  });

  it('keeps a card whose target is gone, and cards merged into each other, on the board', () => {
    const orphan = card('Orphan', { mergedInto: 'card-deleted' });
    const x = card('X');
    const y = card('Y', { mergedInto: x.id });
    const loopX = { ...x, mergedInto: y.id };
    expect(column([orphan], 'strength').count).toBe(1);
    const byId = new Map([loopX, y].map((e) => [e.id, e]));
    expect(shownUnder(loopX, byId).id).toBe(loopX.id);
    expect(shownUnder(y, byId).id).toBe(y.id);
    expect(column([loopX, y], 'strength').count).toBe(2);
  });

  it('offers every other shown card of the column as a merge target', () => {
    const a = card('A');
    const b = card('B', { group: 'G' });
    const merged = card('M', { mergedInto: a.id });
    const other = card('T', { quadrant: 'threat' });
    expect(mergeTargets(column([a, b, merged, other], 'strength'), a.id).map((e) => e.text)).toEqual(['B']);
  });
});

describe('a rewording', () => {
  it('is kept only when it differs from the author’s words', () => {
    const e = { text: 'Few women in leadership' };
    expect(wordingFor(e, '  Women under-represented in leadership ')).toBe('Women under-represented in leadership');
    expect(wordingFor(e, '   ')).toBeUndefined();
    expect(wordingFor(e, 'Few women in leadership')).toBeUndefined();
  });
});
