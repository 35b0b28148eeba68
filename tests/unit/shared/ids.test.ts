import { describe, expect, it } from 'vitest';
import { UUID_V7, uuidv7 } from '../../../src/shared/ids.ts';
import { newDeviceId } from '../../../src/shared/device.ts';

describe('uuidv7', () => {
  it('has the version 7 layout and encodes the creation time', () => {
    const t = Date.UTC(2026, 2, 10, 9, 0, 0);
    const id = uuidv7(t);
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(t);
  });

  it('sorts by time and does not repeat', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => uuidv7(1_700_000_000_000 + Math.floor(i / 10)));
    expect(new Set(ids).size).toBe(ids.length);
    const prefixes = ids.map((id) => id.slice(0, 13));
    expect([...prefixes].sort()).toEqual(prefixes);
  });
});

describe('device id', () => {
  it('is 16 base-32 characters', () => {
    expect(newDeviceId()).toMatch(/^[a-z2-7]{16}$/);
    expect(newDeviceId()).not.toBe(newDeviceId());
  });
});
