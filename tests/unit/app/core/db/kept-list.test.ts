import { describe, expect, it } from 'vitest';
import { applyChanges, reuseUnchanged } from '../../../../../src/app/core/db/kept-list.ts';

type Row = { id: string; at: string; text: string; tags?: string[] };
const row = (id: string, at: string, text = id): Row => ({ id, at, text });
const newestFirst = (a: Row, b: Row) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0) || (a.id < b.id ? -1 : 1);

describe('a kept list changes record by record', () => {
  const a = row('a', '3');
  const b = row('b', '2');
  const c = row('c', '1');
  const list = [a, b, c];

  it('inserts a new record where the order puts it and keeps every other object', () => {
    const d = row('d', '4');
    const e = row('e', '2.5');
    const next = applyChanges(
      list,
      new Map([
        ['d', d],
        ['e', e],
      ]),
      newestFirst,
    );
    expect(next.map((r) => r.id)).toEqual(['d', 'a', 'e', 'b', 'c']);
    expect(next[1]).toBe(a);
    expect(next[3]).toBe(b);
    expect(list.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('replaces a changed record in its new place, and removes a deleted one', () => {
    const b2 = { ...b, at: '0', text: 'edited' };
    const next = applyChanges(
      list,
      new Map<string, Row | undefined>([
        ['b', b2],
        ['a', undefined],
      ]),
      newestFirst,
    );
    expect(next).toEqual([c, b2]);
    expect(next[0]).toBe(c);
  });

  it('returns the same list when nothing changed, and appends where there is no order', () => {
    expect(applyChanges(list, new Map(), newestFirst)).toBe(list);
    expect(applyChanges(list, new Map([['z', row('z', '9')]]), undefined).map((r) => r.id)).toEqual(['a', 'b', 'c', 'z']);
  });

  it('keeps the object of every record a fresh read finds unchanged in value, and sorts', () => {
    const fresh = [{ ...c }, { ...a, text: 'changed by a merge' }, { ...b, tags: ['x'] }, row('d', '5')];
    const next = reuseUnchanged(list, fresh, newestFirst);
    expect(next.map((r) => r.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(next[3]).toBe(c);
    expect(next[1]).not.toBe(a);
    expect(next[1]!.text).toBe('changed by a merge');
    expect(next[2]).not.toBe(b);
  });

  it('compares values structurally: key order aside, arrays in order, an added field is a change', () => {
    type Doc = { id: string; v: unknown };
    const old: Doc[] = [
      { id: '1', v: { a: [1, { b: 'x' }], c: null } },
      { id: '2', v: { a: [1, 2] } },
      { id: '3', v: { a: 1 } },
      { id: '4', v: [1] },
      { id: '5', v: null },
    ];
    const fresh: Doc[] = [
      { id: '1', v: { c: null, a: [1, { b: 'x' }] } },
      { id: '2', v: { a: [2, 1] } },
      { id: '3', v: { a: 1, b: undefined } },
      { id: '4', v: { 0: 1 } },
      { id: '5', v: {} },
    ];
    const next = reuseUnchanged(old, fresh, undefined);
    expect(next.map((d, i) => d === old[i])).toEqual([true, false, false, false, false]);
  });
});
