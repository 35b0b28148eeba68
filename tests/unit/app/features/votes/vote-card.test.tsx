// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'solid-js/web';
import { VoteCard } from '../../../../../src/app/features/votes/VoteCard.tsx';
import type { Poll } from '../../../../../src/shared/schemas/room-records.ts';
import { tallyVotes } from '../../../../../src/shared/votes.ts';

const poll = (state: Poll['state']): Poll => ({
  id: 'p1',
  workshopId: 'w',
  createdAt: '1',
  updatedAt: '1',
  deviceId: 'd',
  deleted: false,
  title: 'Which capacity first?',
  subject: 'capacities',
  options: [
    { id: 'a', label: 'Autonomy' },
    { id: 'b', label: 'Coherence' },
    { id: 'c', label: 'Democracy' },
  ],
  dots: 2,
  stack: false,
  state,
});
const ballots: { id: string; pollId: string; dots: Record<string, number> }[] = [
  { id: 'x', pollId: 'p1', dots: { b: 1, c: 1 } },
  { id: 'y', pollId: 'p1', dots: { b: 1, a: 1 } },
];

let dispose = () => {};
afterEach(() => {
  dispose();
  document.body.replaceChildren();
});

function mount(state: Poll['state']) {
  const root = document.createElement('div');
  document.body.append(root);
  const p = poll(state);
  const tally = tallyVotes(p, ballots);
  const noop = () => {};
  dispose = render(
    () => (
      <VoteCard
        poll={p}
        voters={tally.voters}
        phones={3}
        organisationName={undefined}
        results={state === 'revealed' ? tally.ranking : undefined}
        onPassDevice={noop}
        onClose={noop}
        onReveal={noop}
        onRemove={noop}
      />
    ),
    root,
  );
  return root;
}
const buttons = (root: HTMLElement) => [...root.querySelectorAll('button')].map((b) => b.textContent);

describe('a vote on the facilitator’s screen', () => {
  it('while open, says how many have voted and nothing of what they chose', () => {
    const root = mount('open');
    expect(root.querySelector('[data-testid="vote-voters"]')?.textContent).toBe('2 have voted');
    // Only phones that speak for an organisation vote: the facilitator sees how many there are.
    expect(root.querySelector('[data-testid="vote-phones"]')?.textContent).toBe('3 phones in this workshop speak for an organisation: only they vote.');
    expect(root.querySelector('[data-testid="vote-ranking"]')).toBeNull();
    for (const label of ['Autonomy', 'Coherence', 'Democracy']) expect(root.textContent).not.toContain(label);
    expect(root.querySelectorAll('[data-dots]')).toHaveLength(0);
    expect(buttons(root)).toEqual(['Vote on this tablet', 'Close voting', 'Reveal results', 'Delete vote']);
  });

  it('once closed, can only be revealed (or deleted)', () => {
    const root = mount('closed');
    expect(root.querySelector('[data-testid="vote-ranking"]')).toBeNull();
    expect(buttons(root)).toEqual(['Reveal results', 'Delete vote']);
  });

  it('once revealed, shows the ranking, most dots first, with its voters', () => {
    const root = mount('revealed');
    const ranking = root.querySelector<HTMLOListElement>('ol[data-testid="vote-ranking"]')!;
    expect(ranking.dataset.voters).toBe('2');
    const items = [...ranking.querySelectorAll('li')];
    expect(items.map((li) => [li.querySelector('.vote-ranking__label')?.textContent, li.querySelector('.vote-ranking__dots')?.textContent, li.getAttribute('value')])).toEqual([
      ['Coherence', '2 dots', '1'],
      ['Autonomy', '1 dot', '2'],
      ['Democracy', '1 dot', '2'],
    ]);
    expect(buttons(root)).not.toContain('Reveal results');
  });
});
