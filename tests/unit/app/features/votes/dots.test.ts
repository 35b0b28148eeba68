import { describe, expect, it } from 'vitest';
import { addDot, canAddDot, dotsLeft, fittingDots, removeDot, sameDots } from '../../../../../src/app/features/votes/dots.ts';

const options = [
  { id: 'a', label: 'A' },
  { id: 'b', label: 'B' },
  { id: 'c', label: 'C' },
];
const single = { options, dots: 2, stack: false };
const stacked = { options, dots: 3, stack: true };

describe('placing dots', () => {
  it('adds one dot at a time until none is left', () => {
    let dots = addDot(single, {}, 'a');
    dots = addDot(single, dots, 'b');
    expect(dots).toEqual({ a: 1, b: 1 });
    expect(dotsLeft(single, dots)).toBe(0);
    expect(addDot(single, dots, 'c')).toBe(dots);
    expect(canAddDot(single, dots, 'c')).toBe(false);
  });

  it('puts at most one dot on an option unless the vote lets them stack', () => {
    expect(addDot(single, { a: 1 }, 'a')).toEqual({ a: 1 });
    expect(canAddDot(single, { a: 1 }, 'a')).toBe(false);
    expect(addDot(stacked, addDot(stacked, { a: 1 }, 'a'), 'a')).toEqual({ a: 3 });
  });

  it('takes a dot off, and drops an option left with none (a ballot holds no zeros)', () => {
    expect(removeDot({ a: 2, b: 1 }, 'a')).toEqual({ a: 1, b: 1 });
    expect(removeDot({ a: 1, b: 1 }, 'a')).toEqual({ b: 1 });
    expect(removeDot({ b: 1 }, 'a')).toEqual({ b: 1 });
  });

  it('starts from a sent ballot only while it still fits the vote', () => {
    expect(fittingDots(single, { a: 1, gone: 1 })).toEqual({ a: 1 });
    expect(fittingDots({ ...single, dots: 1 }, { a: 1, b: 1 })).toEqual({});
    expect(fittingDots(single, { a: 2 })).toEqual({});
    expect(fittingDots(stacked, { a: 2 })).toEqual({ a: 2 });
  });

  it('tells the picker’s dots from the sent ballot', () => {
    expect(sameDots({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameDots({ a: 1 }, { a: 1, b: 1 })).toBe(false);
    expect(sameDots({ a: 2 }, { a: 1 })).toBe(false);
    expect(sameDots({}, {})).toBe(true);
  });
});
