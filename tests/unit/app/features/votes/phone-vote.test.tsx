// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'solid-js/web';
import { PhoneVote } from '../../../../../src/app/features/votes/PhoneVote.tsx';
import type { Ballot, Poll } from '../../../../../src/shared/schemas/room-records.ts';

const base = { workshopId: 'w', createdAt: '1', updatedAt: '1', deviceId: 'd', deleted: false };
const poll = (state: Poll['state']): Poll => ({
  ...base,
  id: 'p1',
  title: 'Which first?',
  subject: 'capacities',
  options: [
    { id: 'a', label: 'Autonomy' },
    { id: 'b', label: 'Coherence' },
  ],
  dots: 2,
  stack: false,
  state,
});
const ballot = (dots: Record<string, number>): Ballot => ({ ...base, id: 'b1', pollId: 'p1', dots });

let dispose = () => {};
afterEach(() => {
  dispose();
  document.body.replaceChildren();
});

function mount(state: Poll['state'], sent: Ballot | undefined, onSend: (dots: Record<string, number>) => Promise<boolean> = () => Promise.resolve(true)) {
  const root = document.createElement('div');
  document.body.append(root);
  dispose = render(() => <PhoneVote poll={poll(state)} ballot={sent} onSend={onSend} />, root);
  const button = (name: string) => [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
  return { root, button };
}

describe('a vote on a participant’s phone', () => {
  it('places dots within the vote’s and sends them', async () => {
    const sent: Record<string, number>[] = [];
    const { root, button } = mount('open', undefined, (dots) => {
      sent.push(dots);
      return Promise.resolve(true);
    });
    expect(root.textContent).toContain('Dots left: 2');
    button('Add a dot to Autonomy').click();
    expect(button('Add a dot to Autonomy').disabled).toBe(true);
    button('Add a dot to Coherence').click();
    expect(root.textContent).toContain('Dots left: 0');
    button('Send my vote').click();
    await Promise.resolve();
    expect(sent).toEqual([{ a: 1, b: 1 }]);
  });

  it('refuses to send no dot at all, in words', () => {
    const { root, button } = mount('open', undefined);
    button('Send my vote').click();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Place at least one dot first.');
  });

  it('shows the ballot it sent, and says when the dots on screen are not sent yet', () => {
    const { root, button } = mount('open', ballot({ a: 1 }));
    expect(root.textContent).toContain('Dots left: 1');
    expect(root.querySelector('[data-testid="vote-sent"]')?.textContent).toBe('Your vote is in. You can change it until the vote closes.');
    button('Add a dot to Coherence').click();
    expect(root.querySelector('[data-testid="vote-sent"]')?.textContent).toBe('Not sent yet: send your vote again to change it.');
  });

  it('once closed or revealed, says so and shows what was sent, with nothing to send', () => {
    const closed = mount('closed', ballot({ b: 1 }));
    expect(closed.root.textContent).toContain('Voting has closed.');
    expect([...closed.root.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Coherence: 1']);
    expect(closed.root.querySelector('button')).toBeNull();
    dispose();
    const revealed = mount('revealed', undefined);
    expect(revealed.root.textContent).toContain('The results are on the screen.');
  });
});
