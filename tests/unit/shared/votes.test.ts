import { describe, expect, it } from 'vitest';
import { ballotProblem, dotsPlaced, tallyVotes } from '../../../src/shared/votes.ts';

const options = [
  { id: 'a', label: 'Autonomy' },
  { id: 'b', label: 'Coherence' },
  { id: 'c', label: 'Democracy' },
  { id: 'd', label: 'Solidarity' },
];
const poll = { id: 'p1', options, dots: 3, stack: false };
const ballot = (id: string, dots: Record<string, number>, pollId = 'p1') => ({ id, pollId, dots });

describe('whether a ballot fits its vote', () => {
  it('takes up to the vote’s dots, one per option', () => {
    expect(ballotProblem(poll, { a: 1, b: 1, c: 1 })).toBeUndefined();
    expect(ballotProblem(poll, { a: 1 })).toBeUndefined();
    expect(ballotProblem(poll, {})).toBeUndefined();
  });

  it('refuses more dots than the vote gives, and two on one option unless dots stack', () => {
    expect(ballotProblem(poll, { a: 1, b: 1, c: 1, d: 1 })).toBe('too_many_dots');
    expect(ballotProblem(poll, { a: 2 })).toBe('too_many_dots');
    expect(ballotProblem({ ...poll, stack: true }, { a: 2, b: 1 })).toBeUndefined();
    expect(ballotProblem({ ...poll, stack: true }, { a: 3, b: 1 })).toBe('too_many_dots');
  });

  it('refuses an option the vote does not have', () => {
    expect(ballotProblem(poll, { z: 1 })).toBe('unknown_option');
  });

  it('counts the dots placed', () => {
    expect(dotsPlaced({ a: 2, b: 1 })).toBe(3);
    expect(dotsPlaced({})).toBe(0);
  });
});

describe('a vote’s ranking', () => {
  it('puts the most dots first and counts each voter once', () => {
    const { ranking, voters } = tallyVotes(poll, [ballot('x', { b: 1, c: 1 }), ballot('y', { b: 1, a: 1 }), ballot('z', { b: 1 })]);
    expect(voters).toBe(3);
    expect(ranking.map((o) => [o.id, o.dots, o.rank])).toEqual([
      ['b', 3, 1],
      ['a', 1, 2],
      ['c', 1, 2],
      ['d', 0, 4],
    ]);
  });

  it('gives options with as many dots one rank, in the vote’s own order, and the next rank skips', () => {
    const { ranking } = tallyVotes(poll, [ballot('x', { c: 1, a: 1 }), ballot('y', { c: 1, a: 1 })]);
    expect(ranking.map((o) => `${o.rank}:${o.id}:${o.dots}`)).toEqual(['1:a:2', '1:c:2', '3:b:0', '3:d:0']);
  });

  it('everyone at nought shares the first rank', () => {
    const { ranking, voters } = tallyVotes(poll, []);
    expect(voters).toBe(0);
    expect(ranking.every((o) => o.rank === 1 && o.dots === 0)).toBe(true);
  });

  it('counts a ballot delivered twice (the same id) once', () => {
    const { ranking, voters } = tallyVotes(poll, [ballot('x', { a: 1 }), ballot('x', { a: 1 })]);
    expect(voters).toBe(1);
    expect(ranking[0]).toMatchObject({ id: 'a', dots: 1 });
  });

  it('leaves out a stale ballot (cast before the dots were lowered) and another vote’s ballots', () => {
    const lowered = { ...poll, dots: 1 };
    const { ranking, voters } = tallyVotes(lowered, [ballot('old', { a: 1, b: 1 }), ballot('new', { b: 1 }), ballot('other', { a: 1 }, 'p2'), ballot('gone', { z: 1 })]);
    expect(voters).toBe(1);
    expect(ranking.map((o) => [o.id, o.dots])).toEqual([
      ['b', 1],
      ['a', 0],
      ['c', 0],
      ['d', 0],
    ]);
  });

  it('adds stacked dots', () => {
    const { ranking } = tallyVotes({ ...poll, stack: true }, [ballot('x', { d: 3 }), ballot('y', { a: 2, d: 1 })]);
    expect(ranking.slice(0, 2).map((o) => [o.id, o.dots, o.rank])).toEqual([
      ['d', 4, 1],
      ['a', 2, 2],
    ]);
  });
});
