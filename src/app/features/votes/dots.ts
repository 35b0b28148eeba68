import type { Poll, PollOption } from '../../../shared/schemas/room-records.ts';
import { dotsPlaced } from '../../../shared/votes.ts';

/** A voter's dots by option id, as the picker holds them: no option ever at zero. */
export type Dots = Readonly<Record<string, number>>;
type Rules = Pick<Poll, 'dots' | 'stack'>;

/** How many of the vote's dots the voter has not placed yet. */
export const dotsLeft = (poll: Rules, dots: Dots): number => Math.max(0, poll.dots - dotsPlaced(dots));

/** Whether one more dot may go on an option: a dot is left, and the option has none unless dots stack. */
export const canAddDot = (poll: Rules, dots: Dots, optionId: string): boolean => dotsLeft(poll, dots) > 0 && (poll.stack || (dots[optionId] ?? 0) === 0);

/** One more dot on an option, when the vote allows it (otherwise the dots as they were). */
export function addDot(poll: Rules, dots: Dots, optionId: string): Dots {
  return canAddDot(poll, dots, optionId) ? { ...dots, [optionId]: (dots[optionId] ?? 0) + 1 } : dots;
}

/** One dot fewer on an option; an option left with none is dropped (a ballot holds no zeros). */
export function removeDot(dots: Dots, optionId: string): Dots {
  const n = dots[optionId] ?? 0;
  if (n <= 1) return Object.fromEntries(Object.entries(dots).filter(([id]) => id !== optionId));
  return { ...dots, [optionId]: n - 1 };
}

/**
 * The dots a ballot may carry now: only options the vote still has, none at zero, and nothing at
 * all once they no longer fit (the facilitator lowered the dots since): the voter starts again.
 */
export function fittingDots(poll: Rules & { options: readonly PollOption[] }, dots: Dots): Dots {
  const ids = new Set(poll.options.map((o) => o.id));
  const kept = Object.fromEntries(Object.entries(dots).filter(([id, n]) => ids.has(id) && n > 0));
  const tooMany = dotsPlaced(kept) > poll.dots || (!poll.stack && Object.values(kept).some((n) => n > 1));
  return tooMany ? {} : kept;
}

/** Whether two voters' dots are the same (the phone's picker against its sent ballot). */
export function sameDots(a: Dots, b: Dots): boolean {
  const ka = Object.keys(a).filter((k) => (a[k] ?? 0) > 0);
  return ka.length === Object.keys(b).filter((k) => (b[k] ?? 0) > 0).length && ka.every((k) => a[k] === b[k]);
}
