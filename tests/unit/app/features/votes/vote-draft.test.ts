import { describe, expect, it } from 'vitest';
import { draftToPoll, emptyVoteDraft, voteDraftProblems } from '../../../../../src/app/features/votes/vote-draft.ts';
import { capacityOptions, cardOptions } from '../../../../../src/app/features/votes/vote-options.ts';
import type { SwotEntry } from '../../../../../src/shared/schemas/records.ts';

const offered = [
  { id: 'a', label: 'Autonomy' },
  { id: 'b', label: 'Coherence' },
  { id: 'c', label: 'Democracy' },
];

describe('the new vote form', () => {
  it('opens a vote with the chosen options in the order offered', () => {
    const d = { ...emptyVoteDraft(), title: ' Which first? ', optionIds: ['c', 'a'], dots: '2', stack: true };
    expect(voteDraftProblems(d, offered)).toEqual({});
    expect(draftToPoll(d, offered)).toEqual({
      title: 'Which first?',
      subject: 'capacities',
      options: [offered[0], offered[2]],
      dots: 2,
      stack: true,
      organisationId: undefined,
      state: 'open',
    });
  });

  it('gives three dots, one per option, to everyone by default', () => {
    expect(emptyVoteDraft()).toMatchObject({ dots: '3', stack: false, organisationId: '' });
  });

  it('says what is missing: the question, two options, dots between 1 and 20', () => {
    expect(voteDraftProblems({ ...emptyVoteDraft(), optionIds: ['a'], dots: '0' }, offered)).toEqual({ title: 'titleMissing', optionIds: 'tooFewOptions', dots: 'dotsRange' });
    expect(voteDraftProblems({ ...emptyVoteDraft(), title: 'Q', optionIds: ['a', 'gone'], dots: '21' }, offered)).toEqual({ optionIds: 'tooFewOptions', dots: 'dotsRange' });
    expect(voteDraftProblems({ ...emptyVoteDraft(), title: 'Q', optionIds: ['a', 'b'], dots: '2.5' }, offered)).toEqual({ dots: 'dotsRange' });
    const many = Array.from({ length: 31 }, (_, i) => ({ id: `o${i}`, label: `Option ${i}` }));
    expect(voteDraftProblems({ ...emptyVoteDraft(), title: 'Q', optionIds: many.map((o) => o.id) }, many)).toEqual({ optionIds: 'tooManyOptions' });
  });

  it('lets only one organisation vote when one is chosen', () => {
    expect(draftToPoll({ ...emptyVoteDraft(), title: 'Q', optionIds: ['a', 'b'], organisationId: 'org-1' }, offered).organisationId).toBe('org-1');
  });
});

const card = (id: string, quadrant: SwotEntry['quadrant'], text: string, extra: Partial<SwotEntry> = {}): SwotEntry => ({
  id,
  quadrant,
  text,
  workshopId: 'w',
  createdAt: id,
  updatedAt: id,
  deviceId: 'd',
  deleted: false,
  ...extra,
});

describe('what a vote is on', () => {
  it('offers the cards not merged, ideas first, in the facilitator’s words', () => {
    const cards = [
      card('1', 'weakness', 'Few women leaders'),
      card('2', 'idea', 'Train young organisers'),
      card('3', 'strength', 'Dues', { mergedInto: '1' }),
      card('4', 'threat', 'raw', { wording: 'New labour law' }),
    ];
    expect(cardOptions(cards)).toEqual([
      { id: '2', label: 'Train young organisers' },
      { id: '1', label: 'Few women leaders' },
      { id: '4', label: 'New labour law' },
    ]);
  });

  it('offers a card merged into one since deleted, as the board shows it again', () => {
    expect(cardOptions([card('3', 'strength', 'Dues', { mergedInto: 'gone' })])).toEqual([{ id: '3', label: 'Dues' }]);
  });

  it('offers the framework’s capacities by their labels', () => {
    expect(capacityOptions([{ id: 'x' }, { id: 'y' }], (id) => `Item ${id}`)).toEqual([
      { id: 'x', label: 'Item x' },
      { id: 'y', label: 'Item y' },
    ]);
  });

  it('keeps a long card’s label within a vote option’s length, on one line', () => {
    const [option] = cardOptions([card('1', 'idea', `First line\n${'word '.repeat(100)}`)]);
    expect(option!.label.length).toBeLessThanOrEqual(200);
    expect(option!.label.startsWith('First line word')).toBe(true);
    expect(option!.label.endsWith('…')).toBe(true);
  });
});
