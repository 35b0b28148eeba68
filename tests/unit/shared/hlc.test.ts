import { describe, expect, it } from 'vitest';
import { MAX_DRIFT_MS, decodeHlc, isBeyondDrift, encodeHlc, receive, tick, zeroHlc, type Hlc } from '../../../src/shared/hlc.ts';

const T = 1_764_000_000_000;

describe('hybrid logical clock', () => {
  it('follows the wall clock when it moves forward', () => {
    const a = tick(zeroHlc('dev1'), T);
    expect(a).toEqual({ wall: T, count: 0, node: 'dev1' });
    expect(tick(a, T + 5)).toEqual({ wall: T + 5, count: 0, node: 'dev1' });
  });

  it('stays monotonic when the wall clock goes backwards or stands still', () => {
    let h: Hlc = zeroHlc('dev1');
    const stamps: string[] = [];
    for (const now of [T, T, T - 60_000, T - 3_600_000, T + 1, T]) {
      h = tick(h, now);
      stamps.push(encodeHlc(h));
    }
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
    expect(decodeHlc(stamps[3]!)).toEqual({ wall: T, count: 3, node: 'dev1' });
  });

  it('moves past a remote stamp from a device whose clock runs ahead', () => {
    const local = tick(zeroHlc('slow'), T);
    const remote = tick(zeroHlc('fast'), T + 600_000);
    const after = receive(local, remote, T + 10);
    expect(encodeHlc(after) > encodeHlc(remote)).toBe(true);
    // the next local event still sorts after everything seen, though the local wall clock is behind
    expect(encodeHlc(tick(after, T + 20)) > encodeHlc(after)).toBe(true);
  });

  it('counts past the remote when walls are equal', () => {
    const local = { wall: T, count: 4, node: 'a' };
    const remote = { wall: T, count: 9, node: 'b' };
    expect(receive(local, remote, T - 1)).toEqual({ wall: T, count: 10, node: 'a' });
    expect(receive(local, { wall: T - 5, count: 0, node: 'b' }, T - 1)).toEqual({ wall: T, count: 5, node: 'a' });
  });

  it('orders stamps of different devices totally by string comparison', () => {
    const a = encodeHlc({ wall: T, count: 1, node: 'aaa' });
    const b = encodeHlc({ wall: T, count: 1, node: 'bbb' });
    const c = encodeHlc({ wall: T, count: 2, node: 'aaa' });
    const d = encodeHlc({ wall: T + 1, count: 0, node: 'aaa' });
    expect([d, c, b, a].sort()).toEqual([a, b, c, d]);
  });

  it('carries an overflowing counter into the next millisecond', () => {
    expect(tick({ wall: T, count: 999_999, node: 'a' }, T)).toEqual({ wall: T + 1, count: 0, node: 'a' });
  });

  it('round-trips and rejects malformed stamps', () => {
    const h = { wall: T, count: 12, node: 'dev_1' };
    expect(decodeHlc(encodeHlc(h))).toEqual(h);
    expect(() => decodeHlc('not-a-stamp')).toThrow(/invalid/);
    expect(() => zeroHlc('has space')).toThrow();
  });
});

describe('hybrid logical clock against a far-future stamp', () => {
  it('never moves more than a day ahead of the wall clock, and stays encodable', () => {
    const local = tick(zeroHlc('fac1'), T);
    const forged = decodeHlc('999999999999999-999999-x');
    const after = receive(local, forged, T);
    expect(after.wall).toBe(T + MAX_DRIFT_MS);
    expect(decodeHlc(encodeHlc(tick(after, T + 1)))).toEqual({ wall: T + MAX_DRIFT_MS, count: 2, node: 'fac1' });
  });

  it('counts a wall time beyond the drift only when it is more than a day ahead', () => {
    expect(isBeyondDrift(T + MAX_DRIFT_MS, T)).toBe(false);
    expect(isBeyondDrift(T + MAX_DRIFT_MS + 1, T)).toBe(true);
    expect(isBeyondDrift(T - 1, T)).toBe(false);
  });

  it('starts again from the wall clock once a clock that ran far ahead is set right', () => {
    // The device's date was a year ahead: its stamps were refused by the server (clock_ahead).
    const wrong = tick(zeroHlc('phone'), T + 365 * MAX_DRIFT_MS);
    // The date is set right: the next stamp follows the wall clock, so its writes are accepted again.
    expect(tick(wrong, T)).toEqual({ wall: T, count: 0, node: 'phone' });
    // A clock merely ahead within the drift (a time zone set wrong) keeps the clock monotonic.
    const ahead = tick(zeroHlc('phone'), T + MAX_DRIFT_MS);
    expect(tick(ahead, T)).toEqual({ wall: T + MAX_DRIFT_MS, count: 1, node: 'phone' });
  });
});
