import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../../../../src/shared/hlc.ts';
import { applyMutation, materialise, type RecordState } from '../../../../src/shared/sync/merge.ts';

const at = (wall: number, node: string, count = 0) => encodeHlc({ wall, count, node });
type M = { op: 'upsert' | 'delete'; patch: Record<string, unknown>; hlc: string; deviceId: string };
const up = (patch: Record<string, unknown>, hlc: string, deviceId: string): M => ({ op: 'upsert', patch, hlc, deviceId });
const run = (muts: M[]) =>
  muts.reduce<{ s: RecordState | undefined; lost: unknown[] }>(
    (acc, m) => {
      const r = applyMutation(acc.s, m);
      return { s: r.next, lost: [...acc.lost, ...r.lost] };
    },
    { s: undefined, lost: [] },
  );

describe('merge', () => {
  it.each([
    { name: 'later write wins per field', muts: [up({ a: 1, b: 1 }, at(1, 'x'), 'x'), up({ a: 2 }, at(2, 'y'), 'y')], want: { a: 2, b: 1 } },
    { name: 'an earlier write arriving late loses', muts: [up({ a: 2 }, at(2, 'y'), 'y'), up({ a: 1, b: 1 }, at(1, 'x'), 'x')], want: { a: 2, b: 1 } },
    {
      name: 'concurrent edits of different fields both survive',
      muts: [up({ title: 'T', venue: 'V' }, at(1, 'x'), 'x'), up({ title: 'T2' }, at(5, 'y'), 'y'), up({ venue: 'V2' }, at(4, 'x'), 'x')],
      want: { title: 'T2', venue: 'V2' },
    },
    { name: 'same wall clock: the counter, then the device, decides', muts: [up({ a: 'x' }, at(7, 'x', 1), 'x'), up({ a: 'y' }, at(7, 'y', 1), 'y')], want: { a: 'y' } },
    {
      name: 'a delete is a tombstone, and an undo after it lifts it',
      muts: [up({ a: 1 }, at(1, 'x'), 'x'), { op: 'delete' as const, patch: {}, hlc: at(2, 'y'), deviceId: 'y' }, up({ deleted: false }, at(3, 'x'), 'x')],
      want: { a: 1, deleted: false },
    },
    {
      name: 'a stale undo does not resurrect',
      muts: [up({ a: 1 }, at(1, 'x'), 'x'), up({ deleted: false }, at(2, 'x'), 'x'), { op: 'delete' as const, patch: {}, hlc: at(3, 'y'), deviceId: 'y' }],
      want: { a: 1, deleted: true },
    },
    { name: 'derived and dangerous fields are ignored', muts: [up({ a: 1, id: 'evil', updatedAt: 'x', __proto__: 1 }, at(1, 'x'), 'x')], want: { a: 1 } },
  ])('$name', ({ muts, want }) => {
    expect(run(muts).s!.fields).toEqual(want);
  });

  it('keeps the value that lost, from either side', () => {
    const { lost } = run([up({ a: 'mine' }, at(5, 'x'), 'x'), up({ a: 'theirs' }, at(3, 'y'), 'y')]);
    expect(lost).toEqual([{ field: 'a', value: 'theirs', stamp: at(3, 'y'), deviceId: 'y', winnerStamp: at(5, 'x'), winnerDeviceId: 'x' }]);
    const other = run([up({ a: 'old' }, at(3, 'y'), 'y'), up({ a: 'new' }, at(5, 'x'), 'x')]);
    expect(other.lost).toEqual([{ field: 'a', value: 'old', stamp: at(3, 'y'), deviceId: 'y', winnerStamp: at(5, 'x'), winnerDeviceId: 'x' }]);
    expect(run([up({ a: 1 }, at(1, 'x'), 'x'), up({ a: 2 }, at(2, 'x'), 'x')]).lost).toEqual([]);
    // an edit made after seeing the old value replaces it without a conflict
    expect(applyMutation(run([up({ a: 'old' }, at(3, 'y'), 'y')]).s, { ...up({ a: 'new' }, at(5, 'x'), 'x'), base: at(3, 'y') }).lost).toEqual([]);
  });

  it('converges whatever the order and however often a mutation arrives', () => {
    const devices = ['a', 'b', 'c'];
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const muts = Array.from({ length: 8 }, (_, i) => {
        const d = devices[rand(3)]!;
        return rand(5) === 0 ? ({ op: 'delete', patch: {}, hlc: at(rand(6), d, i), deviceId: d } satisfies M) : up({ [`f${rand(3)}`]: rand(100), deleted: rand(4) === 0 }, at(rand(6), d, i), d);
      });
      const reference = materialise('r', run(muts).s!);
      const shuffled = [...muts, ...muts.slice(0, 3)].sort(() => rand(3) - 1);
      expect(materialise('r', run(shuffled).s!), `round ${round}`).toEqual(reference);
    }
  });

  it('an unset field disappears from the record, and a null stays a value', () => {
    const r = materialise('s', run([up({ value: null, comment: 'c', organisationId: 'o' }, at(1, 'x'), 'x'), up({ organisationId: { $unset: true } }, at(2, 'x'), 'x')]).s!);
    expect(r).toMatchObject({ value: null, comment: 'c' });
    expect(r).not.toHaveProperty('organisationId');
  });

  it('materialises system fields from the stamps', () => {
    const r = materialise('id1', run([up({ a: 1 }, at(1, 'x'), 'x'), up({ b: 2 }, at(9, 'y'), 'y')]).s!);
    expect(r).toEqual({ deleted: false, a: 1, b: 2, id: 'id1', createdAt: at(1, 'x'), updatedAt: at(9, 'y'), deviceId: 'y' });
  });

  it('takes the earliest and latest stamps wherever their fields stand, and the device of the first field written last', () => {
    const state: RecordState = {
      fields: { c: 3, a: 1, b: 2, d: 4 },
      stamps: { c: at(5, 'x'), a: at(9, 'y'), b: at(2, 'z'), d: at(9, 'w') },
      devices: { c: 'x', a: 'y', b: 'z', d: 'w' },
    };
    const r = materialise('id2', state);
    expect(r).toMatchObject({ createdAt: at(2, 'z'), updatedAt: at(9, 'y'), deviceId: 'y' });
    expect(Object.keys(r)).toEqual(['deleted', 'c', 'a', 'b', 'd', 'id', 'createdAt', 'updatedAt', 'deviceId']);
    const tie = materialise('id3', { fields: { e: 1, f: 2 }, stamps: { e: at(4, 'x'), f: at(4, 'x') }, devices: { e: 'first', f: 'second' } });
    expect(tie).toMatchObject({ createdAt: at(4, 'x'), updatedAt: at(4, 'x'), deviceId: 'first' });
    expect(materialise('id4', { fields: {}, stamps: {}, devices: {} })).toEqual({ deleted: false, id: 'id4', createdAt: '', updatedAt: '', deviceId: '' });
  });
});
