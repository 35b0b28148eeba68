import type { Ballot, Poll } from './schemas/room-records.ts';

/** Why a ballot's dots do not fit its vote: `too_many_dots` or an option the vote does not have. */
export type BallotProblem = 'too_many_dots' | 'unknown_option';

/**
 * Whether a voter's dots fit the vote: only its options, at most `dots` in all, and at most one per
 * option unless the vote lets dots stack. The server refuses a phone's ballot that does not fit,
 * and the tally leaves out one that does not (a ballot cast before the facilitator lowered the dots).
 */
export function ballotProblem(poll: Pick<Poll, 'options' | 'dots' | 'stack'>, dots: Readonly<Record<string, number>>): BallotProblem | undefined {
  const ids = new Set(poll.options.map((o) => o.id));
  let total = 0;
  for (const [option, n] of Object.entries(dots)) {
    if (!ids.has(option)) return 'unknown_option';
    if (!poll.stack && n > 1) return 'too_many_dots';
    total += n;
  }
  return total > poll.dots ? 'too_many_dots' : undefined;
}

/** How many dots a voter has placed. */
export const dotsPlaced = (dots: Readonly<Record<string, number>>): number => Object.values(dots).reduce((a, b) => a + b, 0);

export interface RankedOption {
  id: string;
  label: string;
  dots: number;
  /** 1 for the most dots; options with as many dots share a rank. */
  rank: number;
}

/**
 * A vote's ranking: every option with the dots its ballots placed (ballots that fit only, each
 * counted once by its id), most dots first, ties in the vote's own order sharing a rank.
 */
export function tallyVotes(poll: Pick<Poll, 'id' | 'options' | 'dots' | 'stack'>, ballots: readonly Pick<Ballot, 'id' | 'pollId' | 'dots'>[]): { ranking: RankedOption[]; voters: number } {
  const totals = new Map(poll.options.map((o) => [o.id, 0]));
  const counted = new Set<string>();
  for (const b of ballots) {
    if (b.pollId !== poll.id || counted.has(b.id) || ballotProblem(poll, b.dots)) continue;
    counted.add(b.id);
    for (const [option, n] of Object.entries(b.dots)) totals.set(option, totals.get(option)! + n);
  }
  const sorted = poll.options.map((o, order) => ({ id: o.id, label: o.label, dots: totals.get(o.id)!, order })).sort((a, b) => b.dots - a.dots || a.order - b.order);
  const ranking = sorted.map((o, i) => ({ id: o.id, label: o.label, dots: o.dots, rank: 0, at: i }));
  for (const o of ranking) o.rank = o.at > 0 && ranking[o.at - 1]!.dots === o.dots ? ranking[o.at - 1]!.rank : o.at + 1;
  return { ranking: ranking.map(({ id, label, dots, rank }) => ({ id, label, dots, rank })), voters: counted.size };
}
